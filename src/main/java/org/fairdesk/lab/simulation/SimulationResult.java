package org.fairdesk.lab.simulation;

import java.util.List;
import java.util.Map;

import org.fairdesk.lab.simulation.Scenario.Policy;

/**
 * What a run found: for each plan and routing policy, how the reps responded and the team's figures over the
 * replications (docs/lab.md, "The simulation", lists each figure).
 */
public record SimulationResult(Status status, List<Cell> cells, long monthsSimulated) {

	public enum Status {
		DONE, CANCELLED
	}

	/**
	 * One plan under one routing policy.
	 *
	 * @param settled whether the best responses settled (nobody wanted to change) within the round limit
	 * @param rounds the rounds it took (the limit, when they did not settle)
	 * @param figures team figures a month, each a mean over the replications with its 95 % interval
	 * @param prevalence the share of reps using each behaviour
	 */
	public record Cell(String plan, Policy policy, boolean settled, int rounds, double meanEffort,
			Map<String, Double> prevalence, Map<String, Estimate> figures, List<Rep> reps) {

		public Estimate figure(String name) {
			Estimate estimate = figures.get(name);
			if (estimate == null) {
				throw new IllegalArgumentException("no figure " + name + "; figures are " + figures.keySet());
			}
			return estimate;
		}
	}

	/**
	 * One rep's response and pay.
	 *
	 * @param cherryPickIndex the mean percentile of the values of the rep's requests among all requests of their
	 *     kind: about 0.5 without cherry-picking
	 */
	public record Rep(int rep, double effort, List<String> behaviours, Estimate pay, Estimate cherryPickIndex) {
	}

	public Cell cell(String plan, Policy policy) {
		return cells.stream()
			.filter(c -> c.plan().equals(plan) && c.policy() == policy)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no cell " + plan + " x " + policy));
	}
}
