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
		for (RepFacts rep : reps) {
			BigDecimal sum = BigDecimal.ZERO;
			List<String> parts = new ArrayList<>();
			for (Measure measure : card.measures()) {
				BigDecimal normalised = normalised(measure, rep, reps, hours, month);
				BigDecimal counted = normalised.min(card.cap());
				sum = sum.add(counted.multiply(measure.weight()));
				parts.add(measure.metric() + " " + measure.metric().written(measure.metric().of(rep.figures()))
						+ explain(measure, rep, reps, hours, month) + " = " + Numbers.written(normalised)
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

	private static BigDecimal normalised(Measure measure, RepFacts rep, List<RepFacts> reps, BigDecimal hours,
			Month month) {
		Metric metric = measure.metric();
		BigDecimal value = metric.of(rep.figures());
		if (metric.kind() == Metric.Kind.VOLUME) {
			BigDecimal total = teamTotal(metric, reps);
			BigDecimal fair = fairShare(total, rep, hours);
			if (total.signum() <= 0 || fair.signum() == 0) {
				return BigDecimal.ONE;
			}
			return Numbers.rounded(value.max(BigDecimal.ZERO).divide(fair, Numbers.EXACT_ENOUGH));
		}
		BigDecimal team = metric.of(month.facts().team());
		boolean small = measure.minSample() != null && metric.sampleOf(rep.figures()) < measure.minSample();
		if (value == null || small || team == null || team.signum() == 0) {
			return BigDecimal.ONE;
		}
		if (metric.lowerIsBetter()) {
			return value.signum() == 0 ? BigDecimal.TEN : Numbers.rounded(team.divide(value, Numbers.EXACT_ENOUGH));
		}
		return Numbers.rounded(value.max(BigDecimal.ZERO).divide(team, Numbers.EXACT_ENOUGH));
	}

	private static String explain(Measure measure, RepFacts rep, List<RepFacts> reps, BigDecimal hours, Month month) {
		Metric metric = measure.metric();
		if (metric.kind() == Metric.Kind.VOLUME) {
			BigDecimal fair = fairShare(teamTotal(metric, reps), rep, hours);
			return " against a fair share of " + Numbers.written(fair.setScale(2, RoundingMode.HALF_EVEN));
		}
		BigDecimal value = metric.of(rep.figures());
		boolean small = measure.minSample() != null && metric.sampleOf(rep.figures()) < measure.minSample();
		if (value == null || small) {
			return " (" + (value == null ? "none" : "fewer than " + measure.minSample() + " " + metric.sampleName())
					+ ": counts as the team's level)";
		}
		return " against the team's " + metric.written(metric.of(month.facts().team()));
	}

	private static BigDecimal teamTotal(Metric metric, List<RepFacts> reps) {
		return reps.stream().map(r -> metric.of(r.figures())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The team's total times the rep's share of the team's contracted time in the period. */
	private static BigDecimal fairShare(BigDecimal total, RepFacts rep, BigDecimal hours) {
		if (hours.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return total.multiply(contractedTime(rep)).divide(hours, Numbers.EXACT_ENOUGH);
	}

	/** Hours a week times days on the team: what a rep was contracted to give the period. */
	private static BigDecimal contractedTime(RepFacts rep) {
		return rep.hoursPerWeek().multiply(BigDecimal.valueOf(rep.daysOnTeam()));
	}
}
