package org.fairdesk.lab.simulation;

import java.util.List;

import org.fairdesk.lab.simulation.Scenario.Arrivals;
import org.fairdesk.lab.simulation.Scenario.Behaviour;
import org.fairdesk.lab.simulation.Scenario.Policy;
import org.fairdesk.lab.simulation.Scenario.RepProfile;

/**
 * One month of a team working the funnel: each request routed by the policy (or claimed, under SELF_ELECT), queued
 * behind the rep's earlier work, handled, and its outcome drawn from the rep's skill, effort and behaviours. The
 * consequences are those of docs/lab.md: rushing is faster and worse, overload lengthens waits and lowers quality,
 * assists lift the helped request and cost the helper time, undermining lowers colleagues' results, cherry-picking
 * leaves small requests waiting.
 */
final class SimulatedMonth {

	/** Mean working hours to handle an ORDER, a QUOTE and a QUERY at speed and effort 1. */
	static final double[] BASE_HOURS = { 0.75, 1.5, 0.5 };

	/** Mean working hours of a request, to turn a backlog of hours into a number of open requests. */
	private static final double MEAN_HOURS = 0.75;

	/** Probability that a cherry-picker passes over a small request they could take. */
	static final double SKIP = 0.8;

	/** Hours a request waits for a manager to assign it (MANAGER). */
	private static final double MANAGER_DELAY = 1;

	/** Orders carried from one month into the next by reps who shift timing. */
	record Carry(long[] orders, double[] revenue, double[] margin) {

		static Carry none(int reps) {
			return new Carry(new long[reps], new double[reps], new double[reps]);
		}
	}

	/** What the month's routing and handling left behind, beyond the reps' tallies. */
	static final class TeamTally {

		double waitSum;
		long waits;
		double waitSmallSum;
		long waitsSmall;
		double waitLargeSum;
		long waitsLarge;
		double handlingSum;
		long handled;
	}

	final RepTally[] reps;
	final TeamTally team = new TeamTally();
	final Carry carryOut;

	private SimulatedMonth(int n) {
		reps = new RepTally[n];
		for (int i = 0; i < n; i++) {
			reps[i] = new RepTally();
		}
		carryOut = Carry.none(n);
	}

	static SimulatedMonth run(MonthArrivals a, Scenario scenario, Policy policy, Choice[] choices, Carry carryIn,
			boolean deferring) {
		List<RepProfile> profiles = scenario.reps();
		Arrivals arrivals = scenario.arrivals();
		Behaviour b = scenario.behaviour();
		List<Double> levels = b.effortLevels();
		int n = profiles.size();
		SimulatedMonth month = new SimulatedMonth(n);
		RepTally[] tally = month.reps;
		double[] rate = new double[n];
		double[] freeAt = new double[n];
		double[] effort = new double[n];
		double[] assignedValue = new double[n];
		int helpers = 0;
		int underminers = 0;
		double skippers = 0;
		for (int i = 0; i < n; i++) {
			RepProfile p = profiles.get(i);
			rate[i] = p.hoursPerWeek() / 40;
			effort[i] = levels.get(choices[i].effort());
			helpers += choices[i].help() ? 1 : 0;
			underminers += choices[i].undermine() ? 1 : 0;
			skippers += choices[i].cherryPick() ? SKIP : 0;
			// Undermining takes time of its own: the hours are spent before the month's work.
			freeAt[i] = choices[i].undermine() ? b.undermineHours() / rate[i] : 0;
			tally[i].orders = carryIn.orders()[i];
			tally[i].revenue = carryIn.revenue()[i];
			tally[i].margin = carryIn.margin()[i];
		}
		boolean canSkip = policy == Policy.SELF_ELECT || scenario.skipsAllowed();
		double smallSkipShare = n == 0 ? 0 : skippers / n;
		int pointer = 0;
		double[] weight = new double[n];
		for (int k = 0; k < a.size; k++) {
			double t = a.time[k];
			byte kind = a.kind[k];
			boolean valued = kind != MonthArrivals.QUERY;
			boolean large = valued && a.value[k] >= arrivals.largeValue();
			double extraWait = 0;
			int i;
			if (policy == Policy.SELF_ELECT) {
				// Reps claim from the list: the less busy claim more, cherry-pickers reach for large requests and pass
				// small ones over, which then wait until someone takes them.
				double sum = 0;
				for (int j = 0; j < n; j++) {
					double cap = profiles.get(j).capacity() * (choices[j].overTake() ? 1 + b.overTakeExtra() : 1);
					double open = open(freeAt[j], t, rate[j]);
					double w = (open < cap ? 1 : 0.1) / (1 + open);
					if (choices[j].cherryPick()) {
						w *= large ? 3 : 1 - SKIP;
					}
					weight[j] = w;
					sum += w;
				}
				i = pick(weight, sum, a.uRoute[k]);
				extraWait = b.pickDelayHours() * (0.5 + (large ? 0 : smallSkipShare));
			}
			else {
				i = push(policy, a, k, profiles, choices, b, freeAt, rate, assignedValue, pointer, large);
				if (policy == Policy.ROUND_ROBIN) {
					pointer = (i + 1) % n;
				}
				if (policy == Policy.MANAGER) {
					extraWait = MANAGER_DELAY;
				}
				if (canSkip && n > 1 && !large && choices[i].cherryPick() && a.uSkip[k] < SKIP) {
					// Handed back and passed to someone else: it waits again.
					int other = (int) (a.uSkip[k] / SKIP * (n - 1));
					i = other >= i ? other + 1 : other;
					extraWait += b.skipDelayHours();
				}
			}
			assignedValue[i] += valued ? a.value[k] : 0;
			Choice c = choices[i];
			RepProfile p = profiles.get(i);
			double e = effort[i];
			double open = open(freeAt[i], t, rate[i]);
			double overload = Math.min(1, b.overloadPenalty() * Math.max(0, open / p.capacity() - 1));
			double work = BASE_HOURS[kind] * a.handling[k] / (p.speed() * (0.7 + 0.3 * e))
					* (c.rush() ? 1 - b.rushSpeedup() : 1);
			double start = Math.max(t + extraWait, freeAt[i]);
			double wait = start - t;
			freeAt[i] = start + work / rate[i];
			boolean assisted = false;
			if (helpers > (c.help() ? 1 : 0)) {
				int others = helpers - (c.help() ? 1 : 0);
				if (a.uAssist[k] < b.assistRate() * others / Math.max(1, n - 1)) {
					int h = nthHelper(choices, i, (int) (a.uHelper[k] * others));
					freeAt[h] += b.assistHours() / rate[h];
					tally[h].assistsGiven++;
					tally[i].assistsReceived++;
					assisted = true;
				}
			}
			int against = underminers - (c.undermine() ? 1 : 0);
			boolean hit = a.uHit[k] < Math.min(0.9, b.undermineHarm() * against);
			double lift = assisted ? b.assistLift() : 0;
			double harm = hit ? 0.3 : 0;
			double skill = p.skill() * (0.5 + 0.5 * e);
			RepTally r = tally[i];
			if (kind == MonthArrivals.ORDER) {
				double success = clamp(0.55 + 0.35 * skill - harm + lift - 0.5 * overload, 0.02, 0.99);
				if (a.uOutcome[k] < success) {
					double v = a.value[k];
					if (deferring && c.shift() && a.uShift[k] < b.shiftShare()) {
						month.carryOut.orders()[i]++;
						month.carryOut.revenue()[i] += v;
						month.carryOut.margin()[i] += v * arrivals.marginRate();
					}
					else {
						r.orders++;
						r.revenue += v;
						r.margin += v * arrivals.marginRate();
					}
				}
			}
			else if (kind == MonthArrivals.QUOTE) {
				double success = clamp(0.35 + 0.25 * (skill - 1) - b.quoteDecayPerDay() * wait / MonthArrivals.DAY_HOURS
						+ lift - harm - 0.3 * overload, 0.02, 0.95);
				r.quotesSent++;
				if (a.uOutcome[k] < success) {
					r.quotesWon++;
					r.wonValue += a.value[k];
					r.wonMargin += a.value[k] * arrivals.marginRate();
				}
			}
			else {
				double escalation = clamp(0.08 + 0.5 * b.rushReopen() * (c.rush() ? 1 : 0) + 0.3 * overload
						- 0.05 * (p.quality() - 1) + harm / 3, 0, 0.9);
				if (a.uOutcome[k] < escalation) {
					r.queriesEscalated++;
				}
				else {
					r.queriesResolved++;
				}
			}
			if (a.uSurvey[k] < b.surveyRate()) {
				double score = 4.0 + 0.6 * (p.quality() - 1) + 0.4 * (e - 1) - (c.rush() ? b.rushCsat() : 0)
						- 0.15 * wait / MonthArrivals.DAY_HOURS - 2 * overload + 2 * lift - 5 * harm / 3
						+ 0.7 * a.csatNoise[k];
				r.csatResponses++;
				r.csatSum += Math.round(clamp(score, 1, 5));
			}
			double reopen = 0.04 + (c.rush() ? b.rushReopen() : 0) + 0.2 * overload - 0.03 * (p.quality() - 1) + harm / 6;
			if (a.uReopen[k] < reopen) {
				r.reopens++;
			}
			r.closed++;
			r.slaCounted++;
			if (wait + work / rate[i] <= b.slaHours()) {
				r.slaMet++;
			}
			r.handled(work);
			TeamTally team = month.team;
			team.handlingSum += work;
			team.handled++;
			team.waitSum += wait;
			team.waits++;
			if (valued) {
				r.percentileSum += a.percentile[k];
				r.valued++;
				if (large) {
					team.waitLargeSum += wait;
					team.waitsLarge++;
				}
				else {
					team.waitSmallSum += wait;
					team.waitsSmall++;
				}
			}
		}
		return month;
	}

	private static int push(Policy policy, MonthArrivals a, int k, List<RepProfile> profiles, Choice[] choices,
			Behaviour b, double[] freeAt, double[] rate, double[] assignedValue, int pointer, boolean large) {
		int n = profiles.size();
		double t = a.time[k];
		boolean[] eligible = new boolean[n];
		int count = 0;
		for (int j = 0; j < n; j++) {
			double cap = profiles.get(j).capacity() * (choices[j].overTake() ? 1 + b.overTakeExtra() : 1);
			eligible[j] = open(freeAt[j], t, rate[j]) < cap;
			count += eligible[j] ? 1 : 0;
		}
		if (count == 0) {
			java.util.Arrays.fill(eligible, true);
			count = n;
		}
		switch (policy) {
			case ROUND_ROBIN: {
				for (int s = 0; s < n; s++) {
					int j = (pointer + s) % n;
					if (eligible[j]) {
						return j;
					}
				}
				return pointer;
			}
			case RANDOM: {
				int target = (int) (a.uRoute[k] * count);
				for (int j = 0; j < n; j++) {
					if (eligible[j] && target-- == 0) {
						return j;
					}
				}
				return n - 1;
			}
			case VALUE_BALANCED: {
				if (a.kind[k] != MonthArrivals.QUERY) {
					return best(eligible, j -> assignedValue[j] / profiles.get(j).hoursPerWeek());
				}
				return best(eligible, j -> load(profiles, choices, b, freeAt, rate, t, j));
			}
			case MANAGER: {
				// The manager gives large requests to the most skilled rep free to take one, the rest by load.
				if (large) {
					return best(eligible, j -> -profiles.get(j).skill());
				}
				return best(eligible, j -> load(profiles, choices, b, freeAt, rate, t, j));
			}
			default:
				return best(eligible, j -> load(profiles, choices, b, freeAt, rate, t, j));
		}
	}

	/** Load as LEAST_LOADED sees it: open requests against the capacity the rep declares. */
	private static double load(List<RepProfile> profiles, Choice[] choices, Behaviour b, double[] freeAt,
			double[] rate, double t, int j) {
		double cap = profiles.get(j).capacity() * (choices[j].overTake() ? 1 + b.overTakeExtra() : 1);
		return open(freeAt[j], t, rate[j]) / cap;
	}

	private static int best(boolean[] eligible, java.util.function.IntToDoubleFunction score) {
		int best = -1;
		double lowest = Double.POSITIVE_INFINITY;
		for (int j = 0; j < eligible.length; j++) {
			if (eligible[j]) {
				double s = score.applyAsDouble(j);
				if (s < lowest) {
					lowest = s;
					best = j;
				}
			}
		}
		return best;
	}

	/** The rep's open requests at time t: their backlog in working hours over a request's mean hours. */
	private static double open(double freeAt, double t, double rate) {
		return Math.max(0, freeAt - t) * rate / MEAN_HOURS;
	}

	private static int pick(double[] weight, double sum, double u) {
		double target = u * sum;
		for (int j = 0; j < weight.length; j++) {
			target -= weight[j];
			if (target < 0) {
				return j;
			}
		}
		return weight.length - 1;
	}

	private static int nthHelper(Choice[] choices, int except, int nth) {
		int seen = 0;
		int last = -1;
		for (int j = 0; j < choices.length; j++) {
			if (j != except && choices[j].help()) {
				if (seen++ == nth) {
					return j;
				}
				last = j;
			}
		}
		return last;
	}

	private static double clamp(double x, double low, double high) {
		return Math.max(low, Math.min(high, x));
	}
}
