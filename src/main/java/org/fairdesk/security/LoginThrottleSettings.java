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
		SettingChecks.requireAtLeast(PREFIX + "address-failures", 1, addressFailures);
		SettingChecks.requireAtLeast(PREFIX + "account-failures", 1, accountFailures);
		SettingChecks.requirePositive(PREFIX + "address-refill", addressRefill);
		SettingChecks.requirePositive(PREFIX + "account-refill", accountRefill);
		SettingChecks.requirePositive(PREFIX + "known-address-for", knownAddressFor);
	}

	private static final String PREFIX = "fairdesk.security.login-throttle.";
}
