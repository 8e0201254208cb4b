package org.fairdesk.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One group's durations, and their continuous percentiles exactly as SQL's {@code percentile_cont} interpolates them
 * (docs/metrics.md: a median of two is their mean), rounded half up to whole seconds.
 *
 * <p>They are computed here, from the rows, rather than by {@code percentile_cont} in the statement that sums the
 * rest: PostgreSQL sorts every group's rows for an ordered-set aggregate and cannot hash them, which over a month of
 * a million requests cost ten times the sums themselves (docs/benchmarks-history.md, "Close speed"). Sorting the
 * numbers here is a fraction of that.
 */
final class Spread {

	private double[] values = new double[8];
	private int size;
	private boolean sorted = true;

	/** The spreads' values as one. */
	static Spread of(java.util.List<Spread> spreads) {
		Spread all = new Spread();
		all.values = new double[Math.max(8, spreads.stream().mapToInt(s -> s.size).sum())];
		for (Spread spread : spreads) {
			System.arraycopy(spread.values, 0, all.values, all.size, spread.size);
			all.size += spread.size;
		}
		all.sorted = all.size == 0;
		return all;
	}

	void add(double value) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
		sorted = false;
	}

	/**
	 * The p-th continuous percentile (0 ≤ p ≤ 1), null without values: the value at rank p·(n−1) in ascending
	 * order, interpolated linearly between the two values around it, as PostgreSQL and H2 compute it.
	 */
	@Nullable Long percentile(double p) {
		if (size == 0) {
			return null;
		}
		if (!sorted) {
			Arrays.sort(values, 0, size);
			sorted = true;
		}
		double rank = p * (size - 1);
		int below = (int) Math.floor(rank);
		int above = (int) Math.ceil(rank);
		double first = values[below];
		double value = below == above ? first : first + (values[above] - first) * (rank - below);
		return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}
}
