package org.fairdesk.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Expires sent quotes whose validUntil date has passed, every {@code fairdesk.work.expiry-interval} ({@link WorkSettings}), each quote in
 * a transaction of its own: a quote that cannot be expired is logged and skipped, and holds back no other quote of
 * its team or of another (it would otherwise head every run's batch, oldest first, for ever).
 */
@Component
class QuoteExpiry implements SchedulingConfigurer {

	private static final Logger LOG = LoggerFactory.getLogger(QuoteExpiry.class);

	private final WorkManagement work;
	private final PeopleManagement people;
	private final Clock clock;
	private final Duration interval;

	QuoteExpiry(WorkManagement work, PeopleManagement people, Clock clock, WorkSettings settings) {
		this.work = work;
		this.people = people;
		this.clock = clock;
		this.interval = settings.expiryInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::expireQuotes, interval, interval));
	}

	void expireQuotes() {
		Instant now = clock.instant();
		int expired = 0;
		for (Team team : people.teams()) {
			for (RequestId quote : work.lapsedQuotes(team.id(), now)) {
				// each stamped when it is written: a kept month finds a late write by its stamp, less an hour
				expired += expire(quote, team, clock.instant()) ? 1 : 0;
			}
		}
		if (expired > 0) {
			LOG.info("Expired {} sent quotes past their validUntil date", expired);
		}
	}

	private boolean expire(RequestId quote, Team team, Instant now) {
		try {
			return work.expireQuote(quote, now);
		}
		catch (RuntimeException e) { // the next run tries it again; the others go on now
			LOG.error("Could not expire quote {} of team {} ({})", quote, team.id().value(), team.name(), e);
			return false;
		}
	}
}
