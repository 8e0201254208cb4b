package org.fairdesk.lab;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Plans run over a team's recorded months, beside what was actually paid (docs/lab.md, Backtests). Nothing of it is
 * stored.
 *
 * @param against what every outcome is compared with: {@code PAID} or the name of one of the plans
 * @param againstIndex the index in {@code plans} of the plan compared with; null when it is what was paid
 * @param months the months backtested, oldest first, each marked provisional while it is open
 * @param paid what was actually paid: the statements stored at each month's close (computed now, provisional, for an
 *     open month), measured as the plans are
 */
public record BacktestResult(long teamId, String teamName, String currency, YearMonth from, YearMonth to,
		String against, @Nullable Integer againstIndex, List<Month> months, Outcome paid, List<Outcome> plans) {

	/** A month's figures that cost is measured against. */
	public record Month(YearMonth period, boolean provisional, Money grossMargin, Money revenue) {
	}

	/**
	 * What one plan (or what was paid) comes to over the months.
	 *
	 * @param version the published version run; null for a document or for what was paid
	 * @param shareOfMargin the total cost as a fraction of the months' gross margin; null when that is 0 or less
	 * @param spread the highest and lowest rep's total over the months
	 * @param gini the Gini coefficient of the reps' totals
	 * @param reps each rep's total and month-to-month variability
	 * @param averageVariability the mean of the reps' variabilities (the reps who have one)
	 * @param totalDifference the total minus the total of what it is compared with
	 * @param gains reps it pays more than what it is compared with, the largest gain first
	 * @param losses reps it pays less, the largest loss first
	 */
	public record Outcome(String name, @Nullable Integer version, List<MonthPay> months, Money total,
			@Nullable BigDecimal shareOfMargin, @Nullable BigDecimal shareOfRevenue, Spread spread,
			@Nullable BigDecimal gini, List<RepTotal> reps, @Nullable BigDecimal averageVariability,
			Money totalDifference, List<RepTotal> gains, List<RepTotal> losses) {
	}

	/** One month under one outcome: each rep's payout beside what it is compared with. */
	public record MonthPay(YearMonth period, boolean provisional, List<RepPay> reps, Money total, Money difference,
			@Nullable BigDecimal shareOfMargin, @Nullable BigDecimal shareOfRevenue, Spread spread,
			@Nullable BigDecimal gini) {
	}

	/** A rep's payout in a month, what it is compared with pays them, and the difference (this minus that). */
	public record RepPay(RepId repId, String repName, Money payout, Money against, Money difference) {
	}

	/**
	 * A rep over the months they were on the team.
	 *
	 * @param months how many of the months backtested the rep was on the team (or was paid in)
	 * @param variability the coefficient of variation of their monthly payouts ({@link BacktestStatistics#variability})
	 */
	public record RepTotal(RepId repId, String repName, int months, Money total, Money against, Money difference,
			@Nullable BigDecimal variability) {
	}

	/** The highest and lowest payout and how far apart they are; all null without reps. */
	public record Spread(@Nullable Money highest, @Nullable Money lowest, @Nullable Money range) {
	}
}
