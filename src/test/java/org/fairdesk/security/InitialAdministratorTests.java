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
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("FAIRDESK_SECURITY_INITIAL_ADMIN_PASSWORD: must be at least 8 characters");
		verify(accounts, never()).create(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any());
	}

	@Test
	void aGoodOneCreatesTheFirstAdministrator() {
		when(accounts.anyExist()).thenReturn(false);
		new InitialAdministrator(accounts, settings("root", "long-enough")).run(new DefaultApplicationArguments());
		verify(accounts).create("root", "long-enough", Role.ADMIN);
	}

	private static SecuritySettings settings(String username, String password) {
		return new SecuritySettings(username, password, new LoginThrottleSettings(10, java.time.Duration.ofMinutes(1),
				10, java.time.Duration.ofMinutes(10), java.time.Duration.ofDays(30)));
	}
}
