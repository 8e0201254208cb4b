package org.fairdesk.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to set when start-up cannot create the first administrator (registered in META-INF/spring.factories). */
public class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorNotConfigured> {

	static final String ACTION = "Set FAIRDESK_SECURITY_INITIAL_ADMIN_PASSWORD (at least 8 characters, at most 72 bytes"
			+ " in UTF-8) and, if the first administrator is not to be called admin, FAIRDESK_SECURITY_INITIAL_ADMIN_USERNAME;"
			+ " or start with the demo's own logins (FAIRDESK_DEMO_ENABLED=true). See the README, \"Without the demo\".";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorNotConfigured cause) {
		return new FailureAnalysis(cause.getMessage(), ACTION, cause);
	}
}
