package org.fairdesk.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What the team dashboard shows: the period's figures (team first), the weekly trend of the weeks up to the
 * period's end, and how the period's survey ratings are distributed ({@code ratings[0]} counts the 1s).
 */
public record Dashboard(TeamMetrics metrics, List<Week> weeks, List<Long> ratings) {

	/** One ISO week of the team's trend. */
	public record Week(String week, long orders, long quotes, long queries, Money revenue,
			@Nullable BigDecimal slaMetShare, long csatResponses, @Nullable BigDecimal csatAverage) {
	}
}
