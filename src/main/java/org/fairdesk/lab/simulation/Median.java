package org.fairdesk.lab.simulation;

import java.util.Arrays;

/**
 * Medians of a month's handling times without sorting them: the values are counted into buckets by the top bits of
 * their binary form (64 to an octave: for positive numbers the bits order as the values do), the bucket holding the
 * middle rank is found from the counts, and only its few values are selected among. Linear in the count and with
 * few unpredictable branches, where a sort, or even a selection over all of them, cost more than simulating the
 * month. The result is exactly the sorted middle value (the mean of the two middle ones for an even count).
 * <p>
 * For positive values only (working hours are). An instance keeps its buckets and scratch between calls (a month's
 * facts use one), and is not for sharing between threads.
 */
final class Median {

	/** The bits below the sign, the exponent and 6 bits of the fraction: 64 buckets an octave. */
	private static final int SHIFT = 46;

	/** Buckets either side of the first value's: 32 octaves, far beyond any spread of working hours. */
	private static final int BUCKETS = 4096;

	private final int[] counts = new int[BUCKETS];
	private double[] scratch = new double[64];

	/** The median of v[from..to), NaN when empty; v is left as it is. */
	double of(double[] v, int from, int to) {
		int count = to - from;
		if (count == 0) {
			return Double.NaN;
		}
		int base = key(v[from]) - BUCKETS / 2;
		int lowest = BUCKETS;
		int highest = -1;
		for (int k = from; k < to; k++) {
			int b = bucket(v[k], base);
			counts[b]++;
			lowest = Math.min(lowest, b);
			highest = Math.max(highest, b);
		}
		int lowerRank = (count - 1) / 2;
		int upperRank = count / 2;
		int below = 0;
		int first = lowest;
		while (below + counts[first] <= lowerRank) {
			below += counts[first++];
		}
		int last = first;
		int through = below + counts[first];
		while (through <= upperRank) {
			through += counts[++last];
		}
		Arrays.fill(counts, lowest, highest + 1, 0);
		if (scratch.length < through - below) {
			scratch = new double[Math.max(through - below, 2 * scratch.length)];
		}
		int m = 0;
		for (int k = from; k < to; k++) {
			int b = bucket(v[k], base);
			if (b >= first && b <= last) {
				scratch[m++] = v[k];
			}
		}
		double lower = ranked(scratch, m, lowerRank - below);
		double upper = upperRank == lowerRank ? lower : ranked(scratch, m, upperRank - below);
		return (lower + upper) / 2;
	}

	/**
	 * The median of each group's values (NaN for a group with none): values[k] belongs to group groups[k], for k
	 * below count. The values are gathered group by group into one array (a counting sort by group) first.
	 */
	double[] byGroup(double[] values, int[] groups, int count, int groupCount) {
		int[] start = new int[groupCount + 1];
		for (int k = 0; k < count; k++) {
			start[groups[k] + 1]++;
		}
		for (int g = 0; g < groupCount; g++) {
			start[g + 1] += start[g];
		}
		int[] next = Arrays.copyOf(start, groupCount);
		double[] gathered = new double[count];
		for (int k = 0; k < count; k++) {
			gathered[next[groups[k]]++] = values[k];
		}
		double[] medians = new double[groupCount];
		for (int g = 0; g < groupCount; g++) {
			medians[g] = of(gathered, start[g], start[g + 1]);
		}
		return medians;
	}

	private static int key(double x) {
		return (int) (Double.doubleToRawLongBits(x) >>> SHIFT);
	}

	private static int bucket(double x, int base) {
		int b = key(x) - base;
		return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
	}

	/** The value of the given rank (from 0) among v[0..count), reordering them (Hoare's selection). */
	static double ranked(double[] v, int count, int rank) {
		int low = 0;
		int high = count - 1;
		while (high > low) {
			double pivot = medianOfThree(v[low], v[(low + high) >>> 1], v[high]);
			int i = low;
			int j = high;
			while (i <= j) {
				while (v[i] < pivot) {
					i++;
				}
				while (v[j] > pivot) {
					j--;
				}
				if (i <= j) {
					double swap = v[i];
					v[i] = v[j];
					v[j] = swap;
					i++;
					j--;
				}
			}
			if (rank <= j) {
				high = j;
			}
			else if (rank >= i) {
				low = i;
			}
			else {
				break;
			}
		}
		return v[rank];
	}

	private static double medianOfThree(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}
}
