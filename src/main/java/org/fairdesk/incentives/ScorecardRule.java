package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Measure;
import org.fairdesk.incentives.PlanDocument.Scorecard;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.people.RepId;

/**
 * A scorecard: each measure normalised against the team, capped, and weighted. A count or an amount is divided by
 * the rep's fair share of the team's total (their share of the hours the team was contracted for: hours a week
 * times days on the team); an average or a share by the team's own value (the other way round where less is
 * better). A rep without a value, or with too small a sample, counts as the team's level, 1. Above the cap a
 * measure earns nothing more: taking on more than a fair share is not rewarded beyond it.
 */
final class ScorecardRule {

	private ScorecardRule() {
	}

	/** Each rep's score and the arithmetic behind it, in words. */
	record Scores(Map<RepId, BigDecimal> score, Map<RepId, String> working) {

		BigDecimal of(RepFacts rep) {
			return score.get(rep.repId());
		}
	}

	static Scores score(Scorecard card, List<RepFacts> reps, Month month) {
		Map<RepId, BigDecimal> scores = new LinkedHashMap<>();
		Map<RepId, String> working = new LinkedHashMap<>();
		BigDecimal hours = reps.stream().map(ScorecardRule::contractedTime).reduce(BigDecimal.ZERO, BigDecimal::add);
		Team team = new Team(month, hours, teamTotals(card, reps));
		for (RepFacts rep : reps) {
			BigDecimal sum = BigDecimal.ZERO;
			List<String> parts = new ArrayList<>();
			for (Measure measure : card.measures()) {
				BigDecimal normalised = normalised(measure, rep, team);
				BigDecimal counted = normalised.min(card.cap());
				sum = sum.add(counted.multiply(measure.weight()));
				parts.add(measure.metric() + " " + measure.metric().written(measure.metric().of(rep.figures()))
+ explain(measure, rep, team) + " = " + Numbers.written(normalised)
						+ (normalised.compareTo(card.cap()) > 0 ? ", capped at " + Numbers.written(card.cap()) : "")
						+ ", weight " + Numbers.written(measure.weight()));
			}
			BigDecimal score = Numbers.rounded(sum.divide(Numbers.HUNDRED));
			scores.put(rep.repId(), score);
			working.put(rep.repId(), String.join("; ", parts) + ". Score: the weighted sum / 100 = "
					+ Numbers.written(score));
		}
		return new Scores(scores, working);
	}

	static void show(Scores scores, String rule, List<RepFacts> reps, Ledger ledger) {
		for (RepFacts rep : reps) {
			ledger.note(rep, new StatementLine(Code.SCORECARD, rule, "Your scorecard",
					scores.working().get(rep.repId()), null));
		}
	}

	/** What every rep is measured against: the team's month, its contracted time, and its total of each volume. */
	private record Team(Month month, BigDecimal hours, Map<Metric, BigDecimal> totals) {
	}

	/** Each volume measure's total over the reps, once (not once per rep: a 500-rep team would sum 250,000 times). */
	private static Map<Metric, BigDecimal> teamTotals(Scorecard card, List<RepFacts> reps) {
		Map<Metric, BigDecimal> totals = new java.util.EnumMap<>(Metric.class);
		for (Measure measure : card.measures()) {
			if (measure.metric().kind() == Metric.Kind.VOLUME) {
				totals.put(measure.metric(), teamTotal(measure.metric(), reps));
			}
		}
		return totals;
	}

	private static BigDecimal normalised(Measure measure, RepFacts rep, Team team) {
		Metric metric = measure.metric();
		BigDecimal value = metric.of(rep.figures());
		if (metric.kind() == Metric.Kind.VOLUME) {
			BigDecimal total = team.totals().get(metric);
			BigDecimal time = contractedTime(rep);
			if (total.signum() <= 0 || time.signum() == 0) {
				return BigDecimal.ONE;
			}
			// value / (total x time / hours), as one division so that it is rounded exactly once
			return Numbers.ratio(value.max(BigDecimal.ZERO).multiply(team.hours()), total.multiply(time));
		}
		BigDecimal level = metric.of(team.month().facts().team());
		boolean small = measure.minSample() != null && metric.sampleOf(rep.figures()) < measure.minSample();
		if (value == null || small || level == null || level.signum() == 0) {
			return BigDecimal.ONE;
		}
		if (metric.lowerIsBetter()) {
			return value.signum() == 0 ? BigDecimal.TEN : Numbers.ratio(level, value);
		}
		return Numbers.ratio(value.max(BigDecimal.ZERO), level);
	}

	private static String explain(Measure measure, RepFacts rep, Team team) {
		Metric metric = measure.metric();
		if (metric.kind() == Metric.Kind.VOLUME) {
			BigDecimal fair = fairShare(team.totals().get(metric), rep, team.hours());
			return " against a fair share of " + Numbers.written(fair);
		}
		BigDecimal value = metric.of(rep.figures());
		boolean small = measure.minSample() != null && metric.sampleOf(rep.figures()) < measure.minSample();
		if (value == null || small) {
			return " (" + (value == null ? "none" : "fewer than " + measure.minSample() + " " + metric.sampleName())
					+ ": counts as the team's level)";
		}
		return " against the team's " + metric.written(metric.of(team.month().facts().team()));
	}

	private static BigDecimal teamTotal(Metric metric, List<RepFacts> reps) {
		return reps.stream().map(r -> metric.of(r.figures())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The team's total times the rep's share of the team's contracted time in the period. */
	private static BigDecimal fairShare(BigDecimal total, RepFacts rep, BigDecimal hours) {
		if (hours.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return total.multiply(contractedTime(rep)).divide(hours, 2, RoundingMode.HALF_EVEN);
	}

	/** Hours a week times days on the team: what a rep was contracted to give the period. */
	private static BigDecimal contractedTime(RepFacts rep) {
		return rep.hoursPerWeek().multiply(BigDecimal.valueOf(rep.daysOnTeam()));
	}
}
