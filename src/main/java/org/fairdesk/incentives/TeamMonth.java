package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A manager's view of a team's month (docs/pay.md, "The team's month"): each rep's payout beside last month's and
 * the plan's preview, the total cost as a share of the gross margin and of the revenue, where the month stands and
 * who moved it. The payouts are the statements' own (stored once the month is closed; else computed now and
 * {@code provisional}), so this view and the statements API cannot disagree.
 *
 * @param plan the version that pays the month (as "Name version N"), null when none does
 * @param previousTotal last month's total, null when nothing paid it
 * @param shareOfMargin the total as a fraction of the month's gross margin (4 places), null when the margin is 0 or
 *     less; {@code shareOfRevenue} likewise
 * @param preview what the version in force would have paid on the month before the first it pays
 * @param events who closed, approved and paid the month and when, newest first
 */
public record TeamMonth(TeamId teamId, String teamName, String currency, YearMonth period, PayPeriod.State state,
		boolean provisional, @Nullable String plan, List<RepPay> reps, Money total, @Nullable Money previousTotal,
		@Nullable Money totalDifference, Money grossMargin, Money revenue, @Nullable BigDecimal shareOfMargin,
		@Nullable BigDecimal shareOfRevenue, @Nullable BigDecimal previousShareOfMargin, Preview preview,
		PayPeriod standing, List<PayEvent> events) {

	/**
	 * One rep's pay in the month.
	 *
	 * @param previous last month's payout, null when the rep had no statement then
	 * @param preview what the plan's preview paid the rep, null when they were not in it
	 */
	public record RepPay(RepId repId, String repName, Money payout, @Nullable Money previous,
			@Nullable Money difference, @Nullable Money preview, @Nullable Money previewDifference) {
	}

	/**
	 * The plan's preview: the version in force evaluated on the month before the first month it pays (the month its
	 * reps were shown it on), on that month's facts as its statements were made.
	 *
	 * @param evaluatedOn that month; null (and the rest with it) when no version pays this month
	 * @param total what it paid every rep in the preview
	 * @param difference the month's total less the preview's
	 */
	public record Preview(@Nullable YearMonth evaluatedOn, @Nullable Money total, @Nullable Money difference) {
	}
}
