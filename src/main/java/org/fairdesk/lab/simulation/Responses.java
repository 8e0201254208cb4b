package org.fairdesk.lab.simulation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.lab.simulation.Scenario.Behaviour;
import org.fairdesk.lab.simulation.Scenario.Policy;
import org.fairdesk.lab.simulation.Scenario.RepProfile;

/**
 * How the reps respond to a plan: each in turn picks the effort level and behaviours that maximise their expected
 * pay, less the quadratic cost of effort, less risk aversion times the variance of pay, less their aversion to each
 * gaming behaviour, given what the others do; rounds repeat until nobody changes (they settled) or the scenario's
 * round limit. Each choice is weighed on the same training months (common random numbers), so a difference in
 * utility is the choice's, not luck's.
 */
final class Responses {

	/**
	 * A change must be worth more than this (money a month) to be made: a small cost of changing one's ways, which
	 * stops near-ties from cycling.
	 */
	static final double MIN_GAIN = 5;

	/** What the reps chose, and whether the rounds settled and after how many. */
	record Equilibrium(List<Choice> choices, boolean settled, int rounds) {
	}

	private final Scenario scenario;
	private final PlanVersion plan;
	private final Policy policy;
	private final List<MonthArrivals> training;
	private final Progress progress;
	/** Each rep's pay in each training month, by everyone's choices: a profile is often weighed more than once. */
	private final Map<List<Choice>, double[][]> pays = new HashMap<>();

	Responses(Scenario scenario, PlanVersion plan, Policy policy, List<MonthArrivals> training, Progress progress) {
		this.scenario = scenario;
		this.plan = plan;
		this.policy = policy;
		this.training = training;
		this.progress = progress;
	}

	Equilibrium solve() {
		Behaviour b = scenario.behaviour();
		int n = scenario.reps().size();
		Choice[] choices = new Choice[n];
		Arrays.fill(choices, new Choice(closestToOne(b.effortLevels()), false, false, false, false, false, false));
		if (!b.respond()) {
			return new Equilibrium(List.of(choices), true, 0);
		}
		boolean cherryPickPossible = policy == Policy.SELF_ELECT || scenario.skipsAllowed();
		for (int round = 1; round <= b.maxRounds(); round++) {
			boolean changed = false;
			for (int i = 0; i < n; i++) {
				Choice current = choices[i];
				double currentUtility = utility(choices, i, current);
				Choice best = current;
				double bestUtility = currentUtility;
				for (int level = 0; level < b.effortLevels().size(); level++) {
					if (level != best.effort()) {
						Choice candidate = best.withEffort(level);
						double u = utility(choices, i, candidate);
						if (u > bestUtility + MIN_GAIN) {
							best = candidate;
							bestUtility = u;
						}
					}
				}
				for (int behaviour = 0; behaviour < Choice.BEHAVIOURS; behaviour++) {
					if (behaviour == 0 && !cherryPickPossible) {
						continue;
					}
					Choice candidate = best.toggled(behaviour);
					double u = utility(choices, i, candidate);
					if (u > bestUtility + MIN_GAIN) {
						best = candidate;
						bestUtility = u;
					}
				}
				if (!best.equals(current)) {
					choices[i] = best;
					changed = true;
				}
			}
			if (!changed) {
				return new Equilibrium(List.of(choices), true, round);
			}
		}
		return new Equilibrium(List.of(choices), false, b.maxRounds());
	}

	/** Rep i's utility of a choice, the others' choices as they are. */
	double utility(Choice[] choices, int i, Choice candidate) {
		Choice[] trial = choices.clone();
		trial[i] = candidate;
		RepProfile profile = scenario.reps().get(i);
		Behaviour b = scenario.behaviour();
		double[][] all = pays.computeIfAbsent(List.of(trial), key -> pays(trial));
		double[] pay = new double[training.size()];
		for (int m = 0; m < training.size(); m++) {
			pay[m] = all[m][i];
		}
		double mean = Arrays.stream(pay).average().orElse(0);
		double variance = Arrays.stream(pay).map(p -> (p - mean) * (p - mean)).sum() / Math.max(1, pay.length - 1);
		double effort = b.effortLevels().get(candidate.effort());
		return mean - b.effortCost() * effort * effort - profile.riskAversion() * variance
				- profile.gamingAversion() * candidate.gaming();
	}

	private double[][] pays(Choice[] choices) {
		double[][] pay = new double[training.size()][];
		SimulatedMonth.Carry carry = SimulatedMonth.Carry.none(choices.length);
		for (int m = 0; m < training.size(); m++) {
			progress.month();
			MonthArrivals arrivals = training.get(m);
			SimulatedMonth month = SimulatedMonth.run(arrivals, scenario, policy, choices, carry, m % 2 == 0);
			carry = month.carryOut;
			pay[m] = SimulatedFacts.pay(plan, scenario, arrivals.period, month);
		}
		return pay;
	}

	static int closestToOne(List<Double> levels) {
		int best = 0;
		for (int i = 1; i < levels.size(); i++) {
			if (Math.abs(levels.get(i) - 1) < Math.abs(levels.get(best) - 1)) {
				best = i;
			}
		}
		return best;
	}
}
