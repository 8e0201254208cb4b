package org.fairdesk.work;

import java.time.Clock;
import java.time.Instant;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires sent quotes whose validUntil date has passed, every {@code fairdesk.work.expiry-interval}, one team per
 * transaction: a quote that cannot be expired holds back its own team's batch, not every team's.
 */
@Component
class QuoteExpiry {

	private static final Logger LOG = LoggerFactory.getLogger(QuoteExpiry.class);

	private final WorkManagement work;
	private final PeopleManagement people;
	private final Clock clock;

	QuoteExpiry(WorkManagement work, PeopleManagement people, Clock clock) {
		this.work = work;
		this.people = people;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fairdesk.work.expiry-interval:PT15M}",
			initialDelayString = "${fairdesk.work.expiry-interval:PT15M}")
	void expireQuotes() {
		Instant now = clock.instant();
		int expired = 0;
		for (Team team : people.teams()) {
			try {
				expired += work.expireQuotes(team.id(), now);
			}
			catch (RuntimeException e) { // the next run tries again; the other teams go on now
				LOG.error("Could not expire the quotes of team {} ({})", team.id().value(), team.name(), e);
			}
		}
		if (expired > 0) {
			LOG.info("Expired {} sent quotes past their validUntil date", expired);
		}
	}
}
