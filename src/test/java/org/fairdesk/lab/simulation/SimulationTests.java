package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.fairdesk.incentives.Calculator;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.Statement;
import org.fairdesk.lab.simulation.Scenario.Policy;
import org.junit.jupiter.api.Test;

class SimulationTests {

	private static final String SCENARIO = """
			seed: 42
			months: 3
			replications: 6
			policies: [LEAST_LOADED, SELF_ELECT]
			plans: [{preset: commission}, {preset: team-first-hybrid}]
			team: {size: 5}
			behaviour: {trainingMonths: 2, maxRounds: 3}
			""";

	@Test
	void theSameSeedGivesTheSameResultWhateverTheNumberOfThreads() {
		Scenario scenario = Scenarios.read(SCENARIO);

		SimulationResult one = Simulation.run(scenario, 1, new Progress());
		SimulationResult three = Simulation.run(scenario, 3, new Progress());

		assertThat(one.status()).isEqualTo(SimulationResult.Status.DONE);
		assertThat(three.cells()).isEqualTo(one.cells());
		assertThat(three.monthsSimulated()).isEqualTo(one.monthsSimulated());
		assertThat(one.cells()).hasSize(4);
		assertThat(one.cell("Commission", Policy.SELF_ELECT).figure("revenue").replications()).isEqualTo(6);
	}

	@Test
	void anotherSeedGivesOtherFigures() {
		SimulationResult a = Simulation.run(Scenarios.read(SCENARIO), 2, new Progress());
		SimulationResult b = Simulation.run(Scenarios.read(SCENARIO.replace("seed: 42", "seed: 43")), 2, new Progress());

		assertThat(b.cell("Commission", Policy.LEAST_LOADED).figure("revenue"))
			.isNotEqualTo(a.cell("Commission", Policy.LEAST_LOADED).figure("revenue"));
	}

	@Test
	void everyFigureHasAnIntervalAroundItsMean() {
		SimulationResult result = Simulation.run(Scenarios.read(SCENARIO), 2, new Progress());

		result.cells().forEach(cell -> cell.figures().forEach((name, e) -> {
			assertThat(e.low()).as(name).isLessThanOrEqualTo(e.mean());
			assertThat(e.high()).as(name).isGreaterThanOrEqualTo(e.mean());
		}));
		SimulationResult.Cell cell = result.cell("Team-first hybrid", Policy.LEAST_LOADED);
		assertThat(cell.figure("payGini").mean()).isBetween(0.0, 1.0);
		assertThat(cell.figure("csat").mean()).isBetween(1.0, 5.0);
		assertThat(cell.reps()).hasSize(5);
	}

	@Test
	void aSimulatedMonthIsPaidByTheCalculatorFromAFactsDocument() {
		Scenario scenario = Scenarios.read(SCENARIO);
		MonthArrivals arrivals = Simulation.training(scenario).get(0);
		Choice[] choices = new Choice[5];
		java.util.Arrays.fill(choices, new Choice(3, false, false, false, true, false, false));
		SimulatedMonth month = SimulatedMonth.run(arrivals, scenario, Policy.ROUND_ROBIN, choices,
				SimulatedMonth.Carry.none(5), false);

		PeriodFacts facts = SimulatedFacts.facts(scenario, arrivals.period, month);
		double[] pay = SimulatedFacts.pay(scenario.plans().get(0), scenario, arrivals.period, month);

		assertThat(facts.reps()).hasSize(5);
		assertThat(facts.team().orders().fulfilled())
			.isEqualTo(facts.reps().stream().mapToLong(PeriodFacts.RepFacts::ordersFulfilled).sum());
		assertThat(facts.team().reopens().closed()).isEqualTo(arrivals.size);
		for (Statement statement : Calculator.calculate(scenario.plans().get(0), facts)) {
			assertThat(pay[(int) statement.repId().value() - 1])
				.isEqualTo(statement.payout().amount().doubleValue());
		}
	}

	@Test
	void aCancelledRunStopsAndFreesItsThreads() throws Exception {
		Scenario scenario = Scenarios.read(SCENARIO.replace("replications: 6", "replications: 1000"));
		Progress progress = new Progress();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CompletableFuture<SimulationResult> run = CompletableFuture
			.supplyAsync(() -> Simulation.run(scenario, pool, progress));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (progress.done() < 50 && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		progress.cancel();

		assertThat(run.get(30, TimeUnit.SECONDS).status()).isEqualTo(SimulationResult.Status.CANCELLED);
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(progress.done()).isLessThan(progress.total());
	}

	@Test
	void withoutResponsesEveryoneKeepsEffortOneAndNoBehaviour() {
		SimulationResult result = Simulation.run(Scenarios.read(SCENARIO.replace("maxRounds: 3", "respond: false")), 2,
				new Progress());

		result.cells().forEach(cell -> {
			assertThat(cell.meanEffort()).isEqualTo(1.0);
			assertThat(cell.prevalence().values()).containsOnly(0.0);
		});
	}
}
