package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * A rep with the routing state a chooser decides by, all read from the database in the deciding transaction.
 *
 * @param activeLoad requests assigned to the rep and not closed
 * @param assignedValue value of the requests the rep got this month (in the team's zone)
 * @param assignedCount number of requests the rep got this month
 */
record Candidate(RoutingProfile profile, int activeLoad, Map<RequestKind, Integer> loadByKind,
		@Nullable Instant lastAssignedAt, BigDecimal assignedValue, long assignedCount) {

	RepId repId() {
		return profile.rep().id();
	}

	BigDecimal hours() {
		return profile.rep().hoursPerWeek();
	}

	/** Below every cap that applies to a request of this kind. */
	boolean hasRoomFor(RequestKind kind) {
		Integer total = profile.wipCap();
		Integer perKind = profile.kindCaps().get(kind);
		return (total == null || activeLoad < total) && (perKind == null || loadByKind.getOrDefault(kind, 0) < perKind);
	}

	/** The caps that keep out every kind: the total when it is reached, otherwise each kind's own. */
	String capTextForAll() {
		Integer total = profile.wipCap();
		if (total != null && activeLoad >= total) {
			return activeLoad + "/" + total + " active";
		}
		return java.util.Arrays.stream(RequestKind.values())
			.map(kind -> loadByKind.getOrDefault(kind, 0) + "/" + profile.kindCaps().get(kind) + " " + kind)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	String capText(RequestKind kind) {
		Integer perKind = profile.kindCaps().get(kind);
		return activeLoad + (profile.wipCap() == null ? "" : "/" + profile.wipCap()) + " active"
				+ (perKind == null ? "" : ", " + loadByKind.getOrDefault(kind, 0) + "/" + perKind + " " + kind);
	}
}
