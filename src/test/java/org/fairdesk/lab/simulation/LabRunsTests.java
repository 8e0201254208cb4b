package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.fairdesk.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabRunsTests {

	private static final String SCENARIO = """
			months: 2
			replications: 2
			policies: [ROUND_ROBIN]
			plans: [{preset: commission}]
			team: {size: 3}
			behaviour: {trainingMonths: 1, maxRounds: 2}
			""";

	private final LabRuns runs = new LabRuns(null);

	@AfterEach
	void stop() {
		runs.destroy();
	}

	@Test
	void aRunShowsItsProgressThenItsResult() {
		LabRuns.Run started = runs.start(SCENARIO).orElseThrow();

		LabRuns.Run done = waitFor(started.id());
		assertThat(done.status()).isEqualTo(LabRuns.Status.DONE);
		assertThat(done.result().cells()).singleElement()
			.satisfies(cell -> assertThat(cell.plan()).isEqualTo("Commission"));
		assertThat(done.monthsDone()).isEqualTo(done.monthsTotal()).isPositive();
		// judged against the default goals, each watched one once, from the cell's own figures
		assertThat(done.verdicts()).singleElement().satisfies(cell -> {
			assertThat(cell.goals()).hasSize(org.fairdesk.lab.GoalManagement.defaults().size());
			assertThat(cell.goals()).filteredOn(g -> g.behaviour().equals("KEEP_CUSTOMERS_SATISFIED")).singleElement()
				.satisfies(g -> assertThat(g.figure()).isEqualTo(done.result().cells().get(0).figure("reopenRate")));
			assertThat(cell.goals()).filteredOn(g -> g.behaviour().equals("TAKING_ON_TOO_MUCH")).singleElement()
				.satisfies(g -> assertThat(g.verdict()).isEqualTo(GoalVerdicts.Verdict.NOT_MODELLED));
		});
	}

	@Test
	void aWrongScenarioIsRefusedBeforeItIsQueued() {
		assertThatThrownBy(() -> runs.start("policies: [NOBODY]\nplans: [{preset: commission}]\n"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("policies[0]");
	}

	@Test
	void aFullQueueRefusesAndACancelledRunStops() {
		String long_ = SCENARIO.replace("replications: 2", "replications: 1000").replace("months: 2", "months: 60");
		LabRuns.Run first = runs.start(long_).orElseThrow();
		for (int i = 0; i < LabRuns.QUEUED; i++) {
			assertThat(runs.start(long_)).isPresent();
		}
		assertThat(runs.start(long_)).isEmpty();

		assertThat(runs.cancel(first.id())).isPresent();
		assertThat(waitFor(first.id()).status()).isEqualTo(LabRuns.Status.CANCELLED);
		assertThat(runs.find(UUID.randomUUID())).isEmpty();
	}

	/**
	 * A walk-through's finding: cancelling waiting runs left them in the run queue, so a new run was refused until the
	 * running one ended. A cancelled waiting run leaves the queue at once; a cancelled running one says CANCELLED at
	 * once and stays so.
	 */
	@Test
	void cancellingAWaitingRunFreesItsPlaceAndARunningRunIsAnsweredCancelled() {
		String long_ = SCENARIO.replace("replications: 2", "replications: 1000").replace("months: 2", "months: 60");
		LabRuns.Run running = runs.start(long_).orElseThrow();
		java.util.List<LabRuns.Run> waiting = new java.util.ArrayList<>();
		for (int i = 0; i < LabRuns.QUEUED; i++) {
			waiting.add(runs.start(long_).orElseThrow());
		}
		assertThat(runs.start(long_)).isEmpty();

		for (LabRuns.Run run : waiting) {
			assertThat(runs.cancel(run.id())).hasValueSatisfying(
					cancelled -> assertThat(cancelled.status()).isEqualTo(LabRuns.Status.CANCELLED));
		}
		// every place is free again while the first run still runs
		assertThat(runs.find(running.id()).orElseThrow().active()).isTrue();
		java.util.List<LabRuns.Run> again = new java.util.ArrayList<>();
		for (int i = 0; i < LabRuns.QUEUED; i++) {
			again.add(runs.start(long_).orElseThrow());
		}
		assertThat(runs.start(long_)).isEmpty();
		assertThat(waiting).allSatisfy(
				run -> assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(LabRuns.Status.CANCELLED));

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (runs.find(running.id()).orElseThrow().status() != LabRuns.Status.RUNNING
				&& System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(runs.cancel(running.id())).hasValueSatisfying(
				cancelled -> assertThat(cancelled.status()).isEqualTo(LabRuns.Status.CANCELLED));
		LabRuns.Run stopped = waitFor(running.id());
		assertThat(stopped.status()).isEqualTo(LabRuns.Status.CANCELLED);
		assertThat(stopped.result()).isNull();
		// the next waiting run takes the freed thread; the cancelled ones never ran
		LabRuns.Run next = runs.find(again.get(0).id()).orElseThrow();
		deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (next.status() == LabRuns.Status.QUEUED && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			next = runs.find(again.get(0).id()).orElseThrow();
		}
		assertThat(next.status()).isEqualTo(LabRuns.Status.RUNNING);
		assertThat(waiting).allSatisfy(run -> assertThat(runs.find(run.id()).orElseThrow().monthsDone()).isZero());
		again.forEach(run -> runs.cancel(run.id()));
	}

	private LabRuns.Run waitFor(UUID id) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		LabRuns.Run run = runs.find(id).orElseThrow();
		while ((run.status() == LabRuns.Status.QUEUED || run.status() == LabRuns.Status.RUNNING)
				&& System.nanoTime() < deadline) {
			Thread.onSpinWait();
			run = runs.find(id).orElseThrow();
		}
		return run;
	}

	@Test
	void webRunsLeaveTheWebAppACoreUnlessConfigured() {
		assertThat(LabRuns.threads(null)).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
		assertThat(LabRuns.threads(0)).isEqualTo(1);
		assertThat(LabRuns.threads(3)).isEqualTo(3);
	}
}
