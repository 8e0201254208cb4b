package org.fairdesk.lab.simulation;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.fairdesk.lab.simulation.Scenario.Arrivals;

/**
 * One month's requests, drawn before anyone acts: when each arrives, its kind and value, and every random number its
 * handling will need. Drawing them first gives common random numbers: every choice a rep weighs, and every plan and
 * policy, meets the same customers and the same luck, so differences come from the choices, not the dice.
 */
final class MonthArrivals {

	static final byte ORDER = 0;
	static final byte QUOTE = 1;
	static final byte QUERY = 2;

	/** Working hours in a day: the clock of the simulation runs in working hours from the month's start. */
	static final double DAY_HOURS = 8;

	final YearMonth period;
	final int size;
	final byte[] kind;
	final double[] time;
	final double[] value;
	/** The value's percentile among its kind's values (the lognormal's distribution function): 0.5 is typical. */
	final double[] percentile;
	final double[] handling;
	final double[] uRoute;
	final double[] uSkip;
	final double[] uOutcome;
	final double[] uSurvey;
	final double[] csatNoise;
	final double[] uReopen;
	final double[] uAssist;
	final double[] uHelper;
	final double[] uHit;
	final double[] uShift;

	private MonthArrivals(YearMonth period, int size) {
		this.period = period;
		this.size = size;
		kind = new byte[size];
		time = new double[size];
		value = new double[size];
		percentile = new double[size];
		handling = new double[size];
		uRoute = new double[size];
		uSkip = new double[size];
		uOutcome = new double[size];
		uSurvey = new double[size];
		csatNoise = new double[size];
		uReopen = new double[size];
		uAssist = new double[size];
		uHelper = new double[size];
		uHit = new double[size];
		uShift = new double[size];
	}

	/** Poisson arrivals per kind and working day, scaled by the team's size and the weekday's weight. */
	static MonthArrivals draw(Arrivals a, int teamSize, YearMonth period, SplittableRandom random) {
		int[] days = new int[period.lengthOfMonth()];
		int workingDays = 0;
		for (int d = 1; d <= period.lengthOfMonth(); d++) {
			DayOfWeek day = period.atDay(d).getDayOfWeek();
			if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
				days[workingDays++] = day.getValue() - 1;
			}
		}
		double[] rates = { a.ordersPerRepPerDay(), a.quotesPerRepPerDay(), a.queriesPerRepPerDay() };
		int[][] counts = new int[workingDays][3];
		int total = 0;
		for (int d = 0; d < workingDays; d++) {
			for (int k = 0; k < 3; k++) {
				counts[d][k] = poisson(random, rates[k] * teamSize * a.weekdays().get(days[d]));
				total += counts[d][k];
			}
		}
		MonthArrivals m = new MonthArrivals(period, total);
		double[] keys = new double[total];
		int i = 0;
		for (int d = 0; d < workingDays; d++) {
			for (int k = 0; k < 3; k++) {
				for (int c = 0; c < counts[d][k]; c++, i++) {
					m.kind[i] = (byte) k;
					keys[i] = d * DAY_HOURS + random.nextDouble() * DAY_HOURS;
					if (k != QUERY) {
						double sigma = k == ORDER ? a.orderSigma() : a.quoteSigma();
						double mean = k == ORDER ? a.orderMean() : a.quoteMean();
						double z = random.nextGaussian();
						m.value[i] = Math.exp(Math.log(mean) - sigma * sigma / 2 + sigma * z);
						m.percentile[i] = normalCdf(z);
					}
					// Handling time varies around its mean (lognormal, mean 1).
					m.handling[i] = Math.exp(-0.125 + 0.5 * random.nextGaussian());
					m.uRoute[i] = random.nextDouble();
					m.uSkip[i] = random.nextDouble();
					m.uOutcome[i] = random.nextDouble();
					m.uSurvey[i] = random.nextDouble();
					m.csatNoise[i] = random.nextGaussian();
					m.uReopen[i] = random.nextDouble();
					m.uAssist[i] = random.nextDouble();
					m.uHelper[i] = random.nextDouble();
					m.uHit[i] = random.nextDouble();
					m.uShift[i] = random.nextDouble();
				}
			}
		}
		m.sortByTime(keys);
		return m;
	}

	private void sortByTime(double[] keys) {
		Integer[] order = new Integer[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> Double.compare(keys[x], keys[y]));
		byte[] k = kind.clone();
		double[][] columns = { value, percentile, handling, uRoute, uSkip, uOutcome, uSurvey, csatNoise, uReopen,
				uAssist, uHelper, uHit, uShift };
		double[][] copies = new double[columns.length][];
		for (int c = 0; c < columns.length; c++) {
			copies[c] = columns[c].clone();
		}
		for (int i = 0; i < size; i++) {
			int from = order[i];
			kind[i] = k[from];
			time[i] = keys[from];
			for (int c = 0; c < columns.length; c++) {
				columns[c][i] = copies[c][from];
			}
		}
	}

	static int poisson(SplittableRandom random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 30) {
			return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= random.nextDouble();
			n++;
		}
		return n;
	}

	/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
	static double normalCdf(double z) {
		double x = Math.abs(z) / Math.sqrt(2);
		double t = 1 / (1 + 0.3275911 * x);
		double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
				+ 0.254829592) * t * Math.exp(-x * x);
		return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
	}
}
