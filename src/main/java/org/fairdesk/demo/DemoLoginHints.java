package org.fairdesk.demo;

import java.util.List;

import org.fairdesk.security.LoginHints;
import org.springframework.stereotype.Component;

/**
 * The login page names the demo's logins while they are there to use: the demo is enabled and {@link DemoInitializer}
 * found them in the database. Enabled alone is not enough: an installation started once without
 * {@code fairdesk.demo.enabled=false} would offer "admin", password "demo", on a login page where it does not work.
 */
@Component
class DemoLoginHints implements LoginHints {

	private volatile boolean offered;

	/** Set at start-up, after the seeding or the look at an existing database. */
	void offer(boolean demoLoginsHere) {
		this.offered = demoLoginsHere;
	}

	@Override
	public List<String> messageKeys() {
		return offered ? List.of("login.demoHint") : List.of();
	}
}
