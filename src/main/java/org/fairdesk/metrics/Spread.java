package org.fairdesk.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One group's durations, and their continuous percentiles exactly as SQL's {@code percentile_cont} interpolates them
 * (docs/metrics.md: a median of two is their mean), rounded half up to whole seconds.
 *
 * <p>They are computed here, from the rows, rather than by {@code percentile_cont} in the statement that sums the
 * rest: PostgreSQL sorts every group's rows for an ordered-set aggregate and cannot hash them, which over a month of
 * a million requests cost ten times the sums themselves (docs/benchmarks-history.md, "Close speed"). Nor are they
 * sorted here: a percentile needs only the values at two ranks, which a selection finds in time proportional to the
 * count.
 */
final class Spread {

	private double[] values = new double[8];
	private int size;
	/**
	 * The values are in ascending order (a rep's kept so, {@link RepMonth}): a percentile reads its two values where
	 * they are.
	 */
	private boolean sorted;

	/**
	 * Sorted groups' values as one, left where they are: a percentile finds its values by counting in each group
	 * ({@link #kth}), which over a kept month's 500 reps costs a thousandth of selecting among a million values.
	 */
	private double[][] runs;

	/** The spreads' values as one. */
	static Spread of(List<Spread> spreads) {
		if (!spreads.isEmpty() && spreads.stream().allMatch(s -> s.sorted || s.size == 0)) {
			Spread all = new Spread();
			all.runs = spreads.stream().filter(s -> s.size > 0).map(s -> Arrays.copyOf(s.values, s.size))
				.toArray(double[][]::new);
			all.size = spreads.stream().mapToInt(s -> s.size).sum();
			return all;
		}
		Spread all = new Spread();
		all.values = new double[Math.max(8, spreads.stream().mapToInt(s -> s.size).sum())];
		for (Spread spread : spreads) {
			System.arraycopy(spread.values, 0, all.values, all.size, spread.size);
			all.size += spread.size;
		}
		return all;
	}

	/** A group's durations as kept ({@link RepMonth}): in ascending order. */
	static Spread ofSorted(double[] values) {
		Spread spread = new Spread();
		spread.values = values.length < 8 ? Arrays.copyOf(values, 8) : values.clone();
		spread.size = values.length;
		for (int i = 0; i < values.length; i++) {
			if (Double.isNaN(values[i]) || i > 0 && values[i] < values[i - 1]) {
				throw new IllegalArgumentException("kept durations not a number or out of order at " + i);
			}
		}
		spread.sorted = true;
		return spread;
	}

	/** The values in ascending order (a copy). */
	double[] sortedValues() {
		if (runs != null) {
			double[] all = Arrays.stream(runs).flatMapToDouble(Arrays::stream).toArray();
			Arrays.sort(all);
			return all;
		}
		double[] copy = Arrays.copyOf(values, size);
		if (!sorted) {
			Arrays.sort(copy);
		}
		return copy;
	}

	void add(double value) {
		if (runs != null) {
			throw new IllegalStateException("the values of sorted groups are read, not added to");
		}
		sorted = false;
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = value;
	}

	/**
	 * The p-th continuous percentile (0 ≤ p ≤ 1), null without values: the value at rank p·(n−1) in ascending
	 * order, interpolated linearly between the two values around it, as PostgreSQL and H2 compute it.
	 */
	@Nullable Long percentile(double p) {
		if (size == 0) {
			return null;
		}
		double rank = p * (size - 1);
		int below = (int) Math.floor(rank);
		int above = (int) Math.ceil(rank);
		double first = runs != null ? kth(below) : sorted ? values[below] : select(below);
		double next = below == above ? first
				: runs != null ? kth(above) : sorted ? values[above] : smallestAfter(below);
		double value = first + (next - first) * (rank - below);
		return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	/**
	 * The k-th smallest value (from 0) of sorted groups ({@link #runs}): the least value that at least k + 1 values
	 * are at most, found by halving the range of doubles in their order as bits and counting in each group by a
	 * binary search.
	 */
	private double kth(int k) {
		long low = Long.MAX_VALUE;
		long high = Long.MIN_VALUE;
		for (double[] run : runs) {
			low = Math.min(low, ordered(run[0]));
			high = Math.max(high, ordered(run[run.length - 1]));
		}
		while (low < high) {
			long middle = (low >> 1) + (high >> 1) + (low & high & 1);
			if (atMost(value(middle)) >= k + 1L) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return value(low);
	}

	/** How many of the sorted groups' values are at most {@code v}. */
	private long atMost(double v) {
		long count = 0;
		for (double[] run : runs) {
			int low = 0;
			int high = run.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (run[middle] <= v) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			count += low;
		}
		return count;
	}

	/** A double's bits as a long in the doubles' order (negative ones flipped), and back: the same operation. */
	private static long ordered(double v) {
		long bits = Double.doubleToLongBits(v);
		return bits ^ ((bits >> 63) & Long.MAX_VALUE);
	}

	private static double value(long ordered) {
		return Double.longBitsToDouble(ordered ^ ((ordered >> 63) & Long.MAX_VALUE));
	}

	/**
	 * The k-th smallest value (from 0), the values reordered so that none before index k is larger and none after it
	 * smaller: a quickselect, three-way so that many equal durations (a rep's zeros) do not slow it.
	 */
	private double select(int k) {
		int low = 0;
		int high = size - 1;
		while (low < high) {
			double pivot = medianOf(values[low], values[(low + high) >>> 1], values[high]);
			int less = low;
			int i = low;
			int more = high;
			while (i <= more) {
				double v = values[i];
				if (v < pivot) {
					swap(less++, i++);
				}
				else if (v > pivot) {
					swap(i, more--);
				}
				else {
					i++;
				}
			}
			if (k < less) {
				high = less - 1;
			}
			else if (k > more) {
				low = more + 1;
			}
			else {
				return values[k];
			}
		}
		return values[k];
	}

	/** After {@link #select(int)}: the (k+1)-th smallest, the least of the values after index k. */
	private double smallestAfter(int k) {
		double least = values[k + 1];
		for (int i = k + 2; i < size; i++) {
			least = Math.min(least, values[i]);
		}
		return least;
	}

	private void swap(int i, int j) {
		double v = values[i];
		values[i] = values[j];
		values[j] = v;
	}

	private static double medianOf(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}
}
