package org.fairdesk.lab.simulation;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.fairdesk.lab.simulation.Scenario.Arrivals;

/**
 * One month's requests, drawn before anyone acts: when each arrives, its kind and value, and every random number its
 * handling will need. Fixing them first gives common random numbers: every choice a rep weighs, and every plan and
 * policy, meets the same customers and the same luck, so differences come from the choices, not the dice.
 * <p>
 * Cheap to draw: the arrival times come in order (no sort), and a request's other numbers come from {@link Dice}, by
 * its index. Those every request needs are kept in arrays, as training months are replayed for every choice weighed;
 * the rest are computed when asked for.
 */
final class MonthArrivals {

	static final byte ORDER = 0;
	static final byte QUOTE = 1;
	static final byte QUERY = 2;

	/** Working hours in a day: the clock of the simulation runs in working hours from the month's start. */
	static final double DAY_HOURS = 8;

	/**
	 * Handling time's noise: lognormal with mean 1 (sigma 0.5), by its quantile; a table, as it is the same for every
	 * scenario and drawn for every request.
	 */
	private static final QuantileTable HANDLING_NOISE = new QuantileTable(
			u -> Math.exp(-0.125 + 0.5 * Normal.quantile(u)));

	final YearMonth period;
	final int size;
	final byte[] kind;
	final double[] time;
	final double[] value;
	/** The value's percentile among its kind's values (the lognormal's distribution function): 0.5 is typical. */
	final double[] percentile;
	final double[] handling;
	final double[] uRoute;
	final double[] uOutcome;
	final double[] uSurvey;
	final double[] uReopen;
	/** The seed of the month's {@link Dice}. */
	private final long dice;

	private MonthArrivals(YearMonth period, int size, long dice, double[] times) {
		this.period = period;
		this.size = size;
		this.dice = dice;
		kind = new byte[size];
		time = times.length == size ? times : Arrays.copyOf(times, size);
		value = new double[size];
		percentile = new double[size];
		handling = new double[size];
		uRoute = new double[size];
		uOutcome = new double[size];
		uSurvey = new double[size];
		uReopen = new double[size];
	}

	/**
	 * Arrivals per working day as a Poisson process in the kinds' total rate (the team's size x the rate per rep x the
	 * weekday's weight): exponential gaps over the 8-hour day, so the times come in order and the day's count is
	 * Poisson; each arrival's kind is then drawn by the kinds' shares of the rate (the same distribution as a Poisson
	 * count per kind, merged in time).
	 */
	static MonthArrivals draw(Arrivals a, int teamSize, YearMonth period, SplittableRandom random) {
		int[] weekday = workingWeekdays(period);
		double perRep = a.ordersPerRepPerDay() + a.quotesPerRepPerDay() + a.queriesPerRepPerDay();
		double expected = 0;
		for (int day : weekday) {
			expected += perRep * teamSize * a.weekdays().get(day);
		}
		// Room for all but a 1-in-millions month; a longer month grows the array.
		double[] times = new double[(int) (expected + 6 * Math.sqrt(expected) + 16)];
		int size = 0;
		for (int d = 0; d < weekday.length; d++) {
			double perHour = perRep * teamSize * a.weekdays().get(weekday[d]) / DAY_HOURS;
			if (perHour <= 0) {
				continue;
			}
			double t = random.nextExponential() / perHour;
			while (t < DAY_HOURS) {
				if (size == times.length) {
					times = Arrays.copyOf(times, size * 2);
				}
				times[size++] = d * DAY_HOURS + t;
				t += random.nextExponential() / perHour;
			}
		}
		MonthArrivals m = new MonthArrivals(period, size, random.nextLong(), times);
		m.fill(a);
		return m;
	}

	/** Each request's kind, value and the numbers every request needs, from the dice. */
	private void fill(Arrivals a) {
		double rate = a.ordersPerRepPerDay() + a.quotesPerRepPerDay() + a.queriesPerRepPerDay();
		double orderShare = rate == 0 ? 0 : a.ordersPerRepPerDay() / rate;
		double quoteShare = rate == 0 ? 0 : (a.ordersPerRepPerDay() + a.quotesPerRepPerDay()) / rate;
		double orderMu = Math.log(a.orderMean()) - a.orderSigma() * a.orderSigma() / 2;
		double quoteMu = Math.log(a.quoteMean()) - a.quoteSigma() * a.quoteSigma() / 2;
		for (int k = 0; k < size; k++) {
			long kindAndValue = Dice.slot(dice, k, Dice.KIND / 2);
			double u = Dice.high(kindAndValue);
			byte kd = u < orderShare ? ORDER : u < quoteShare ? QUOTE : QUERY;
			kind[k] = kd;
			if (kd != QUERY) {
				double p = Dice.low(kindAndValue);
				percentile[k] = p;
				value[k] = kd == ORDER ? Math.exp(orderMu + a.orderSigma() * Normal.quantile(p))
						: Math.exp(quoteMu + a.quoteSigma() * Normal.quantile(p));
			}
			long handlingAndRoute = Dice.slot(dice, k, Dice.HANDLING / 2);
			// Handling time varies around its mean (lognormal, mean 1).
			handling[k] = HANDLING_NOISE.at(Dice.high(handlingAndRoute));
			uRoute[k] = Dice.low(handlingAndRoute);
			long outcomeAndSurvey = Dice.slot(dice, k, Dice.OUTCOME / 2);
			uOutcome[k] = Dice.high(outcomeAndSurvey);
			uSurvey[k] = Dice.low(outcomeAndSurvey);
			uReopen[k] = Dice.uniform(dice, k, Dice.REOPEN);
		}
	}

	/** The weekday (0 Monday to 4 Friday) of each working day of the month, in order. */
	private static int[] workingWeekdays(YearMonth period) {
		int[] days = new int[period.lengthOfMonth()];
		int working = 0;
		DayOfWeek day = period.atDay(1).getDayOfWeek();
		for (int d = 0; d < days.length; d++, day = day.plus(1)) {
			if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
				days[working++] = day.getValue() - 1;
			}
		}
		return Arrays.copyOf(days, working);
	}

	double uSkip(int k) {
		return Dice.uniform(dice, k, Dice.SKIP);
	}

	double csatNoise(int k) {
		return Dice.normal(dice, k, Dice.CSAT_NOISE);
	}

	double uAssist(int k) {
		return Dice.uniform(dice, k, Dice.ASSIST);
	}

	double uHelper(int k) {
		return Dice.uniform(dice, k, Dice.HELPER);
	}

	double uHit(int k) {
		return Dice.uniform(dice, k, Dice.HIT);
	}

	double uShift(int k) {
		return Dice.uniform(dice, k, Dice.SHIFT);
	}
}
