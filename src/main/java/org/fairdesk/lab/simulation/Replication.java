package org.fairdesk.lab.simulation;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.lab.simulation.Scenario.Policy;

/**
 * One replication of one plan under one policy: the scenario's months in a row, with arrivals drawn from the
 * replication's own random stream (seeded from the scenario's seed and the replication's index only, so that every
 * plan and policy meets the same customers, and the result does not depend on which thread ran it).
 */
final class Replication {

	/** The team's figures (by {@link Figure}), each rep's mean pay a month and cherry-pick index. */
	record Outcome(double[] figures, double[] pay, double[] cherryPickIndex) {
	}

	private Replication() {
	}

	static SplittableRandom random(long seed, long index) {
		return new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
	}

	static Outcome run(Scenario scenario, PlanVersion plan, Policy policy, List<Choice> responses, int index,
			Progress progress) {
		SplittableRandom random = random(scenario.seed(), index);
		int n = scenario.reps().size();
		Choice[] choices = responses.toArray(new Choice[0]);
		double[] figures = new double[Figure.values().length];
		double[] payTotal = new double[n];
		double[] previous = null;
		double variability = 0;
		double[] percentiles = new double[n];
		long[] valued = new long[n];
		double[] waitSmall = new double[2];
		double[] waitLarge = new double[2];
		double[] csat = new double[2];
		SimulatedMonth.Carry carry = SimulatedMonth.Carry.none(n);
		int months = scenario.months();
		for (int m = 0; m < months; m++) {
			progress.month();
			YearMonth period = scenario.start().plusMonths(m);
			MonthArrivals arrivals = MonthArrivals.draw(scenario.arrivals(), n, period, random);
			SimulatedMonth month = SimulatedMonth.run(arrivals, scenario, policy, choices, carry, m % 2 == 0);
			carry = month.carryOut;
			double[] pay = SimulatedFacts.pay(plan, scenario, period, month);
			long reopens = 0, closed = 0, slaMet = 0, slaCounted = 0, sent = 0, won = 0, assists = 0;
			for (int i = 0; i < n; i++) {
				RepTally r = month.reps[i];
				figures[Figure.REVENUE.ordinal()] += r.revenue;
				figures[Figure.MARGIN.ordinal()] += r.margin;
				csat[0] += r.csatSum;
				csat[1] += r.csatResponses;
				reopens += r.reopens;
				closed += r.closed;
				slaMet += r.slaMet;
				slaCounted += r.slaCounted;
				sent += r.quotesSent;
				won += r.quotesWon;
				assists += r.assistsGiven;
				percentiles[i] += r.percentileSum;
				valued[i] += r.valued;
				payTotal[i] += pay[i];
			}
			SimulatedMonth.TeamTally team = month.team;
			figures[Figure.WAIT_HOURS.ordinal()] += ratio(team.waitSum, team.waits);
			waitSmall[0] += team.waitSmallSum;
			waitSmall[1] += team.waitsSmall;
			waitLarge[0] += team.waitLargeSum;
			waitLarge[1] += team.waitsLarge;
			figures[Figure.HANDLING_HOURS.ordinal()] += ratio(team.handlingSum, team.handled);
			figures[Figure.PAYOUT_COST.ordinal()] += Arrays.stream(pay).sum();
			figures[Figure.PAY_SPREAD.ordinal()] += Arrays.stream(pay).max().orElse(0)
					- Arrays.stream(pay).min().orElse(0);
			figures[Figure.PAY_GINI.ordinal()] += gini(pay);
			figures[Figure.REOPEN_RATE.ordinal()] += ratio(reopens, closed);
			figures[Figure.SLA_MET_SHARE.ordinal()] += ratio(slaMet, slaCounted);
			figures[Figure.QUOTE_CONVERSION.ordinal()] += ratio(won, sent);
			figures[Figure.ASSISTS.ordinal()] += assists;
			if (previous != null) {
				double change = 0;
				for (int i = 0; i < n; i++) {
					change += Math.abs(pay[i] - previous[i]);
				}
				variability += change / n;
			}
			previous = pay;
		}
		for (Figure f : Figure.values()) {
			figures[f.ordinal()] /= months;
		}
		figures[Figure.CSAT.ordinal()] = ratio(csat[0], csat[1]);
		figures[Figure.WAIT_SMALL_HOURS.ordinal()] = ratio(waitSmall[0], waitSmall[1]);
		figures[Figure.WAIT_LARGE_HOURS.ordinal()] = ratio(waitLarge[0], waitLarge[1]);
		figures[Figure.PAY_VARIABILITY.ordinal()] = months > 1 ? variability / (months - 1) : 0;
		double[] picks = new double[n];
		double highest = 0;
		for (int i = 0; i < n; i++) {
			payTotal[i] /= months;
			picks[i] = valued[i] == 0 ? 0.5 : percentiles[i] / valued[i];
			highest = Math.max(highest, picks[i]);
		}
		// The team's index is its most selective rep's: a team's mean is 0.5 whatever happens, as every request is
		// someone's.
		figures[Figure.CHERRY_PICK_INDEX.ordinal()] = highest;
		return new Outcome(figures, payTotal, picks);
	}

	/** The Gini coefficient of the month's pay: 0 when all are paid the same, towards 1 when one takes all. */
	static double gini(double[] pay) {
		double total = Arrays.stream(pay).sum();
		if (total <= 0 || pay.length < 2) {
			return 0;
		}
		double differences = 0;
		for (double a : pay) {
			for (double b : pay) {
				differences += Math.abs(a - b);
			}
		}
		return differences / (2.0 * pay.length * total);
	}

	private static double ratio(double part, double whole) {
		return whole == 0 ? 0 : part / whole;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
