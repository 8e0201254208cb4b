package org.fairdesk.work;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.work.*}.
 *
 * ({@code fairdesk.work.expiry-interval} is read by {@link QuoteExpiry}'s schedule itself.)
 *
 * @param reopenDays how many days (of 24 hours) after closing a request may be reopened; 0 forbids reopening
 */
@ConfigurationProperties("fairdesk.work")
record WorkSettings(@DefaultValue("14") int reopenDays) {

	WorkSettings {
		if (reopenDays < 0) {
			throw new IllegalArgumentException("fairdesk.work.reopen-days must be 0 or more, got " + reopenDays);
		}
	}

	Duration reopenWindow() {
		return Duration.ofDays(reopenDays);
	}
}
