package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fairdesk.lab.Behaviour;
import org.fairdesk.lab.Goal;
import org.fairdesk.lab.Indicator;
import org.junit.jupiter.api.Test;

/** A plan × policy judged against goals: met or missed only when the whole interval says so. */
class GoalVerdictsTests {

	private static final Goal CHERRY = new Goal(Behaviour.CHERRY_PICKING, Indicator.CHERRY_PICK_INDEX,
			new BigDecimal("0.6"), true);

	private static final Goal PROMPT = new Goal(Behaviour.RESPOND_PROMPTLY, Indicator.FIRST_RESPONSE_SLA,
			new BigDecimal("0.9"), true);

	@Test
	void aGoalIsMetOrMissedOnlyWhenItsWholeIntervalSaysSo() {
		assertThat(verdict(CHERRY, "cherryPickIndex", new Estimate(0.52, 0.50, 0.55, 20)))
			.isEqualTo(GoalVerdicts.Verdict.MET);
		assertThat(verdict(CHERRY, "cherryPickIndex", new Estimate(0.70, 0.65, 0.75, 20)))
			.isEqualTo(GoalVerdicts.Verdict.MISSED);
		assertThat(verdict(CHERRY, "cherryPickIndex", new Estimate(0.60, 0.55, 0.65, 20)))
			.isEqualTo(GoalVerdicts.Verdict.UNCERTAIN);
		assertThat(verdict(PROMPT, "slaMetShare", new Estimate(0.95, 0.92, 0.97, 20)))
			.as("at least: the whole interval above").isEqualTo(GoalVerdicts.Verdict.MET);
		assertThat(verdict(PROMPT, "slaMetShare", new Estimate(0.80, 0.78, 0.85, 20)))
			.isEqualTo(GoalVerdicts.Verdict.MISSED);
	}

	@Test
	void smallOrdersWaitsAreARatioWithAConservativeIntervalAndUnmodelledGoalsSaySo() {
		Estimate ratio = GoalVerdicts.ratio(new Estimate(3, 2, 4, 10), new Estimate(1.5, 1, 2, 10));
		assertThat(ratio.mean()).isEqualTo(2.0);
		assertThat(ratio.low()).isEqualTo(1.0);
		assertThat(ratio.high()).isEqualTo(4.0);
		assertThat(GoalVerdicts.ratio(new Estimate(3, 2, 4, 10), new Estimate(0, 0, 0, 10))).isNull();

		Goal overCap = new Goal(Behaviour.TAKING_ON_TOO_MUCH, Indicator.OVER_CAP_SHARE, new BigDecimal("0.05"), true);
		Goal unwatched = new Goal(Behaviour.HELP_COLLEAGUES, Indicator.ASSISTS_GIVEN, BigDecimal.ONE, false);
		List<GoalVerdicts.CellVerdicts> cells = GoalVerdicts.of(result(Map.of("cherryPickIndex",
				new Estimate(0.5, 0.5, 0.5, 1))), List.of(overCap, unwatched), 4);
		assertThat(cells).singleElement().satisfies(cell -> assertThat(cell.goals()).singleElement()
			.satisfies(g -> {
				assertThat(g.verdict()).isEqualTo(GoalVerdicts.Verdict.NOT_MODELLED);
				assertThat(g.figure()).isNull();
			}));
	}

	private static GoalVerdicts.Verdict verdict(Goal goal, String figure, Estimate estimate) {
		return GoalVerdicts.of(result(Map.of(figure, estimate)), List.of(goal), 4).get(0).goals().get(0).verdict();
	}

	private static SimulationResult result(Map<String, Estimate> figures) {
		return new SimulationResult(SimulationResult.Status.DONE, List.of(new SimulationResult.Cell("Commission",
				Scenario.Policy.SELF_ELECT, true, 1, 1.0, Map.of(), figures, List.of())), 1);
	}
}
