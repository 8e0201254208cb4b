package org.fairdesk.security;

/**
 * Start-up cannot create the first administrator: none is configured, or the configured one breaks the rules of every
 * login. {@link FirstAdministratorFailureAnalyzer} turns it into Spring Boot's "APPLICATION FAILED TO START" report,
 * what is wrong and what to set, instead of a stack trace an administrator has to read through.
 */
class FirstAdministratorNotConfigured extends IllegalStateException {

	FirstAdministratorNotConfigured(String what) {
		super(what);
	}
}
