package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;

/**
 * What routing's log says about a month beyond fairness (docs/routing.md): how long each order with a value waited
 * from arrival to the assignment it holds, and per rep how much work they took on, how much of it over a cap, and
 * how often they skipped.
 */
public record AssignmentFigures(TeamId teamId, Instant from, Instant to, List<OrderWait> orderWaits,
		List<RepAssignments> reps) {

	/** An ORDER with a value assigned in the window: its value and its wait in whole seconds. */
	public record OrderWait(BigDecimal value, long waitSeconds) {
	}

	/**
	 * @param takenOn entries by which the rep took a request on: ASSIGN, NEXT, CLAIM, MANUAL, REASSIGN, TRANSFER_IN
	 * @param overCap of those, the ones made over one of the rep's caps
	 * @param skips SKIP entries: requests served to the rep that they gave back unworked
	 */
	public record RepAssignments(RepId repId, long takenOn, long overCap, long skips) {
	}
}
