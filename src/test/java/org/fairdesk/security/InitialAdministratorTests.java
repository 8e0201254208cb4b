package org.fairdesk.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The first administrator is held to the rules of every login: a review started Fairdesk with the password "abc". */
class InitialAdministratorTests {

	private final UserAccounts accounts = mock(UserAccounts.class);

	@Test
	void aPasswordShorterThanAnyLoginMayHaveStopsTheStartWithTheSettingNamed() {
		when(accounts.anyExist()).thenReturn(false);
		InitialAdministrator first = new InitialAdministrator(accounts, settings("admin", "abc"));
		assertThatThrownBy(() -> first.run(new DefaultApplicationArguments()))
			.isInstanceOf(FirstAdministratorNotConfigured.class)
			.hasMessageContaining("FAIRDESK_SECURITY_INITIAL_ADMIN_PASSWORD: must be at least 8 characters");
		verify(accounts, never()).create(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any());
	}

	/** Start-up reports what is wrong and what to set, as Spring Boot's failure analysis, not as a stack trace. */
	@Test
	void aStartWithoutTheFirstAdministratorSaysWhatToSet() {
		when(accounts.anyExist()).thenReturn(false);
		InitialAdministrator first = new InitialAdministrator(accounts, settings("admin", null));
		Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
				() -> first.run(new DefaultApplicationArguments()));
		var analysis = new FirstAdministratorFailureAnalyzer().analyze(new IllegalStateException("run failed", failure));
		org.assertj.core.api.Assertions.assertThat(analysis.getDescription()).startsWith("No login exists and the demo is off");
		org.assertj.core.api.Assertions.assertThat(analysis.getAction()).contains("FAIRDESK_SECURITY_INITIAL_ADMIN_PASSWORD (at least 8");
		java.util.Properties factories = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/META-INF/spring.factories")) {
			factories.load(in);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		org.assertj.core.api.Assertions.assertThat(factories.getProperty(
				"org.springframework.boot.diagnostics.FailureAnalyzer")).as("registered, so Spring Boot reports it")
			.contains(FirstAdministratorFailureAnalyzer.class.getName());
	}

	@Test
	void aGoodOneCreatesTheFirstAdministrator() {
		when(accounts.anyExist()).thenReturn(false);
		new InitialAdministrator(accounts, settings("root", "long-enough")).run(new DefaultApplicationArguments());
		verify(accounts).create("root", "long-enough", Role.ADMIN);
	}

	private static SecuritySettings settings(String username, @org.jspecify.annotations.Nullable String password) {
		return new SecuritySettings(username, password, new LoginThrottleSettings(10, java.time.Duration.ofMinutes(1),
				10, java.time.Duration.ofMinutes(10), java.time.Duration.ofDays(30)));
	}
}
