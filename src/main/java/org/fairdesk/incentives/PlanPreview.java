package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a draft plan would pay a team beside what the plan in force pays, for the team's current month and the one
 * before: per rep, in total, and as a share of the month's gross margin, with who gains and who loses. Nothing of it
 * is stored.
 *
 * @param months the team's current month first, then the month before
 */
public record PlanPreview(long teamId, String teamName, String currency, String draftName, List<Month> months) {

	/** Shares of the gross margin are fractions to 4 places, as the facts document's shares are. */
	static final int SHARE_DECIMALS = 4;

	/** The version that pays a month, by name and number. */
	public record PlanInForce(String name, int version) {
	}

	/**
	 * One rep's pay under both plans.
	 *
	 * @param inForce null when no version is in force for the month
	 * @param difference draft minus in force (in force counts as zero when there is none)
	 */
	public record RepPay(RepId repId, String repName, @Nullable Money inForce, Money draft, Money difference) {
	}

	/**
	 * One month side by side.
	 *
	 * @param inForce the version that pays the month, null when none does
	 * @param inForceTotal null when no version is in force
	 * @param totalDifference the draft's total minus the total in force (zero without a version in force)
	 * @param draftShare the draft's total as a fraction of the gross margin; null when the margin is 0 or less
	 * @param inForceShare the same for the plan in force; null also when none is in force
	 * @param draftShareOfRevenue the draft's total as a fraction of the revenue (for a plan funded by revenue or
	 *     paying commission on it); null when the revenue is 0
	 * @param inForceShareOfRevenue the same for the plan in force
	 * @param gains reps the draft pays more, the largest gain first
	 * @param losses reps the draft pays less, the largest loss first
	 */
	public record Month(YearMonth period, @Nullable PlanInForce inForce, Money grossMargin, Money revenue,
			List<RepPay> reps, Money draftTotal, @Nullable Money inForceTotal, Money totalDifference,
			@Nullable BigDecimal draftShare,
			@Nullable BigDecimal inForceShare, @Nullable BigDecimal draftShareOfRevenue,
			@Nullable BigDecimal inForceShareOfRevenue, List<RepPay> gains, List<RepPay> losses) {

		/**
		 * Sets the two plans' statements for the same facts side by side. A rep one plan pays nothing (no statement)
		 * counts as zero under it, so that a plan that leaves someone out shows as their loss.
		 *
		 * @param inForceStatements null when no version is in force
		 */
		static Month of(YearMonth period, Money grossMargin, Money revenue, @Nullable PlanInForce inForce,
				List<Statement> draftStatements, @Nullable List<Statement> inForceStatements) {
			Money zero = Money.zero(grossMargin.currency());
			Map<RepId, String> names = new LinkedHashMap<>();
			draftStatements.forEach(s -> names.putIfAbsent(s.repId(), s.repName()));
			if (inForceStatements != null) {
				inForceStatements.forEach(s -> names.putIfAbsent(s.repId(), s.repName()));
			}
			List<RepPay> reps = names.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey(Comparator.comparingLong(RepId::value)))
				.map(rep -> {
					Money draft = payout(draftStatements, rep.getKey()).orElse(zero);
					Money current = inForceStatements == null ? null
							: payout(inForceStatements, rep.getKey()).orElse(zero);
					return new RepPay(rep.getKey(), rep.getValue(), current, draft,
							draft.minus(current == null ? zero : current));
				})
				.toList();
			Money draftTotal = total(reps.stream().map(RepPay::draft).toList(), zero);
			Money inForceTotal = inForceStatements == null ? null
					: total(reps.stream().map(RepPay::inForce).toList(), zero);
			return new Month(period, inForce, grossMargin, revenue, reps, draftTotal, inForceTotal,
					draftTotal.minus(inForceTotal == null ? zero : inForceTotal),
					share(draftTotal, grossMargin), inForceTotal == null ? null : share(inForceTotal, grossMargin),
					share(draftTotal, revenue), inForceTotal == null ? null : share(inForceTotal, revenue),
					reps.stream().filter(r -> r.difference().isPositive())
						.sorted(Comparator.comparing(RepPay::difference).reversed()).toList(),
					reps.stream().filter(r -> r.difference().isNegative())
						.sorted(Comparator.comparing(RepPay::difference)).toList());
		}

		private static Optional<Money> payout(List<Statement> statements, RepId rep) {
			return statements.stream()
				.filter(s -> s.repId().equals(rep))
				.map(Statement::payout)
				.reduce(Money::plus);
		}

		private static Money total(List<@Nullable Money> amounts, Money zero) {
			return amounts.stream().map(m -> m == null ? zero : m).reduce(zero, Money::plus);
		}

		/** Cost as a share of a basis: meaningless (so null) when the team made no margin (or revenue) or lost money. */
		static @Nullable BigDecimal share(Money total, Money basis) {
			if (basis.amount().signum() <= 0) {
				return null;
			}
			return total.amount().divide(basis.amount(), SHARE_DECIMALS, RoundingMode.HALF_EVEN);
		}
	}
}
