package org.fairdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Hands-offs between modules go through the event publication registry, so a listener that failed (a mail server
 * that was down, a lost connection) leaves its event incomplete. Without this, such an event would wait for the next
 * restart; here it is delivered again once it is older than {@code fairdesk.events.redeliver-after}, then after
 * twice that since the last try, four times, … (at most 64 times), and not automatically after
 * {@code fairdesk.events.redeliver-attempts} tries ({@link EventSettings}): a listener that always fails should not run every minute for
 * ever on every node. A restart delivers every incomplete event once more. Every listener is idempotent (a
 * redelivered close issues no second survey, an assigned request is not assigned again), so a delivery that runs
 * twice, on two nodes or while a slow first one is still running, does no harm.
 */
@Component
class EventRedelivery implements SchedulingConfigurer {

	private static final Logger LOG = LoggerFactory.getLogger(EventRedelivery.class);
	private static final int MAX_DOUBLINGS = 6;

	private final IncompleteEventPublications incomplete;
	private final Clock clock;
	private final Duration after;
	private final Duration every;
	private final int attempts;
	private int lastGivenUp;

	EventRedelivery(IncompleteEventPublications incomplete, Clock clock, EventSettings settings) {
		this.incomplete = incomplete;
		this.clock = clock;
		this.after = settings.redeliverAfter();
		this.every = settings.redeliverEvery();
		this.attempts = settings.redeliverAttempts();
	}

	/** Checks every {@code fairdesk.events.redeliver-every}, the first time that long after the start. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::redeliver, every, every));
	}

	synchronized void redeliver() {
		Instant now = clock.instant();
		AtomicInteger givenUp = new AtomicInteger();
		// Every incomplete publication, whatever its status: one left PUBLISHED or PROCESSING by a node that died
		// mid-delivery is as undelivered as one marked FAILED (the options-based variant reads only FAILED ones,
		// oldest first in batches, so given-up events would crowd out newer failures).
		incomplete.resubmitIncompletePublications(publication -> {
			Try next = next(publication, now, after, attempts);
			if (next == Try.GIVEN_UP) {
				givenUp.incrementAndGet();
			}
			return next == Try.NOW;
		});
		if (givenUp.get() > lastGivenUp) {
			LOG.warn("{} event deliveries failed {} times and are no longer retried until a restart; "
					+ "see the table event_publication (completion_date is null)", givenUp.get(), attempts);
		}
		lastGivenUp = givenUp.get();
	}

	enum Try {
		NOW, LATER, GIVEN_UP
	}

	static Try next(EventPublication publication, Instant now, Duration after, int attempts) {
		if (publication.getCompletionAttempts() >= attempts) {
			return Try.GIVEN_UP;
		}
		return isDue(publication, now, after) ? Try.NOW : Try.LATER;
	}

	/** Due {@code after} its publication at first; after each try, twice as long as before since that try. */
	static boolean isDue(EventPublication publication, Instant now, Duration after) {
		Instant lastTry = publication.getLastResubmissionDate();
		if (lastTry == null) {
			return !publication.getPublicationDate().plus(after).isAfter(now);
		}
		int doublings = Math.min(Math.max(publication.getCompletionAttempts(), 1), MAX_DOUBLINGS);
		return !lastTry.plus(after.multipliedBy(1L << doublings)).isAfter(now);
	}
}
