package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fairdesk.lab.simulation.Scenario.Policy;
import org.fairdesk.lab.simulation.SimulationResult.Cell;
import org.junit.jupiter.api.Test;

/**
 * The effects docs/lab.md says the model shows (issue 16, item 6), each read off the model's output: none is written
 * into the model as such. Seeds are fixed, so each run repeats; comparisons of figures are between 95 % intervals
 * (one's low above the other's high), and comparisons of responses hold on two seeds.
 */
class SimulationEffectsTests {

	static String scenario(long seed, String plans, String policies, String team, int replications,
			String behaviour) {
		return """
				seed: %d
				months: 2
				replications: %d
				policies: [%s]
				team: %s
				plans:
				%s
				behaviour: %s
				""".formatted(seed, replications, policies, team, plans, behaviour);
	}

	static final String VOLUME = """
			  - yaml: |
			      name: Volume
			      components:
			        - type: pool
			          basis: REVENUE
			          percent: 3
			          split:
			            by: BY_SCORECARD
			            scorecard:
			              cap: 3
			              measures:
			                - {metric: ORDERS_FULFILLED, weight: 50}
			                - {metric: QUERIES_RESOLVED, weight: 50}
			""";

	static String prize(int amount) {
		return """
				  - yaml: |
				      name: Prize %d
				      components:
				        - type: prizes
				          rankBy: SCORECARD
				          scorecard:
				            cap: 2
				            measures:
				              - {metric: ORDER_REVENUE, weight: 30}
				              - {metric: QUOTES_WON, weight: 25}
				              - {metric: QUERIES_RESOLVED, weight: 25}
				              - {metric: CSAT, weight: 20, minSample: 3}
				          amounts: [%d]
				          ties: SHARE
				""".formatted(amount, amount);
	}

	private static SimulationResult commissionRun;

	/** Commission under SELF_ELECT, ROUND_ROBIN and RANDOM: shared by (a) and (e). */
	private static synchronized SimulationResult commission() {
		if (commissionRun == null) {
			commissionRun = Simulation.run(Scenarios.read(scenario(7, "  - preset: commission",
					"SELF_ELECT, ROUND_ROBIN, RANDOM", "{size: 6}", 8, "{trainingMonths: 3}")));
		}
		return commissionRun;
	}

	@Test
	void selfElectWithCommissionBringsCherryPickingAndSmallCustomersWaitLonger() {
		SimulationResult result = commission();
		Cell selfElect = result.cell("Commission", Policy.SELF_ELECT);
		Cell roundRobin = result.cell("Commission", Policy.ROUND_ROBIN);
		Cell random = result.cell("Commission", Policy.RANDOM);

		assertThat(selfElect.prevalence().get("cherryPick")).isPositive();
		assertThat(roundRobin.prevalence().get("cherryPick")).isZero();
		assertThat(random.prevalence().get("cherryPick")).isZero();
		Estimate small = selfElect.figure("waitSmallHours");
		assertThat(small.low()).isGreaterThan(roundRobin.figure("waitSmallHours").high())
			.isGreaterThan(random.figure("waitSmallHours").high());
		// Under SELF_ELECT alone small requests wait longer than large ones: the cherry-pickers pass them over.
		assertThat(small.low()).isGreaterThan(selfElect.figure("waitLargeHours").high());
		assertThat(selfElect.figure("cherryPickIndex").low()).isGreaterThan(0.55);
	}

	@Test
	void payOnVolumeAloneShortensHandlingAndLowersSatisfaction() {
		SimulationResult result = Simulation.run(Scenarios.read(scenario(7,
				VOLUME + "  - preset: pool-split-equally\n  - preset: team-first-hybrid", "LEAST_LOADED", "{size: 6}",
				8, "{trainingMonths: 3, maxRounds: 4}")));
		Cell volume = result.cell("Volume", Policy.LEAST_LOADED);
		Cell flat = result.cell("Team pool split equally", Policy.LEAST_LOADED);
		Cell gated = result.cell("Team-first hybrid", Policy.LEAST_LOADED);

		assertThat(volume.prevalence().get("rush")).isPositive();
		assertThat(flat.prevalence().get("rush")).isZero();
		assertThat(gated.prevalence().get("rush")).isZero();
		for (Cell other : List.of(flat, gated)) {
			assertThat(volume.figure("handlingHours").high()).isLessThan(other.figure("handlingHours").low());
			assertThat(volume.figure("csat").high()).isLessThan(other.figure("csat").low());
			assertThat(volume.figure("reopenRate").low()).isGreaterThan(other.figure("reopenRate").high());
		}
	}

	@Test
	void aLargerMonthlyPrizeBringsMoreUndermining() {
		double[] prevalence = new double[3];
		int[] amounts = { 200, 1000, 5000 };
		for (long seed : new long[] { 7, 11 }) {
			SimulationResult result = Simulation.run(Scenarios.read(scenario(seed,
					prize(amounts[0]) + prize(amounts[1]) + prize(amounts[2]), "ROUND_ROBIN",
					"{size: 6, skill: [1, 1], speed: [1, 1], quality: [1, 1], gamingAversion: [0, 1000], "
							+ "riskAversion: [0, 0]}",
					2, "{trainingMonths: 6}")));
			for (int p = 0; p < 3; p++) {
				prevalence[p] += result.cell("Prize " + amounts[p], Policy.ROUND_ROBIN).prevalence().get("undermine")
						/ 2;
			}
		}
		assertThat(prevalence[0]).isLessThanOrEqualTo(prevalence[1]);
		assertThat(prevalence[1]).isLessThan(prevalence[2]);
		assertThat(prevalence[2]).isGreaterThanOrEqualTo(0.25);
	}

	@Test
	void anEqualSplitLosesEffortAsTheTeamGrowsAScorecardWithAssistsAndCsatLess() {
		double[][] effort = new double[2][2];
		int[] sizes = { 2, 8 };
		for (int s = 0; s < 2; s++) {
			SimulationResult result = Simulation.run(Scenarios.read(scenario(7,
					"  - preset: pool-split-equally\n  - preset: team-first-hybrid", "ROUND_ROBIN",
					"{size: " + sizes[s] + "}", 2, "{trainingMonths: 3}")));
			effort[0][s] = result.cell("Team pool split equally", Policy.ROUND_ROBIN).meanEffort();
			effort[1][s] = result.cell("Team-first hybrid", Policy.ROUND_ROBIN).meanEffort();
		}
		double equalDrop = (effort[0][0] - effort[0][1]) / effort[0][0];
		double scorecardDrop = (effort[1][0] - effort[1][1]) / effort[1][0];
		assertThat(effort[0][1]).isLessThan(effort[0][0]);
		assertThat(effort[1][1]).isGreaterThan(effort[0][1]);
		assertThat(scorecardDrop).isLessThan(equalDrop);
	}

	@Test
	void underRandomAssignmentTheCherryPickIndexIsAboutOneHalf() {
		Cell random = commission().cell("Commission", Policy.RANDOM);
		for (SimulationResult.Rep rep : random.reps()) {
			assertThat(rep.cherryPickIndex().mean()).isBetween(0.46, 0.54);
		}
		double mean = random.reps().stream().mapToDouble(r -> r.cherryPickIndex().mean()).average().orElseThrow();
		assertThat(mean).isBetween(0.48, 0.52);
	}
}
