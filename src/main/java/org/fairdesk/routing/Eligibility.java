package org.fairdesk.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

import org.fairdesk.people.Availability;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility rule, in the order a manager would check it: on the team (the leaving and start dates), availability,
 * capacity, skill, working hours and time off, and never back to a rep who handed the request back. It answers two
 * questions with the same checks: may this rep get this request ({@link #refusal}), and may this rep take any new
 * work at all ({@link #refusalOfAnyWork}, asked when a rep asks for the next request). The PULL query's skill filter compares the same
 * skill keys ({@code RoutingQueue}); {@code EligibilityTests} runs both on the same cases.
 */
final class Eligibility {

	private Eligibility() {
	}

	/** Why the rep may not get the request now ("is AWAY"), or null when they may. */
	static @Nullable String refusal(Candidate candidate, QueuedRequest request, Instant now, ZoneId zone,
			Set<RepId> excluded) {
		String personal = personal(candidate, now, () -> zone);
		if (personal != null) {
			return personal;
		}
		if (!candidate.hasRoomFor(request.kind())) {
			return "is at capacity (" + candidate.capText(request.kind()) + ")";
		}
		if (!candidate.profile().hasSkill(request.skill())) {
			return "lacks the skill " + request.skill();
		}
		if (excluded.contains(candidate.repId())) {
			return "gave this request back (handed back or skipped)";
		}
		return null;
	}

	/**
	 * Why the rep may take no new work of any kind now ("is OVERLOADED", "is at capacity (…)"), or null when some
	 * request could be theirs: what a rep asking for the next request is told before anything is looked up.
	 */
	static @Nullable String refusalOfAnyWork(Candidate candidate, Instant now, Supplier<ZoneId> zone) {
		String personal = personal(candidate, now, zone);
		if (personal != null) {
			return personal;
		}
		boolean roomForAny = Arrays.stream(RequestKind.values()).anyMatch(candidate::hasRoomFor);
		return roomForAny ? null : "is at capacity (" + candidate.capTextForAll() + ")";
	}

	/** The refusal for a rep after their leaving date ({@link Rep#hasLeftBy}): no override assigns them work. */
	static final String LEFT = "has left the team";

	/** The refusal for a rep before their start date: no override assigns them work either. */
	static final String NOT_STARTED = "has not started on the team";

	/**
	 * The checks that do not depend on the request: on the team (the leaving and start dates, people's rules
	 * {@link Rep#hasLeftBy} and {@link Rep#hasStartedBy}, on the team's today), availability, then working hours and time off. The team's zone
	 * is asked for only when the rep has a leaving date, a start date within a day of now, hours or time off (a PULL
	 * need not read the team otherwise).
	 */
	private static @Nullable String personal(Candidate candidate, Instant now, Supplier<ZoneId> zone) {
		Rep rep = candidate.profile().rep();
		if (rep.leavingDate() != null && rep.hasLeftBy(now.atZone(zone.get()).toLocalDate())) {
			return LEFT + " (last day " + rep.leavingDate() + ")";
		}
		if (mayNotHaveStarted(rep, now) && !rep.hasStartedBy(now.atZone(zone.get()).toLocalDate())) {
			return NOT_STARTED + " (first day " + rep.startDate() + ")";
		}
		Availability availability = candidate.profile().rep().availability();
		if (availability != Availability.AVAILABLE) {
			return "is " + availability;
		}
		if (!candidate.profile().worksAnyTime() && !candidate.profile().isWorking(now, zone.get())) {
			return "is outside working hours or on time off";
		}
		return null;
	}

	/** Whether the rep's first day may still be ahead somewhere on earth: a day either side of UTC's date. */
	private static boolean mayNotHaveStarted(Rep rep, Instant now) {
		return !rep.startDate().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1));
	}

	/**
	 * A refusal addressed to the rep themselves: "is OVERLOADED" becomes "you are OVERLOADED", "has left the team"
	 * "you have left the team".
	 */
	static String toRep(String refusal) {
		if (refusal.startsWith("has ")) {
			return "you have " + refusal.substring(4);
		}
		return refusal.startsWith("is ") ? "you are " + refusal.substring(3) : "you " + refusal;
	}
}
