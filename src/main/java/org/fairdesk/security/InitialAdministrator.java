package org.fairdesk.security;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in: when no login exists (demo off, fresh database), creates the administrator
 * named in configuration. Runs after the demo, which brings its own logins.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts accounts;
	private final SecuritySettings settings;

	InitialAdministrator(UserAccounts accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyExist()) {
			return;
		}
		String password = settings.initialAdminPassword();
		if (password == null || password.isBlank()) {
			throw new FirstAdministratorNotConfigured("No login exists and the demo is off: set "
					+ "FAIRDESK_SECURITY_INITIAL_ADMIN_PASSWORD (and optionally ..._USERNAME) to create the first admin");
		}
		// the same rules as any login's, so the first one is no weaker than those it creates
		FieldChecks checks = new FieldChecks().requireUsername(settings.adminUsername(),
				"FAIRDESK_SECURITY_INITIAL_ADMIN_USERNAME");
		UserAccounts.requirePassword(password, "FAIRDESK_SECURITY_INITIAL_ADMIN_PASSWORD", checks);
		try {
			checks.throwIfAny();
		}
		catch (InvalidInputException refused) {
			throw new FirstAdministratorNotConfigured("The first administrator cannot be created: " + refused.getMessage());
		}
		accounts.create(settings.adminUsername(), password, Role.ADMIN);
		LOG.info("Created the first administrator '{}' from configuration", settings.adminUsername());
	}
}
