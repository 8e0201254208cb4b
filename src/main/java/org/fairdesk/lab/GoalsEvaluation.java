package org.fairdesk.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.fairdesk.lab.IndicatorArithmetic.Measure;
import org.fairdesk.metrics.Figures;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.MetricsManagement.AssistDecisions;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.RepId;
import org.fairdesk.routing.AssignmentFigures;
import org.fairdesk.routing.FairnessReport;
import org.jspecify.annotations.Nullable;

/** Judges a team's enabled goals on a month's figures (pure: no I/O); docs/lab.md defines each indicator. */
final class GoalsEvaluation {

	/** A rep whose choices (claims, give-backs) score at or above this index avoids small orders (a gaming signal). */
	static final BigDecimal LARGE_ORDER_CLAIMS = new BigDecimal("0.65");
	/** Closes in the month's last three business days at or above this share are bunched (a gaming signal). */
	static final BigDecimal BUNCHED_CLOSES = new BigDecimal("0.25");
	static final long SIGNAL_SAMPLE = 10;

	private GoalsEvaluation() {
	}

	static GoalsStatus evaluate(List<Goal> goals, MonthFigures f) {
		List<Goal> enabled = goals.stream().filter(Goal::enabled).toList();
		List<GoalsStatus.RepGoals> reps = new ArrayList<>();
		for (TeamMetrics.RepFigures rep : f.month().reps()) {
			List<GoalsStatus.GoalRow> rows = new ArrayList<>();
			for (Goal goal : enabled) {
				if (goal.indicator().perRep()) {
					rows.add(row(goal, repMeasure(goal.indicator(), rep, f)));
				}
			}
			reps.add(new GoalsStatus.RepGoals(rep.repId(), rep.name(), rows));
		}
		List<GoalsStatus.GoalRow> team = new ArrayList<>();
		for (Goal goal : enabled) {
			team.add(goal.indicator() == Indicator.HANDLING_AGAINST_CSAT ? worstRep(goal, reps)
					: row(goal, teamMeasure(goal.indicator(), f)));
		}
		return new GoalsStatus(f.teamId(), f.period(), f.monthOver(), team, reps, signals(f));
	}

	private static GoalsStatus.GoalRow row(Goal goal, Measure measure) {
		return new GoalsStatus.GoalRow(goal.behaviour(), goal.behaviour().aim(), goal.indicator(),
				goal.indicator().direction(), measure.value(), goal.threshold(), measure.sample(),
				goal.indicator().sampleMinimum(), IndicatorArithmetic.verdict(goal.indicator(), measure, goal.threshold()));
	}

	/** The team's verdict on a rep-level comparison: missed when a rep missed, on the lowest judged value. */
	private static GoalsStatus.GoalRow worstRep(Goal goal, List<GoalsStatus.RepGoals> reps) {
		List<GoalsStatus.GoalRow> judged = reps.stream().flatMap(r -> r.goals().stream())
			.filter(r -> r.behaviour() == goal.behaviour() && r.verdict() != GoalsStatus.Verdict.NOT_ENOUGH_DATA)
			.toList();
		long sample = judged.stream().mapToLong(GoalsStatus.GoalRow::sample).sum();
		List<GoalsStatus.GoalRow> missed = judged.stream().filter(r -> r.verdict() == GoalsStatus.Verdict.MISSED)
			.toList();
		List<GoalsStatus.GoalRow> basis = missed.isEmpty() ? judged : missed;
		BigDecimal lowest = basis.stream().map(GoalsStatus.GoalRow::value).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
		GoalsStatus.Verdict verdict = judged.isEmpty() ? GoalsStatus.Verdict.NOT_ENOUGH_DATA
				: missed.isEmpty() ? GoalsStatus.Verdict.MET : GoalsStatus.Verdict.MISSED;
		return new GoalsStatus.GoalRow(goal.behaviour(), goal.behaviour().aim(), goal.indicator(),
				goal.indicator().direction(), lowest, goal.threshold(), sample, goal.indicator().sampleMinimum(), verdict);
	}

	static Measure teamMeasure(Indicator indicator, MonthFigures f) {
		Figures team = f.month().team();
		switch (indicator) {
			case CHERRY_PICK_INDEX:
				return new Measure(f.fairness().cherryPickIndex(), f.fairness().choices());
			case VALUE_OVER_FAIR_SHARE:
				BigDecimal highest = f.fairness().reps().stream().map(GoalsEvaluation::valueOverFairShare)
					.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
				return new Measure(highest, assigned(f.fairness()));
			case SMALL_ORDER_WAIT_RATIO:
				return IndicatorArithmetic.smallOrderWaitRatio(f.assignments().orderWaits());
			case OVER_CAP_SHARE:
				long taken = f.assignments().reps().stream().mapToLong(AssignmentFigures.RepAssignments::takenOn).sum();
				long over = f.assignments().reps().stream().mapToLong(AssignmentFigures.RepAssignments::overCap).sum();
				return new Measure(MetricsManagement.share(over, taken), taken);
			case REOPEN_RATE:
				return new Measure(team.satisfaction().reopenRate(), team.outcomes().closed());
			case FIRST_RESPONSE_SLA:
				return new Measure(team.speed().firstResponseSlaMetShare(), team.speed().firstResponseSlaCounted());
			case ASSISTS_GIVEN:
				long closers = f.month().reps().stream().filter(r -> r.figures().outcomes().closed() > 0).count();
				return new Measure(closers == 0 ? null : IndicatorArithmetic.ratio(
						BigDecimal.valueOf(team.collaboration().assistsGiven()), BigDecimal.valueOf(closers)),
						team.outcomes().closed());
			case ASSISTS_DECLINED_SHARE:
				long decided = f.assistDecisions().values().stream().mapToLong(AssistDecisions::decided).sum();
				long declined = f.assistDecisions().values().stream().mapToLong(AssistDecisions::declined).sum();
				return new Measure(MetricsManagement.share(declined, decided), decided);
			case MONTH_END_CLOSES:
				return f.monthOver() ? new Measure(MetricsManagement.share(f.teamMonthEndCloses(),
						team.outcomes().closed()), team.outcomes().closed()) : Measure.NONE;
			default:
				return Measure.NONE;
		}
	}

	static Measure repMeasure(Indicator indicator, TeamMetrics.RepFigures rep, MonthFigures f) {
		Figures mine = rep.figures();
		Figures team = f.month().team();
		switch (indicator) {
			case CHERRY_PICK_INDEX:
				FairnessReport.RepFairness fair = fairness(rep.repId(), f);
				return fair == null ? Measure.NONE : new Measure(fair.cherryPickIndex(), fair.choices());
			case VALUE_OVER_FAIR_SHARE:
				FairnessReport.RepFairness share = fairness(rep.repId(), f);
				return share == null ? Measure.NONE : new Measure(valueOverFairShare(share), assigned(f.fairness()));
			case OVER_CAP_SHARE:
				AssignmentFigures.RepAssignments a = f.assignments().reps().stream()
					.filter(r -> r.repId().equals(rep.repId())).findFirst().orElse(null);
				return a == null ? Measure.NONE : new Measure(MetricsManagement.share(a.overCap(), a.takenOn()),
						a.takenOn());
			case HANDLING_AGAINST_CSAT:
				return handlingAgainstCsat(mine, team);
			case REOPEN_RATE:
				return new Measure(mine.satisfaction().reopenRate(), mine.outcomes().closed());
			case FIRST_RESPONSE_SLA:
				return new Measure(mine.speed().firstResponseSlaMetShare(), mine.speed().firstResponseSlaCounted());
			case ASSISTS_GIVEN:
				return new Measure(BigDecimal.valueOf(mine.collaboration().assistsGiven()), mine.outcomes().closed());
			case ASSISTS_DECLINED_SHARE:
				AssistDecisions d = f.assistDecisions().get(rep.repId());
				return d == null ? Measure.NONE : new Measure(MetricsManagement.share(d.declined(), d.decided()),
						d.decided());
			case MONTH_END_CLOSES:
				long closed = mine.outcomes().closed();
				return f.monthOver() ? new Measure(MetricsManagement.share(
						f.monthEndCloses().getOrDefault(rep.repId(), 0L), closed), closed) : Measure.NONE;
			default:
				return Measure.NONE;
		}
	}

	/**
	 * The rep's handling median over the team's; when the rep's CSAT is at or above the team's, short handling is
	 * no concern, so the value is reported as 1 (met). The sample is the smaller of closes and CSAT answers.
	 */
	static Measure handlingAgainstCsat(Figures mine, Figures team) {
		Long handling = mine.speed().handlingMedianSeconds();
		Long teamHandling = team.speed().handlingMedianSeconds();
		BigDecimal csat = mine.satisfaction().csatAverage();
		BigDecimal teamCsat = team.satisfaction().csatAverage();
		if (handling == null || teamHandling == null || csat == null || teamCsat == null) {
			return Measure.NONE;
		}
		long sample = Math.min(mine.outcomes().closed(), mine.satisfaction().csatResponses());
		if (csat.compareTo(teamCsat) >= 0) {
			return new Measure(BigDecimal.ONE, sample);
		}
		return new Measure(IndicatorArithmetic.ratio(BigDecimal.valueOf(handling), BigDecimal.valueOf(teamHandling)),
				sample);
	}

	private static @Nullable BigDecimal valueOverFairShare(FairnessReport.RepFairness rep) {
		return IndicatorArithmetic.ratio(rep.valueShare(), rep.fairShare());
	}

	private static long assigned(FairnessReport fairness) {
		return fairness.reps().stream().mapToLong(FairnessReport.RepFairness::assigned).sum();
	}

	private static FairnessReport.@Nullable RepFairness fairness(RepId rep, MonthFigures f) {
		return f.fairness().reps().stream().filter(r -> r.repId().equals(rep)).findFirst().orElse(null);
	}

	static List<GoalsStatus.GamingSignal> signals(MonthFigures f) {
		List<GoalsStatus.GamingSignal> signals = new ArrayList<>();
		if (f.monthOver()) {
			long closed = f.month().team().outcomes().closed();
			BigDecimal share = MetricsManagement.share(f.teamMonthEndCloses(), closed);
			if (closed >= SIGNAL_SAMPLE && share != null && share.compareTo(BUNCHED_CLOSES) >= 0) {
				signals.add(new GoalsStatus.GamingSignal(null, GoalsStatus.Signal.CLOSES_BUNCHED_AT_MONTH_END,
						share + " of the month's closes in its last 3 business days"));
			}
		}
		if (f.previous() != null) {
			fasterButLessSatisfied(null, f.month().team(), f.previous().team(), signals);
			for (TeamMetrics.RepFigures rep : f.month().reps()) {
				f.previous().reps().stream().filter(p -> p.repId().equals(rep.repId())).findFirst()
					.ifPresent(p -> fasterButLessSatisfied(rep.repId(), rep.figures(), p.figures(), signals));
			}
		}
		for (FairnessReport.RepFairness rep : f.fairness().reps()) {
			if (rep.choices() >= SIGNAL_SAMPLE && rep.cherryPickIndex() != null
					&& rep.cherryPickIndex().compareTo(LARGE_ORDER_CLAIMS) >= 0) {
				signals.add(new GoalsStatus.GamingSignal(rep.repId(), GoalsStatus.Signal.SMALL_ORDERS_AVOIDED,
						rep.name() + ": " + rep.claims() + " claims and " + (rep.choices() - rep.claims())
								+ " skips or hand-backs of valued requests at a cherry-pick index of " + rep.cherryPickIndex()));
			}
		}
		return signals;
	}

	private static void fasterButLessSatisfied(@Nullable RepId rep, Figures now, Figures before,
			List<GoalsStatus.GamingSignal> signals) {
		Long handling = now.speed().handlingMedianSeconds();
		Long handlingBefore = before.speed().handlingMedianSeconds();
		BigDecimal csat = now.satisfaction().csatAverage();
		BigDecimal csatBefore = before.satisfaction().csatAverage();
		if (handling == null || handlingBefore == null || csat == null || csatBefore == null
				|| now.outcomes().closed() < SIGNAL_SAMPLE || before.outcomes().closed() < SIGNAL_SAMPLE) {
			return;
		}
		if (handling < handlingBefore && csat.compareTo(csatBefore) < 0) {
			signals.add(new GoalsStatus.GamingSignal(rep, GoalsStatus.Signal.FASTER_BUT_LESS_SATISFIED,
					"handling median " + handlingBefore + " s → " + handling + " s, CSAT " + csatBefore + " → " + csat));
		}
	}
}
