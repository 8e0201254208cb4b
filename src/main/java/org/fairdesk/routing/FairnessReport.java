package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * How fairly work was spread over a window: the cherry-pick index of SELF_ELECT claims (the mean percentile of
 * a claimed request's value among those open at the time; about 0.5 means no cherry-picking), and each rep's
 * share of the assigned value against their share of the team's hours.
 */
public record FairnessReport(TeamId teamId, Instant from, Instant to, long claims,
		@Nullable BigDecimal cherryPickIndex, BigDecimal assignedValue, List<RepFairness> reps) {

	/**
	 * @param valueShare the rep's assigned value over the team's, 0 to 1
	 * @param hoursShare the rep's hours over the team's, 0 to 1: the value share a fair spread gives
	 */
	public record RepFairness(RepId repId, String name, long claims, @Nullable BigDecimal cherryPickIndex,
			long assigned, BigDecimal assignedValue, BigDecimal valueShare, BigDecimal hoursShare) {
	}
}
