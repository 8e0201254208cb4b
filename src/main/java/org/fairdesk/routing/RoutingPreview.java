package org.fairdesk.routing;

import java.util.List;

import org.fairdesk.people.Availability;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * Who would get the next request of a kind, and why; every rep's load, caps and whether they are eligible.
 *
 * @param waiting requests of the team waiting for a rep
 */
public record RoutingPreview(TeamId teamId, RequestKind kind, RoutingMode mode, ChooserType chooser, int waiting,
		List<RepStatus> reps, @Nullable RepId nextRep, String why) {

	/** One rep as the manager sees them on the routing page. */
	public record RepStatus(RepId repId, String name, Availability availability, int activeLoad,
			@Nullable Integer wipCap, String load, boolean eligible, @Nullable String notEligibleBecause) {
	}
}
