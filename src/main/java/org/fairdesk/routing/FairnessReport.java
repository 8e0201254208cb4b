package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * How fairly work was spread over a window: the cherry-pick index of the reps' choices in every mode (claims under
 * SELF_ELECT, skips and hand-backs anywhere; docs/routing.md#the-cherry-pick-index: about 0.5 means no cherry-picking, near 1
 * reaching for large work or turning down small), the skips, and each rep's share of the assigned value against
 * their fair share on time actually available (and, for reference, their share of the team's contracted hours).
 * Amounts are in the team's currency, as everywhere else money is shown or sent.
 *
 * @param claims SELF_ELECT claims of a request with a value
 * @param choices claims, skips and hand-backs of a request with a value: the cherry-pick index's sample
 * @param skips skips of any request, with or without a value
 */
public record FairnessReport(TeamId teamId, Instant from, Instant to, long claims,
		@Nullable BigDecimal cherryPickIndex, Money assignedValue, List<RepFairness> reps, long choices, long skips,
		Money skippedValue) {

	/**
	 * @param valueShare the rep's assigned value over the team's, 0 to 1
	 * @param hoursShare the rep's contracted hours over the team's, 0 to 1
	 * @param fairShare the value share a fair spread gives, 0 to 1: each assignment shared among the reps available
	 *     when it was made, by their hours ({@link FairShares}, the rule value balance routes by); by count when
	 *     nothing assigned had a value
	 * @param skippedValue the value of the requests the rep skipped (each counted once per skip)
	 * @param skippedPercentile the mean value percentile of what they skipped among what was waiting; 0.5 is no
	 *     preference, near 0 turning down the small
	 */
	public record RepFairness(RepId repId, String name, long claims, @Nullable BigDecimal cherryPickIndex,
			long assigned, Money assignedValue, BigDecimal valueShare, BigDecimal hoursShare, BigDecimal fairShare,
			long choices, long skips, Money skippedValue, @Nullable BigDecimal skippedPercentile) {
	}
}
