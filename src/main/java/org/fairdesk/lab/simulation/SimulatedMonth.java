package org.fairdesk.lab.simulation;

import org.fairdesk.lab.simulation.Scenario.Arrivals;
import org.fairdesk.lab.simulation.Scenario.Behaviour;
import org.fairdesk.lab.simulation.Scenario.Policy;

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

	/** Probability that a cherry-picker passes over a small request they could take. */
	static final double SKIP = 0.8;

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
	/** Every request's working hours, in arrival order: the median handling times are read from them. */
	final double[] handlingHours;
	/** Who handled each request, in arrival order. */
	final int[] handler;

	private SimulatedMonth(int n, int requests) {
		reps = new RepTally[n];
		for (int i = 0; i < n; i++) {
			reps[i] = new RepTally();
		}
		carryOut = Carry.none(n);
		handlingHours = new double[requests];
		handler = new int[requests];
	}

	static SimulatedMonth run(MonthArrivals a, Scenario scenario, Policy policy, Choice[] choices, Carry carryIn,
			boolean deferring) {
		Crew crew = new Crew(scenario.reps(), choices, scenario.behaviour());
		int n = crew.n;
		SimulatedMonth month = new SimulatedMonth(n, a.size);
		double[] freeAt = new double[n];
		Behaviour b = scenario.behaviour();
		for (int i = 0; i < n; i++) {
			// Undermining takes time of its own: the hours are spent before the month's work.
			freeAt[i] = crew.undermine[i] ? b.undermineHours() / crew.rate[i] : 0;
			RepTally r = month.reps[i];
			r.orders = carryIn.orders()[i];
			r.revenue = carryIn.revenue()[i];
			r.margin = carryIn.margin()[i];
		}
		Routing routing = new Routing(policy, scenario.skipsAllowed(), crew, b, freeAt);
		double largeValue = scenario.arrivals().largeValue();
		for (int k = 0; k < a.size; k++) {
			boolean large = a.kind[k] != MonthArrivals.QUERY && a.value[k] >= largeValue;
			int i = routing.route(a, k, large);
			month.work(a, k, i, large, routing.extraWait, crew, freeAt, scenario, deferring);
		}
		return month;
	}

	/** Request k, handled by rep i after its routing's extra wait: its working time, outcome and tallies. */
	private void work(MonthArrivals a, int k, int i, boolean large, double extraWait, Crew crew, double[] freeAt,
			Scenario scenario, boolean deferring) {
		Behaviour b = scenario.behaviour();
		Arrivals arrivals = scenario.arrivals();
		byte kind = a.kind[k];
		double t = a.time[k];
		double e = crew.effort[i];
		double open = crew.open(freeAt, i, t);
		double overload = Math.min(1, b.overloadPenalty() * Math.max(0, open / crew.capacity[i] - 1));
		double work = BASE_HOURS[kind] * a.handling[k] * crew.workScale[i];
		double start = Math.max(t + extraWait, freeAt[i]);
		double wait = start - t;
		double busy = work / crew.rate[i];
		freeAt[i] = start + busy;
		boolean assisted = assisted(a, k, i, crew, freeAt, b);
		int against = crew.underminers - (crew.undermine[i] ? 1 : 0);
		boolean hit = against > 0 && a.uHit(k) < Math.min(0.9, b.undermineHarm() * against);
		double lift = assisted ? b.assistLift() : 0;
		double harm = hit ? 0.3 : 0;
		double quality = crew.quality[i];
		boolean rush = crew.rush[i];
		RepTally r = reps[i];
		double u = a.uOutcome[k];
		if (kind == MonthArrivals.ORDER) {
			double success = clamp(0.55 + 0.35 * crew.skill[i] - harm + lift - 0.5 * overload, 0.02, 0.99);
			if (u < success) {
				double v = a.value[k];
				if (deferring && crew.shift[i] && a.uShift(k) < b.shiftShare()) {
					carryOut.orders()[i]++;
					carryOut.revenue()[i] += v;
					carryOut.margin()[i] += v * arrivals.marginRate();
				}
				else {
					r.orders++;
					r.revenue += v;
					r.margin += v * arrivals.marginRate();
				}
			}
		}
		else if (kind == MonthArrivals.QUOTE) {
			double success = clamp(0.35 + 0.25 * (crew.skill[i] - 1) - b.quoteDecayPerDay() * wait
					/ MonthArrivals.DAY_HOURS + lift - harm - 0.3 * overload, 0.02, 0.95);
			r.quotesSent++;
			if (u < success) {
				r.quotesWon++;
				r.wonValue += a.value[k];
				r.wonMargin += a.value[k] * arrivals.marginRate();
			}
		}
		else {
			double escalation = clamp(0.08 + 0.5 * b.rushReopen() * (rush ? 1 : 0) + 0.3 * overload
					- 0.05 * (quality - 1) + harm / 3, 0, 0.9);
			if (u < escalation) {
				r.queriesEscalated++;
			}
			else {
				r.queriesResolved++;
			}
		}
		if (a.uSurvey[k] < b.surveyRate()) {
			double score = 4.0 + 0.6 * (quality - 1) + 0.4 * (e - 1) - (rush ? b.rushCsat() : 0)
					- 0.15 * wait / MonthArrivals.DAY_HOURS - 2 * overload + 2 * lift - 5 * harm / 3
					+ 0.7 * a.csatNoise(k);
			r.csatResponses++;
			r.csatSum += Math.round(clamp(score, 1, 5));
		}
		double reopen = 0.04 + (rush ? b.rushReopen() : 0) + 0.2 * overload - 0.03 * (quality - 1) + harm / 6;
		if (a.uReopen[k] < reopen) {
			r.reopens++;
		}
		r.closed++;
		r.slaCounted++;
		if (wait + busy <= b.slaHours()) {
			r.slaMet++;
		}
		handlingHours[k] = work;
		handler[k] = i;
		team.handlingSum += work;
		team.handled++;
		team.waitSum += wait;
		team.waits++;
		if (kind != MonthArrivals.QUERY) {
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

	/** Whether a helping colleague assists request k of rep i; the helper's time goes to it. */
	private boolean assisted(MonthArrivals a, int k, int i, Crew crew, double[] freeAt, Behaviour b) {
		int others = crew.helpers - (crew.help[i] ? 1 : 0);
		if (others <= 0 || a.uAssist(k) >= b.assistRate() * others / Math.max(1, crew.n - 1)) {
			return false;
		}
		int h = crew.nthHelper(i, (int) (a.uHelper(k) * others));
		freeAt[h] += b.assistHours() / crew.rate[h];
		reps[h].assistsGiven++;
		reps[i].assistsReceived++;
		return true;
	}

	private static double clamp(double x, double low, double high) {
		return Math.max(low, Math.min(high, x));
	}
}
