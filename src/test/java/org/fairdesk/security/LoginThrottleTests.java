package org.fairdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.fairdesk.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The login throttle's rules, on a clock the tests move: only failures count, and the real user is not locked out. */
class LoginThrottleTests {

	static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(10, Duration.ofMinutes(1), 10,
			Duration.ofMinutes(10), Duration.ofDays(30));

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T09:00:00Z"));
	final LoginThrottle throttle = new LoginThrottle(SETTINGS, clock);

	@Test
	void anAddressGetsTenFailuresThenEveryLoginFromItWaitsWhateverTheAccount() {
		for (int i = 0; i < 10; i++) {
			fail("guess" + i, "192.0.2.7");
		}
		assertRefused("guess10", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 6);
		assertRefused("rita", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 6);
		throttle.succeeded(throttle.admit("rita", "192.0.2.8")); // another address is not affected
	}

	@Test
	void rightPasswordsNeverCountAndLeaveTheFailuresAllowedUntouched() {
		for (int i = 0; i < 100; i++) {
			throttle.succeeded(throttle.admit("script", "192.0.2.9"));
		}
		for (int i = 0; i < 10; i++) {
			fail("script", "192.0.2.9");
		}
		assertRefused("script", "192.0.2.9", LoginThrottle.Limit.ADDRESS, 6);
	}

	@Test
	void attemptsStillBeingCheckedHoldTheirTokensSoParallelGuessesCannotOvershoot() {
		for (int i = 0; i < 10; i++) {
			throttle.admit("rita", "198.51.100." + i); // ten guesses at once, none answered yet
		}
		assertRefused("rita", "198.51.100.99", LoginThrottle.Limit.ACCOUNT, 60);
		for (int i = 0; i < 10; i++) {
			throttle.admit("guess" + i, "192.0.2.20");
		}
		assertRefused("guess10", "192.0.2.20", LoginThrottle.Limit.ADDRESS, 6);
	}

	@Test
	void anAccountGetsTenFailuresFromAllAddressesTogetherThenNewAddressesWait() {
		for (int i = 0; i < 10; i++) {
			fail("rita", "198.51.100." + i);
		}
		assertRefused("rita", "198.51.100.50", LoginThrottle.Limit.ACCOUNT, 60);
		assertRefused(" RITA ", "198.51.100.51", LoginThrottle.Limit.ACCOUNT, 60); // as the name is typed
		throttle.succeeded(throttle.admit("paula", "198.51.100.50")); // other accounts are not affected
	}

	@Test
	void anAddressTheAccountLoggedInFromRecentlyGetsThroughWhileTheAccountIsUnderAttack() {
		throttle.succeeded(throttle.admit("rita", "203.0.113.5")); // Rita's office
		clock.advance(Duration.ofDays(29));
		for (int i = 0; i < 10; i++) {
			fail("rita", "198.51.100." + i);
		}
		assertRefused("rita", "198.51.100.77", LoginThrottle.Limit.ACCOUNT, 60);

		LoginThrottle.Attempt fromOffice = throttle.admit("rita", "203.0.113.5");
		throttle.failed(fromOffice); // a typo
		throttle.succeeded(throttle.admit("Rita", "203.0.113.5"));
		assertRefused("rita", "198.51.100.77", LoginThrottle.Limit.ACCOUNT, 60);
	}

	@Test
	void aKnownAddressIsStillHeldToTheAddressLimitAndItsFailuresCount() {
		throttle.succeeded(throttle.admit("rita", "203.0.113.5"));
		for (int i = 0; i < 10; i++) {
			fail("rita", "203.0.113.5"); // a colleague behind the same address guessing Rita's password
		}
		assertRefused("rita", "203.0.113.5", LoginThrottle.Limit.ADDRESS, 6);
		assertRefused("paula", "203.0.113.5", LoginThrottle.Limit.ADDRESS, 6);
		clock.advance(Duration.ofSeconds(6));
		throttle.succeeded(throttle.admit("rita", "203.0.113.5"));
	}

	@Test
	void anAddressIsKnownForThirtyDaysAfterItsLastSuccessfulLogin() {
		throttle.succeeded(throttle.admit("rita", "203.0.113.5"));
		clock.advance(Duration.ofDays(30).plusSeconds(1));
		for (int i = 0; i < 10; i++) {
			fail("rita", "198.51.100." + i);
		}
		assertRefused("rita", "203.0.113.5", LoginThrottle.Limit.ACCOUNT, 60);
	}

	@Test
	void anAddressBucketRefillsEvenlyOverAMinute() {
		for (int i = 0; i < 10; i++) {
			fail("guess" + i, "192.0.2.7");
		}
		assertRefused("paula", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 6);
		clock.advance(Duration.ofSeconds(5));
		assertRefused("paula", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 1);
		clock.advance(Duration.ofSeconds(1));
		fail("paula", "192.0.2.7"); // one failure's worth came back, and is used again
		assertRefused("paula", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 6);

		clock.advance(Duration.ofMinutes(1));
		for (int i = 10; i < 20; i++) {
			fail("guess" + i, "192.0.2.7");
		}
		assertRefused("paula", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 6);
	}

	@Test
	void anAccountBucketRefillsEvenlyOverTenMinutes() {
		for (int i = 0; i < 10; i++) {
			fail("rita", "198.51.100." + i);
		}
		assertRefused("rita", "198.51.100.50", LoginThrottle.Limit.ACCOUNT, 60);
		clock.advance(Duration.ofSeconds(59));
		assertRefused("rita", "198.51.100.50", LoginThrottle.Limit.ACCOUNT, 1);
		clock.advance(Duration.ofSeconds(1));
		fail("rita", "198.51.100.50");
		assertRefused("rita", "198.51.100.51", LoginThrottle.Limit.ACCOUNT, 60);

		clock.advance(Duration.ofMinutes(10));
		for (int i = 10; i < 20; i++) {
			fail("rita", "198.51.100." + i);
		}
		assertRefused("rita", "198.51.100.50", LoginThrottle.Limit.ACCOUNT, 60);
	}

	@Test
	void aRefusedAttemptOrOneThatCouldNotBeCheckedCostsNothing() {
		for (int i = 0; i < 9; i++) {
			fail("guess" + i, "192.0.2.7");
		}
		throttle.undecided(throttle.admit("rita", "192.0.2.7")); // the database was down
		fail("guess9", "192.0.2.7");
		for (int i = 0; i < 5; i++) {
			assertRefused("guess10", "192.0.2.7", LoginThrottle.Limit.ADDRESS, 6);
		}
		clock.advance(Duration.ofSeconds(6));
		fail("guess10", "192.0.2.7");
	}

	@Test
	void theBoundsTheSettingsAllowAreLimitsBucket4jCanKeep() {
		LoginThrottleSettings extremes = new LoginThrottleSettings(LoginThrottleSettings.MOST_FAILURES,
				LoginThrottleSettings.SHORTEST_REFILL, 1, LoginThrottleSettings.LONGEST_REFILL, Duration.ofDays(30));
		LoginThrottle bounded = new LoginThrottle(extremes, clock);

		bounded.failed(bounded.admit("rita", "192.0.2.7")); // a rate or period out of Bucket4j's range threw here

		assertThatThrownBy(() -> bounded.admit("rita", "192.0.2.8"))
			.isInstanceOfSatisfying(LoginThrottledException.class,
					e -> assertThat(e.retryAfterSeconds()).isEqualTo(Duration.ofDays(36_500).toSeconds()));
	}

	@Test
	void aWaitOfOneSecondIsSaidInTheSingular() {
		for (int i = 0; i < 10; i++) {
			fail("guess" + i, "192.0.2.7");
		}
		clock.advance(Duration.ofSeconds(5));
		assertThatThrownBy(() -> throttle.admit("paula", "192.0.2.7"))
			.hasMessage("Too many failed logins from this address; try again in 1 second");
	}

	@Test
	void oneIpv6HostIsItsSlash64AndAMappedIpv4AddressIsTheIpv4Address() {
		assertThat(LoginThrottle.client("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
		assertThat(LoginThrottle.client("2001:0db8:0001:0002:ffff:0:0:9%eth0")).isEqualTo("2001:db8:1:2::/64");
		assertThat(LoginThrottle.client("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
		assertThat(LoginThrottle.client("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(LoginThrottle.client("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(LoginThrottle.client("_hidden:x")).isEqualTo("_hidden:x"); // not an address: as it is

		for (int i = 0; i < 10; i++) {
			fail("guess" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}
		assertRefused("guess10", "2001:db8:1:2:abcd::1", LoginThrottle.Limit.ADDRESS, 6);
		fail("guess10", "2001:db8:1:3::1");
	}

	@Test
	void accountsAreTheStrippedLowerCasedNameAndOverlongNamesShareOneBucket() {
		assertThat(LoginThrottle.account("  Rita\t")).isEqualTo("rita");
		assertThat(LoginThrottle.account("x".repeat(101))).isEqualTo(LoginThrottle.account("y".repeat(5000)));
		assertThat(LoginThrottle.account("x".repeat(100))).isEqualTo("x".repeat(100));
	}

	private void fail(String username, String address) {
		throttle.failed(throttle.admit(username, address));
	}

	private void assertRefused(String username, String address, LoginThrottle.Limit limit, long seconds) {
		assertThatThrownBy(() -> throttle.admit(username, address))
			.isInstanceOfSatisfying(LoginThrottledException.class, e -> {
				assertThat(e.limit()).isEqualTo(limit);
				assertThat(e.retryAfterSeconds()).isEqualTo(seconds);
			});
	}
}
