package org.fairdesk.demo;

import java.util.List;

import org.fairdesk.security.LoginHints;
import org.springframework.stereotype.Component;

/** While the demo is enabled ({@code fairdesk.demo.enabled}), the login page names its logins. */
@Component
class DemoLoginHints implements LoginHints {

	private final DemoSettings settings;

	DemoLoginHints(DemoSettings settings) {
		this.settings = settings;
	}

	@Override
	public List<String> messageKeys() {
		return settings.enabled() ? List.of("login.demoHint") : List.of();
	}
}
