package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fairdesk.incentives.GateRule.Verdict;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Prizes;
import org.fairdesk.incentives.PlanDocument.Ties;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Prizes to the reps ranked first, second, … by a scorecard or a metric. A rep is ranked when they take part, pass
 * the REDISTRIBUTE gates (a rep who fails one leaves the place to the next), have a value (and, for an average or a
 * share, the minimum sample) and, for a count or an amount, more than zero of it. Reps with equal values tie: with
 * SHARE they split the prizes of the places they take together (largest remainder, ties to the lower rep id); with
 * ALL_WIN each gets the prize of the place they tie for, and the next rep's place counts them all (1, 1, 3).
 */
final class PrizeRule {

	private PrizeRule() {
	}

	private record Entry(RepFacts rep, BigDecimal value, boolean withheld) {
	}

	static void apply(Prizes prizes, String rule, Month month, Ledger ledger) {
		List<RepFacts> candidates = new ArrayList<>();
		// by id: a rep's facts hash their every figure and request id
		java.util.Set<org.fairdesk.people.RepId> withheld = new java.util.HashSet<>();
		for (RepFacts rep : month.participants()) {
			Verdict verdict = GateRule.judge(prizes.gates(), rule, rep, ledger);
			if (verdict != Verdict.REDISTRIBUTED) {
				candidates.add(rep);
			}
			if (verdict == Verdict.WITHHELD) {
				withheld.add(rep.repId());
			}
		}
		ScorecardRule.Scores scores = null;
		if (prizes.rankBy() == Metric.SCORECARD) {
			scores = ScorecardRule.score(prizes.scorecard(), candidates, month);
			ScorecardRule.show(scores, rule + ".scorecard", candidates, ledger);
		}
		List<Entry> ranked = new ArrayList<>();
		for (RepFacts rep : candidates) {
			BigDecimal value = scores != null ? (scores.of(rep).signum() > 0 ? scores.of(rep) : null)
					: rankable(prizes, rep);
			if (value != null) {
				ranked.add(new Entry(rep, value, withheld.contains(rep.repId())));
			}
			else {
				ledger.note(rep, line(prizes, rule, "not ranked: " + why(prizes, rep), null));
			}
		}
		Metric metric = prizes.rankBy();
		ranked.sort(Comparator.comparing(Entry::value, (a, b) -> metric.better(a, b) ? -1 : metric.better(b, a) ? 1 : 0)
			.thenComparing(e -> e.rep().repId().value()));
		award(prizes, rule, ranked, month, ledger);
	}

	private static void award(Prizes prizes, String rule, List<Entry> ranked, Month month, Ledger ledger) {
		int place = 1;
		int i = 0;
		while (i < ranked.size()) {
			int tied = 1;
			while (i + tied < ranked.size() && ranked.get(i + tied).value().compareTo(ranked.get(i).value()) == 0) {
				tied++;
			}
			List<Money> amounts = amountsFor(prizes, place, tied, month);
			for (int k = 0; k < tied; k++) {
				Entry entry = ranked.get(i + k);
				Money amount = amounts.get(k);
				String placing = placeName(place) + (tied > 1 ? ", tied with " + (tied - 1) + " other"
						+ (tied > 2 ? "s" : "") : "") + " of " + ranked.size() + " by " + prizes.rankBy() + " ("
						+ Numbers.written(entry.value()) + ")";
				ledger.award(entry.rep(), line(prizes, rule, placing + prizeWords(prizes, amount, tied), amount));
				if (entry.withheld() && amount.isPositive()) {
					ledger.award(entry.rep(), new StatementLine(Code.WITHHELD, rule + ".gates", "Withheld: "
							+ prizes.title(), "a gate failed with WITHHOLD, so the prize of " + amount + " is not paid",
							amount.times(BigDecimal.ONE.negate())));
				}
			}
			place += tied;
			i += tied;
		}
	}

	/** What each of {@code tied} reps tied at {@code place} receives. */
	private static List<Money> amountsFor(Prizes prizes, int place, int tied, Month month) {
		List<BigDecimal> amounts = prizes.amounts();
		if (prizes.ties() == Ties.ALL_WIN || tied == 1) {
			Money prize = place <= amounts.size() ? month.money(amounts.get(place - 1)) : month.zero();
			return java.util.Collections.nCopies(tied, prize);
		}
		BigDecimal together = BigDecimal.ZERO;
		for (int p = place; p < place + tied && p <= amounts.size(); p++) {
			together = together.add(amounts.get(p - 1));
		}
		return together.signum() == 0 ? java.util.Collections.nCopies(tied, month.zero())
				: month.money(together).allocateEqually(tied);
	}

	private static String prizeWords(Prizes prizes, Money amount, int tied) {
		if (!amount.isPositive()) {
			return ": no prize for this place";
		}
		if (tied > 1 && prizes.ties() == Ties.SHARE) {
			return ": the prizes of the places tied for, shared equally (SHARE)";
		}
		return tied > 1 ? ": each tied rep wins this place's prize (ALL_WIN)" : "";
	}

	private static @Nullable BigDecimal rankable(Prizes prizes, RepFacts rep) {
		Metric metric = prizes.rankBy();
		BigDecimal value = metric.of(rep.figures());
		if (value == null || prizes.minSample() != null && metric.sampleOf(rep.figures()) < prizes.minSample()) {
			return null;
		}
		return metric.kind() == Metric.Kind.VOLUME && value.signum() <= 0 ? null : value;
	}

	private static String why(Prizes prizes, RepFacts rep) {
		Metric metric = prizes.rankBy();
		if (metric == Metric.SCORECARD) {
			return "a score of 0: nothing to rank";
		}
		BigDecimal value = metric.of(rep.figures());
		if (value == null) {
			return "no " + metric + " this period";
		}
		if (metric.kind() == Metric.Kind.VOLUME) {
			return metric + " is " + metric.written(value) + ": nothing to rank";
		}
		return metric.sampleOf(rep.figures()) + " " + metric.sampleName() + ", fewer than the " + prizes.minSample()
				+ " the prize needs";
	}

	private static StatementLine line(Prizes prizes, String rule, String calculation, @Nullable Money amount) {
		return new StatementLine(Code.PRIZE, rule, prizes.title(), calculation, amount);
	}

	private static String placeName(int place) {
		return switch (place % 100 == 11 || place % 100 == 12 || place % 100 == 13 ? 0 : place % 10) {
			case 1 -> place + "st";
			case 2 -> place + "nd";
			case 3 -> place + "rd";
			default -> place + "th";
		};
	}
}
