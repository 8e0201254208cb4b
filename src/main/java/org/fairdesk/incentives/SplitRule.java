package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.SeniorityBand;
import org.fairdesk.incentives.PlanDocument.Split;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Shares a pool by weight. Each rep's weight is their split's base (1, contracted hours, a seniority band's weight,
 * or hours times their scorecard) times the days they were on the team, so a rep who joined on the 16th of a
 * 30-day month weighs 15/30 of a full month. The pool is divided in minor units by the largest remainder method:
 * each rep gets the whole cents of their exact share, and the cents left over go one each to the largest
 * remainders, ties to the lower rep id. The shares always sum exactly to the pool.
 */
final class SplitRule {

	private SplitRule() {
	}

	/** A rep's weight: the base the split gives them, and the same prorated by their days (what is shared by). */
	record Weight(RepFacts rep, BigDecimal base, String basis) {

		BigDecimal prorated() {
			return base.multiply(BigDecimal.valueOf(rep.daysOnTeam()));
		}
	}

	/** @param scores the reps' scorecards, with BY_SCORECARD */
	static List<Weight> weights(Split split, List<RepFacts> reps, ScorecardRule.@Nullable Scores scores) {
		List<Weight> weights = new ArrayList<>();
		for (RepFacts rep : reps) {
			weights.add(switch (split.by()) {
				case EQUAL -> new Weight(rep, BigDecimal.ONE, "equal split: 1");
				case BY_HOURS -> new Weight(rep, rep.hoursPerWeek(), "by hours: " + Numbers.written(rep.hoursPerWeek())
						+ " h a week");
				case BY_SENIORITY -> seniority(split.seniority(), rep);
				case BY_SCORECARD -> new Weight(rep, rep.hoursPerWeek().multiply(scores.of(rep)), "by scorecard: "
						+ Numbers.written(rep.hoursPerWeek()) + " h a week × score " + Numbers.written(scores.of(rep)));
			});
		}
		return weights;
	}

	private static Weight seniority(List<SeniorityBand> bands, RepFacts rep) {
		SeniorityBand band = bands.get(0);
		for (SeniorityBand candidate : bands) {
			if (rep.tenureMonths() >= candidate.fromMonths()) {
				band = candidate;
			}
		}
		return new Weight(rep, band.weight(), "by seniority: " + rep.tenureMonths() + " months on the team at the "
				+ "period's end, the band from " + band.fromMonths() + " months weighs " + Numbers.written(band.weight()));
	}

	/**
	 * Shares the pool among the weights and writes each rep's WEIGHT and SPLIT lines; the shares, in the weights'
	 * order. With no weight at all the pool is shared by nobody and each share is zero.
	 */
	static List<Money> share(Money pool, List<Weight> weights, String rule, String title, Month month, Ledger ledger) {
		BigDecimal total = weights.stream().map(Weight::prorated).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weights.isEmpty() || total.signum() == 0) {
			if (pool.isPositive()) {
				ledger.everyone(new StatementLine(Code.UNSHARED, rule + ".split", title + ": not shared",
						"no rep who takes part " + (weights.isEmpty() ? "passed its gates" : "has a weight in it")
								+ ", so nobody shares " + pool + " and it is not paid", null));
			}
			return weights.stream().map(w -> month.zero()).toList();
		}
		List<Money> shares = pool.allocate(weights.stream().map(Weight::prorated).toList());
		BigDecimal days = BigDecimal.valueOf(month.days());
		String teamWeight = Numbers.written(Numbers.ratio(total, days));
		for (int i = 0; i < weights.size(); i++) {
			Weight weight = weights.get(i);
			ledger.note(weight.rep(), new StatementLine(Code.WEIGHT, rule + ".split", "Your weight in " + title,
					weight.basis() + ", × " + month.presence(weight.rep()) + " = "
							+ Numbers.written(Numbers.ratio(weight.prorated(), days)) + " of the team's " + teamWeight,
					null));
			BigDecimal share = pool.amount().multiply(weight.prorated());
			ledger.award(weight.rep(), new StatementLine(Code.SPLIT, rule + ".split", "Your share of " + title,
					"your weight's part of " + pool + " = " + Numbers.quotient(share, total)
							+ rounding(share, total, shares.get(i)), shares.get(i)));
		}
		return shares;
	}

	/** How the share paid relates to the exact one, {@code numerator / total}, compared without dividing. */
	private static String rounding(BigDecimal numerator, BigDecimal total, Money share) {
		int cmp = share.amount().multiply(total).compareTo(numerator);
		if (cmp == 0) {
			return "";
		}
		return cmp < 0 ? ", rounded down to " + share
				: ", rounded to " + share + ": one of the cents left over by rounding (largest remainder first, ties "
						+ "to the lower rep id), so the shares sum exactly to the pool";
	}
}
