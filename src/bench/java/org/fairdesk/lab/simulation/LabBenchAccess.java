package org.fairdesk.lab.simulation;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.lab.simulation.Scenario.Policy;

/**
 * The lab bench's way into the simulation's package-private engine ({@code bench/lab.sh}; in the bench source tree
 * only, so the main code gains no hook): one replication's months driven step by step, each step timed apart, the
 * way {@link Replication#run} drives them (arrivals drawn, the month routed and worked, the month paid by the
 * calculator).
 */
public final class LabBenchAccess {

	/** Nanoseconds spent in each step, and the requests the months drew and worked. */
	public static final class Tally {

		public long requests;
		public long months;
		public long drawNanos;
		public long workNanos;
		public long payNanos;
		/** Something of every month's result, so the JIT cannot drop the work. */
		public double sink;
	}

	private final Scenario scenario;
	private final PlanVersion plan;
	private final Policy policy;
	private final Choice[] choices;
	private final SplittableRandom random;

	/**
	 * A replication of the scenario's first plan under its first policy, every rep at the effort level closest to 1
	 * and with no behaviour (what {@code respond: false} gives): the responses are held fixed, as in a replication.
	 */
	public LabBenchAccess(Scenario scenario, long index) {
		this.scenario = scenario;
		this.plan = scenario.plans().get(0);
		this.policy = scenario.policies().get(0);
		this.choices = new Choice[scenario.reps().size()];
		Arrays.fill(choices, new Choice(Responses.closestToOne(scenario.behaviour().effortLevels()), false, false,
				false, false, false, false));
		this.random = Replication.random(scenario.seed(), index);
	}

	/**
	 * Simulates {@code months} months in a row (the calendar from the scenario's start, wrapping every 12), adding
	 * to the tally; with {@code pay} false the calculator is left out (the facts are not built either).
	 */
	public void months(int months, boolean pay, Tally tally) {
		int n = scenario.reps().size();
		SimulatedMonth.Carry carry = SimulatedMonth.Carry.none(n);
		for (int m = 0; m < months; m++) {
			YearMonth period = scenario.start().plusMonths(m % 12);
			long t0 = System.nanoTime();
			MonthArrivals arrivals = MonthArrivals.draw(scenario.arrivals(), n, period, random);
			long t1 = System.nanoTime();
			SimulatedMonth month = SimulatedMonth.run(arrivals, scenario, policy, choices, carry, m % 2 == 0);
			long t2 = System.nanoTime();
			carry = month.carryOut;
			tally.drawNanos += t1 - t0;
			tally.workNanos += t2 - t1;
			tally.requests += arrivals.size;
			tally.months++;
			tally.sink += month.team.waitSum;
			if (pay) {
				double[] paid = SimulatedFacts.pay(plan, scenario, period, month);
				tally.payNanos += System.nanoTime() - t2;
				tally.sink += paid.length == 0 ? 0 : paid[0];
			}
		}
	}

	/** The months a run of the scenario has simulated so far, training months included. */
	public static long done(Progress progress) {
		return progress.done();
	}

	/** The mean of a kind's working hours at speed and effort 1 (ORDER, QUOTE, QUERY). */
	public static double baseHours(int kind) {
		return SimulatedMonth.BASE_HOURS[kind];
	}
}
