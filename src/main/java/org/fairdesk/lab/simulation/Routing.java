package org.fairdesk.lab.simulation;

import org.fairdesk.lab.simulation.Scenario.Behaviour;
import org.fairdesk.lab.simulation.Scenario.Policy;

/**
 * Who gets each request of a month, by the policy (docs/lab.md, "Routing"): PUSH policies assign on arrival among the
 * eligible reps, under SELF_ELECT reps claim from the list; a cherry-picker may hand a small request back where skips
 * are allowed. Holds the month's routing state (turn, value assigned) and reuses its arrays, so routing a request
 * allocates nothing.
 */
final class Routing {

	/** Hours a request waits for a manager to assign it (MANAGER). */
	private static final double MANAGER_DELAY = 1;

	private final Policy policy;
	private final boolean canSkip;
	private final Crew crew;
	private final Behaviour b;
	private final double[] freeAt;
	/** Under SELF_ELECT, the running total of the reps' claiming weights. */
	private final double[] cumulative;
	private final boolean[] eligible;
	private final double[] assignedValue;
	/**
	 * A SELF_ELECT claimer's weight for a large and for a small request, before their load: cherry-pickers reach and
	 * pass over; a rep over capacity claims a tenth as often.
	 */
	private final double[] reachLarge;
	private final double[] reachSmall;
	private final double[] reachLargeFull;
	private final double[] reachSmallFull;
	private int pointer;
	/** The hours the last routed request waits before its rep can start on it, beyond the rep's own queue. */
	double extraWait;

	Routing(Policy policy, boolean skipsAllowed, Crew crew, Behaviour b, double[] freeAt) {
		this.policy = policy;
		this.canSkip = policy == Policy.SELF_ELECT || skipsAllowed;
		this.crew = crew;
		this.b = b;
		this.freeAt = freeAt;
		int n = crew.n;
		cumulative = new double[n];
		eligible = new boolean[n];
		assignedValue = new double[n];
		reachLarge = new double[n];
		reachSmall = new double[n];
		reachLargeFull = new double[n];
		reachSmallFull = new double[n];
		for (int j = 0; j < n; j++) {
			reachLarge[j] = crew.cherryPick[j] ? 3 : 1;
			reachSmall[j] = crew.cherryPick[j] ? 1 - SimulatedMonth.SKIP : 1;
			reachLargeFull[j] = 0.1 * reachLarge[j];
			reachSmallFull[j] = 0.1 * reachSmall[j];
		}
	}

	/** The rep who handles request k; sets {@link #extraWait}. */
	int route(MonthArrivals a, int k, boolean large) {
		int n = crew.n;
		int i;
		if (policy == Policy.SELF_ELECT) {
			i = claim(a.time[k], a.uRoute[k], large);
			extraWait = b.pickDelayHours() * (0.5 + (large ? 0 : crew.smallSkipShare));
		}
		else {
			i = push(a, k, large);
			if (policy == Policy.ROUND_ROBIN) {
				pointer = (i + 1) % n;
			}
			extraWait = policy == Policy.MANAGER ? MANAGER_DELAY : 0;
			if (canSkip && n > 1 && !large && crew.cherryPick[i]) {
				double u = a.uSkip(k);
				if (u < SimulatedMonth.SKIP) {
					// Handed back and passed to someone else: it waits again.
					int other = (int) (u / SimulatedMonth.SKIP * (n - 1));
					i = other >= i ? other + 1 : other;
					extraWait += b.skipDelayHours();
				}
			}
		}
		if (a.kind[k] != MonthArrivals.QUERY) {
			assignedValue[i] += a.value[k];
		}
		return i;
	}

	/**
	 * SELF_ELECT: reps claim from the list: the less busy claim more, cherry-pickers reach for large requests and
	 * pass small ones over, which then wait until someone takes them.
	 */
	private int claim(double t, double u, boolean large) {
		int n = crew.n;
		double[] free = large ? reachLarge : reachSmall;
		double[] full = large ? reachLargeFull : reachSmallFull;
		double sum = 0;
		for (int j = 0; j < n; j++) {
			double open = crew.open(freeAt, j, t);
			sum += (open < crew.available[j] ? free[j] : full[j]) / (1 + open);
			cumulative[j] = sum;
		}
		// The first rep whose running total of weight passes u x the total: a binary search, not a second pass.
		double target = u * sum;
		int low = 0;
		int high = n - 1;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (cumulative[middle] > target) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return low;
	}

	/**
	 * PUSH: among the eligible reps (open requests below what they take on; nobody eligible: everybody). Each policy
	 * looks at as few reps as it needs: round-robin stops at the first eligible in turn, the others keep their best
	 * eligible and their best overall in one pass.
	 */
	private int push(MonthArrivals a, int k, boolean large) {
		double t = a.time[k];
		switch (policy) {
			case ROUND_ROBIN:
				return nextInTurn(t);
			case RANDOM:
				return randomEligible(t, a.uRoute[k]);
			case VALUE_BALANCED:
				return a.kind[k] != MonthArrivals.QUERY ? lowest(t, assignedValue, crew.perHourOfWeek, false)
						: lowest(t, null, crew.perAvailable, true);
			case MANAGER:
				// The manager gives large requests to the most skilled rep free to take one, the rest by load.
				return large ? lowest(t, crew.negativeSkill, null, false) : lowest(t, null, crew.perAvailable, true);
			default:
				return lowest(t, null, crew.perAvailable, true);
		}
	}

	private boolean eligible(int j, double t) {
		return crew.open(freeAt, j, t) < crew.available[j];
	}

	private int nextInTurn(double t) {
		int n = crew.n;
		for (int s = 0, j = pointer; s < n; s++, j = j + 1 == n ? 0 : j + 1) {
			if (eligible(j, t)) {
				return j;
			}
		}
		return pointer;
	}

	private int randomEligible(double t, double u) {
		int n = crew.n;
		int count = 0;
		for (int j = 0; j < n; j++) {
			eligible[j] = eligible(j, t);
			count += eligible[j] ? 1 : 0;
		}
		boolean everybody = count == 0;
		int target = (int) (u * (everybody ? n : count));
		for (int j = 0; j < n; j++) {
			if ((everybody || eligible[j]) && target-- == 0) {
				return j;
			}
		}
		return n - 1;
	}

	/**
	 * The eligible rep with the lowest score (the first of equals), or the lowest of everybody when nobody is
	 * eligible. The score is measure x factor, either array null meaning 1; by load, the measure is the rep's open
	 * requests (and the factor 1 / what they take on).
	 */
	private int lowest(double t, double[] measure, double[] factor, boolean byLoad) {
		int best = -1;
		double lowest = Double.POSITIVE_INFINITY;
		int bestOfAll = -1;
		double lowestOfAll = Double.POSITIVE_INFINITY;
		for (int j = 0; j < crew.n; j++) {
			double open = crew.open(freeAt, j, t);
			double score = (byLoad ? open : measure[j]) * (factor == null ? 1 : factor[j]);
			if (open < crew.available[j]) {
				if (score < lowest) {
					lowest = score;
					best = j;
				}
			}
			else if (score < lowestOfAll) {
				lowestOfAll = score;
				bestOfAll = j;
			}
		}
		return best >= 0 ? best : bestOfAll;
	}
}
