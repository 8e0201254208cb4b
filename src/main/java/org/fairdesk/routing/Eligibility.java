package org.fairdesk.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.fairdesk.people.Availability;
import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility filters, in the order a manager would check them: availability, capacity, skill, working
 * hours and time off, and never back to a rep who handed the request back.
 */
final class Eligibility {

	private Eligibility() {
	}

	/** Why the rep may not get the request now, or null when they may. */
	static @Nullable String refusal(Candidate candidate, QueuedRequest request, Instant now, ZoneId zone,
			Set<RepId> excluded) {
		Availability availability = candidate.profile().rep().availability();
		if (availability != Availability.AVAILABLE) {
			return "is " + availability;
		}
		if (!candidate.hasRoomFor(request.kind())) {
			return "is at capacity (" + candidate.capText(request.kind()) + ")";
		}
		if (!candidate.profile().hasSkill(request.skill())) {
			return "lacks the skill " + request.skill();
		}
		if (!candidate.profile().isWorking(now, zone)) {
			return "is outside working hours or on time off";
		}
		if (excluded.contains(candidate.repId())) {
			return "handed this request back";
		}
		return null;
	}
}
