package org.fairdesk.work;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The times a request keeps on its own row, so metrics are plain SQL over {@code requests} instead of a replay of
 * its history. Each clock adds the whole seconds of an interval when the request leaves the state it measures.
 *
 * @param firstResponseAt the first time the assignee moved the request out of ASSIGNED (not by a hand-back)
 * @param handlingSeconds seconds spent IN_PROGRESS, by every rep and across reopens
 * @param customerWaitSeconds seconds spent WAITING_ON_CUSTOMER or SENT
 * @param stateSince when the current state began: the start of the interval the next move adds
 */
record TimeFacts(@Nullable Instant firstResponseAt, long handlingSeconds, long customerWaitSeconds,
		Instant stateSince) {

	static TimeFacts receivedAt(Instant at) {
		return new TimeFacts(null, 0, 0, at);
	}

	/** The request moved {@code from} → {@code to} at {@code at}: the clock of the state it left takes the interval. */
	TimeFacts moved(RequestState from, RequestState to, Instant at) {
		// Nodes' clocks may differ by a little; a move never takes time back.
		long seconds = Math.max(0, Duration.between(stateSince, at).getSeconds());
		boolean responds = firstResponseAt == null && from == RequestState.ASSIGNED && to != RequestState.NEW;
		return new TimeFacts(responds ? at : firstResponseAt,
				handlingSeconds + (from == RequestState.IN_PROGRESS ? seconds : 0),
				customerWaitSeconds + (from.isCustomerWait() ? seconds : 0), at);
	}
}
