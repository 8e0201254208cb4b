package org.fairdesk.lab.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.lab.simulation.Responses.Equilibrium;
import org.fairdesk.lab.simulation.Scenario.Policy;

/**
 * Runs a scenario: for each plan and routing policy, first how the reps respond (best responses on training months),
 * then the scenario's replications of its months under those responses, on a bounded executor; a cell's
 * replications start as soon as its responses are solved. The result is the
 * same for a seed whatever the number of threads: each replication has its own random stream, seeded from the seed
 * and its index, and results are reduced in replication order.
 */
public final class Simulation {

	private Simulation() {
	}

	/** Runs on a pool of one thread per core, closed when done. */
	public static SimulationResult run(Scenario scenario) {
		return run(scenario, Runtime.getRuntime().availableProcessors(), new Progress());
	}

	public static SimulationResult run(Scenario scenario, int threads, Progress progress) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			return run(scenario, pool, progress);
		}
		finally {
			pool.shutdownNow();
		}
	}

	public static SimulationResult run(Scenario scenario, ExecutorService executor, Progress progress) {
		record CellKey(PlanVersion plan, Policy policy) {
		}
		List<CellKey> keys = new ArrayList<>();
		for (PlanVersion plan : scenario.plans()) {
			for (Policy policy : scenario.policies()) {
				keys.add(new CellKey(plan, policy));
			}
		}
		List<MonthArrivals> training = training(scenario);
		progress.expect((long) keys.size() * scenario.replications() * scenario.months());
		// Every future started, the replications' too (submitted by the cells' tasks): all are cancelled together.
		List<Future<?>> started = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<CellRun>> runs = new ArrayList<>();
			for (CellKey key : keys) {
				Future<CellRun> f = executor.submit(() -> {
					Equilibrium equilibrium = new Responses(scenario, key.plan(), key.policy(), training, progress)
						.solve();
					return new CellRun(equilibrium, replicate(scenario, key.plan(), key.policy(), equilibrium,
							executor, progress, started));
				});
				runs.add(f);
				started.add(f);
			}
			List<SimulationResult.Cell> cells = new ArrayList<>();
			for (int c = 0; c < keys.size(); c++) {
				CellRun run = runs.get(c).get();
				cells.add(reduce(scenario, keys.get(c).plan().name(), keys.get(c).policy(), run.equilibrium(),
						run.replications()));
			}
			return new SimulationResult(SimulationResult.Status.DONE, cells, progress.done());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			progress.cancel();
			started.forEach(f -> f.cancel(true));
			return new SimulationResult(SimulationResult.Status.CANCELLED, List.of(), progress.done());
		}
		catch (ExecutionException e) {
			started.forEach(f -> f.cancel(true));
			if (e.getCause() instanceof CancellationException) {
				return new SimulationResult(SimulationResult.Status.CANCELLED, List.of(), progress.done());
			}
			throw new IllegalStateException("The simulation failed: " + e.getCause(), e.getCause());
		}
	}

	/** A cell's responses, and its replications under them, started as soon as the responses were solved. */
	private record CellRun(Equilibrium equilibrium, List<Future<Replication.Outcome>> replications) {
	}

	/**
	 * Submits a cell's replications from the task that solved its responses, so the pool turns to them while other
	 * cells' responses are still being solved, rather than waiting for the slowest cell's.
	 */
	private static List<Future<Replication.Outcome>> replicate(Scenario scenario, PlanVersion plan, Policy policy,
			Equilibrium equilibrium, ExecutorService executor, Progress progress, List<Future<?>> started) {
		List<Future<Replication.Outcome>> cell = new ArrayList<>();
		for (int r = 0; r < scenario.replications() && !progress.cancelled(); r++) {
			int index = r;
			Future<Replication.Outcome> f = executor
				.submit(() -> Replication.run(scenario, plan, policy, equilibrium.choices(), index, progress));
			cell.add(f);
			started.add(f);
		}
		if (progress.cancelled()) {
			throw new CancellationException("the run was cancelled");
		}
		return cell;
	}

	/** The months every choice is weighed on: the same for every plan and policy. */
	static List<MonthArrivals> training(Scenario scenario) {
		SplittableRandom random = Replication.random(scenario.seed(), -1);
		List<MonthArrivals> months = new ArrayList<>();
		for (int m = 0; m < scenario.behaviour().trainingMonths(); m++) {
			months.add(MonthArrivals.draw(scenario.arrivals(), scenario.reps().size(), scenario.start().plusMonths(m),
					random));
		}
		return months;
	}

	private static SimulationResult.Cell reduce(Scenario scenario, String plan, Policy policy, Equilibrium equilibrium,
			List<Future<Replication.Outcome>> outcomes) throws InterruptedException, ExecutionException {
		int n = scenario.reps().size();
		Estimate.Running[] figures = new Estimate.Running[Figure.values().length];
		for (int f = 0; f < figures.length; f++) {
			figures[f] = new Estimate.Running();
		}
		Estimate.Running[] pay = new Estimate.Running[n];
		Estimate.Running[] index = new Estimate.Running[n];
		for (int i = 0; i < n; i++) {
			pay[i] = new Estimate.Running();
			index[i] = new Estimate.Running();
		}
		for (Future<Replication.Outcome> future : outcomes) {
			Replication.Outcome outcome = future.get();
			for (int f = 0; f < figures.length; f++) {
				figures[f].add(outcome.figures()[f]);
			}
			for (int i = 0; i < n; i++) {
				pay[i].add(outcome.pay()[i]);
				index[i].add(outcome.cherryPickIndex()[i]);
			}
		}
		Map<String, Estimate> named = new LinkedHashMap<>();
		for (Figure f : Figure.values()) {
			named.put(f.key, figures[f.ordinal()].estimate());
		}
		List<Double> levels = scenario.behaviour().effortLevels();
		List<Choice> choices = equilibrium.choices();
		Map<String, Double> prevalence = new LinkedHashMap<>();
		for (int b = 0; b < Choice.BEHAVIOURS; b++) {
			int behaviour = b;
			prevalence.put(Choice.behaviourName(b),
					choices.stream().filter(c -> c.behaviour(behaviour)).count() / (double) n);
		}
		List<SimulationResult.Rep> reps = new ArrayList<>();
		double effort = 0;
		for (int i = 0; i < n; i++) {
			Choice c = choices.get(i);
			List<String> behaviours = new ArrayList<>();
			for (int b = 0; b < Choice.BEHAVIOURS; b++) {
				if (c.behaviour(b)) {
					behaviours.add(Choice.behaviourName(b));
				}
			}
			effort += levels.get(c.effort());
			reps.add(new SimulationResult.Rep(i + 1, levels.get(c.effort()), behaviours, pay[i].estimate(),
					index[i].estimate()));
		}
		return new SimulationResult.Cell(plan, policy, equilibrium.settled(), equilibrium.rounds(), effort / n,
				prevalence, named, reps);
	}
}
