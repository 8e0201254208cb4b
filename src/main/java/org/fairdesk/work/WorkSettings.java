package org.fairdesk.work;

import java.time.Duration;

import org.fairdesk.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.work.*}.
 *
 * @param reopenDays how many days (of 24 hours) after closing a request may be reopened; 0 forbids reopening
 * @param expiryInterval how often {@link QuoteExpiry} expires sent quotes past their date (default {@code PT15M}, the
 *     delay between runs, also before the first)
 */
@ConfigurationProperties("fairdesk.work")
record WorkSettings(@DefaultValue("14") int reopenDays, @DefaultValue("PT15M") Duration expiryInterval) {

	WorkSettings {
		SettingChecks.requireNotNegative("fairdesk.work.reopen-days", reopenDays);
		SettingChecks.requirePositive("fairdesk.work.expiry-interval", expiryInterval);
	}

	Duration reopenWindow() {
		return Duration.ofDays(reopenDays);
	}
}
