package org.fairdesk.lab.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.Indicator;
import org.fairdesk.lab.simulation.Scenario.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Each plan × policy of a run judged against the behaviour goals (docs/lab.md, "Verdicts"): the simulated figure
 * that stands for each goal's indicator, its 95 % interval, and MET when the whole interval meets the threshold,
 * MISSED when the whole interval misses it, UNCERTAIN when it straddles it (more replications decide), NOT_MODELLED
 * for an indicator the model has no figure for. Signals for choosing a plan, computed from the run's figures only.
 */
public final class GoalVerdicts {

	private GoalVerdicts() {
	}

	public enum Verdict {
		MET, MISSED, UNCERTAIN, NOT_MODELLED
	}

	/** One goal on one plan × policy: the figure standing for its indicator, or none when the model has none. */
	public record GoalVerdict(String behaviour, Indicator indicator, Indicator.Direction direction,
			BigDecimal threshold, @Nullable Estimate figure, Verdict verdict) {
	}

	public record CellVerdicts(String plan, Policy policy, List<GoalVerdict> goals) {
	}

	/** The verdicts of every cell of a run against the watched goals, in the run's order. */
	public static List<CellVerdicts> of(SimulationResult result, List<Goal> goals, int teamSize) {
		List<CellVerdicts> cells = new ArrayList<>();
		for (SimulationResult.Cell cell : result.cells()) {
			List<GoalVerdict> verdicts = new ArrayList<>();
			for (Goal goal : goals) {
				if (goal.enabled()) {
					verdicts.add(judge(goal, figure(goal.indicator(), cell, teamSize)));
				}
			}
			cells.add(new CellVerdicts(cell.plan(), cell.policy(), List.copyOf(verdicts)));
		}
		return List.copyOf(cells);
	}

	/**
	 * The simulated figure standing for a live indicator (docs/lab.md says how each differs from the live one), or
	 * null when the model has none.
	 */
	static @Nullable Estimate figure(Indicator indicator, SimulationResult.Cell cell, int teamSize) {
		return switch (indicator) {
			case CHERRY_PICK_INDEX -> cell.figure("cherryPickIndex");
			case SMALL_ORDER_WAIT_RATIO -> ratio(cell.figure("waitSmallHours"), cell.figure("waitLargeHours"));
			case REOPEN_RATE -> cell.figure("reopenRate");
			case FIRST_RESPONSE_SLA -> cell.figure("slaMetShare");
			case ASSISTS_GIVEN -> perRep(cell.figure("assists"), teamSize);
			default -> null;
		};
	}

	static GoalVerdict judge(Goal goal, @Nullable Estimate figure) {
		Indicator.Direction direction = goal.indicator().direction();
		double threshold = goal.threshold().doubleValue();
		Verdict verdict;
		if (figure == null) {
			verdict = Verdict.NOT_MODELLED;
		}
		else if (meets(direction, figure.low(), threshold) && meets(direction, figure.high(), threshold)) {
			verdict = Verdict.MET;
		}
		else if (!meets(direction, figure.low(), threshold) && !meets(direction, figure.high(), threshold)) {
			verdict = Verdict.MISSED;
		}
		else {
			verdict = Verdict.UNCERTAIN;
		}
		return new GoalVerdict(goal.behaviour().name(), goal.indicator(), direction, goal.threshold(), figure, verdict);
	}

	private static boolean meets(Indicator.Direction direction, double value, double threshold) {
		return direction == Indicator.Direction.AT_MOST ? value <= threshold : value >= threshold;
	}

	/**
	 * The ratio of two means, its interval the widest the two intervals allow (the lowest numerator over the highest
	 * denominator, and the other way round): conservative, never narrower than the truth.
	 */
	static @Nullable Estimate ratio(Estimate top, Estimate bottom) {
		if (bottom.mean() <= 0 || bottom.low() <= 0) {
			return null;
		}
		return new Estimate(top.mean() / bottom.mean(), top.low() / bottom.high(), top.high() / bottom.low(),
				Math.min(top.replications(), bottom.replications()));
	}

	private static Estimate perRep(Estimate team, int teamSize) {
		return new Estimate(team.mean() / teamSize, team.low() / teamSize, team.high() / teamSize,
				team.replications());
	}
}
