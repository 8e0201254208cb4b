package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.people.Availability;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * What a supervisor watches while the team works (docs/routing.md, "The live view"): the waiting requests, most at
 * risk first; each rep's status, load against caps, time in each status today and work in hand; and the skips and
 * hand-backs of the last hour.
 */
public record RoutingLive(Instant at, List<KindQueue> kinds, List<Waiting> waiting, int waitingShown,
		List<RepNow> reps, List<RoutingLog.LogEntry> lastHour) {

	/** How close a waiting request is to breaking its SLA. */
	public enum Risk {
		/** Its due time has passed. */
		BREACHED,
		/** Due within {@link RoutingSupervision#AT_RISK}. */
		AT_RISK,
		ON_TIME,
		/** No SLA target. */
		NONE
	}

	/** One kind's queue: how many wait, the oldest's age, and how many are breached or at risk. */
	public record KindQueue(RequestKind kind, int waiting, long oldestAgeSeconds, int breached, int atRisk) {
	}

	/**
	 * A waiting request; {@code due} is its first-response due time (nobody has answered a waiting request), or its
	 * resolution due time when it has no first-response target.
	 */
	public record Waiting(UUID requestId, RequestKind kind, String customer, String subject,
			@Nullable BigDecimal amount, int priority, @Nullable String skill, Instant receivedAt, long ageSeconds,
			@Nullable Instant due, Risk risk) {
	}

	/**
	 * A rep now: status, open work against the caps (in all, and for each kind with a cap of its own), seconds in each
	 * status since the team's midnight.
	 */
	public record RepNow(RepId repId, String name, Availability availability, int load, @Nullable Integer wipCap,
			List<KindLoad> kindCaps, Map<Availability, Long> secondsToday, List<InHand> workingOn) {
	}

	/** The rep's open requests of a kind that has a cap of its own, against it. */
	public record KindLoad(RequestKind kind, int load, int cap) {
	}

	/** A request a rep holds. */
	public record InHand(UUID requestId, RequestKind kind, String subject, String state) {
	}
}
