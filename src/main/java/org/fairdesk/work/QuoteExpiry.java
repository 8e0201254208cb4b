package org.fairdesk.work;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires sent quotes whose validUntil date has passed, every {@code fairdesk.work.expiry-interval}. */
@Component
class QuoteExpiry {

	private static final Logger LOG = LoggerFactory.getLogger(QuoteExpiry.class);

	private final WorkManagement work;
	private final Clock clock;

	QuoteExpiry(WorkManagement work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fairdesk.work.expiry-interval:PT15M}",
			initialDelayString = "${fairdesk.work.expiry-interval:PT15M}")
	void expireQuotes() {
		int expired = work.expireQuotes(clock.instant());
		if (expired > 0) {
			LOG.info("Expired {} sent quotes past their validUntil date", expired);
		}
	}
}
