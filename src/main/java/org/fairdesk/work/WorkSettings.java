package org.fairdesk.work;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.work.*}.
 *
 * @param reopenDays how many days (of 24 hours) after closing a request may be reopened; 0 forbids reopening
 * @param expiryInterval how often sent quotes past their validUntil date are expired (the job's delay)
 */
@ConfigurationProperties("fairdesk.work")
record WorkSettings(@DefaultValue("14") int reopenDays, @DefaultValue("PT15M") Duration expiryInterval) {

	WorkSettings {
		if (reopenDays < 0) {
			throw new IllegalArgumentException("fairdesk.work.reopen-days must be 0 or more, got " + reopenDays);
		}
	}

	Duration reopenWindow() {
		return Duration.ofDays(reopenDays);
	}
}
