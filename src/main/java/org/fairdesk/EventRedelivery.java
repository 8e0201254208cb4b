package org.fairdesk;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands-offs between modules go through the event publication registry, so a listener that failed (a mail server
 * that was down, a lost connection) leaves its event incomplete. Without this, such an event would wait for the next
 * restart; here it is delivered again once it is older than {@code fairdesk.events.redeliver-after}. Every listener
 * is idempotent (a redelivered close issues no second survey, an assigned request is not assigned again), so a
 * delivery that runs twice, on two nodes or while a slow first one is still running, does no harm.
 */
@Component
class EventRedelivery {

	private final IncompleteEventPublications incomplete;
	private final Duration after;

	EventRedelivery(IncompleteEventPublications incomplete,
			@Value("${fairdesk.events.redeliver-after:PT5M}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${fairdesk.events.redeliver-every:PT1M}",
			initialDelayString = "${fairdesk.events.redeliver-every:PT1M}")
	void redeliver() {
		incomplete.resubmitIncompletePublicationsOlderThan(after);
	}
}
