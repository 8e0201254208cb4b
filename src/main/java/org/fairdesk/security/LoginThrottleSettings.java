package org.fairdesk.security;

import java.time.Duration;

import org.fairdesk.shared.SettingChecks;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.security.login-throttle.*}: how many failed password logins (login form and HTTP Basic) are
 * allowed before further attempts are refused with 429, before their password is checked (docs/security.md).
 * Each limit is a bucket that holds that many failures and refills evenly over its period.
 *
 * @param addressFailures failed logins one client address may make (to any accounts) before it must wait
 * @param addressRefill over how long the address's bucket refills completely (ISO-8601, default {@code PT1M})
 * @param accountFailures failed logins one account may see (from all addresses together) before attempts from
 *     addresses it has not logged in from recently must wait
 * @param accountRefill over how long the account's bucket refills completely (default {@code PT10M})
 * @param knownAddressFor how long an address an account logged in from successfully stays exempt from that
 *     account's limit (default {@code P30D})
 */
record LoginThrottleSettings(@DefaultValue("10") int addressFailures, @DefaultValue("PT1M") Duration addressRefill,
		@DefaultValue("10") int accountFailures, @DefaultValue("PT10M") Duration accountRefill,
		@DefaultValue("P30D") Duration knownAddressFor) {

	LoginThrottleSettings {
		requireFailures(PREFIX + "address-failures", addressFailures);
		requireFailures(PREFIX + "account-failures", accountFailures);
		requireRefill(PREFIX + "address-refill", addressRefill);
		requireRefill(PREFIX + "account-refill", accountRefill);
		SettingChecks.requirePositive(PREFIX + "known-address-for", knownAddressFor);
	}

	private static final String PREFIX = "fairdesk.security.login-throttle.";

	/**
	 * Bucket4j refills at most one token a nanosecond and counts a period in nanoseconds (a long: 292 years); outside
	 * these bounds the settings bound, and the first password login failed with a 500, every one after it too.
	 */
	static final int MOST_FAILURES = 1_000_000;

	static final Duration SHORTEST_REFILL = Duration.ofSeconds(1);

	static final Duration LONGEST_REFILL = Duration.ofDays(36_500);

	private static void requireFailures(String property, int failures) {
		if (failures < 1 || failures > MOST_FAILURES) {
			throw new IllegalArgumentException(property + " must be from 1 to " + MOST_FAILURES + ", got " + failures);
		}
	}

	/** At least a second, as Retry-After counts in whole seconds; at most a century, which Bucket4j can count. */
	private static void requireRefill(String property, Duration refill) {
		if (refill.compareTo(SHORTEST_REFILL) < 0 || refill.compareTo(LONGEST_REFILL) > 0) {
			throw new IllegalArgumentException(property + " must be from PT1S (a second) to P36500D (100 years), got "
					+ refill);
		}
	}
}
