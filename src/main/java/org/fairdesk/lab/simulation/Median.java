package org.fairdesk.lab.simulation;

import java.util.Arrays;

/**
 * The median of a month's handling times by selection, not sorting: linear in the count, where a sort of every
 * request's time each month cost more than simulating it. The same value as sorting gives.
 */
final class Median {

	private Median() {
	}

	/** The median of the first count values (the mean of the middle two for an even count); values are unchanged. */
	static double of(double[] values, int count) {
		return inPlace(Arrays.copyOf(values, count), 0, count);
	}

	/**
	 * The median of each group's values (NaN for a group with none): values[k] belongs to group groups[k], for k
	 * below count. The values are gathered group by group into one array (a counting sort by group), then each
	 * group's median is selected in place.
	 */
	static double[] byGroup(double[] values, int[] groups, int count, int groupCount) {
		int[] start = new int[groupCount + 1];
		for (int k = 0; k < count; k++) {
			start[groups[k] + 1]++;
		}
		for (int g = 0; g < groupCount; g++) {
			start[g + 1] += start[g];
		}
		int[] next = java.util.Arrays.copyOf(start, groupCount);
		double[] gathered = new double[count];
		for (int k = 0; k < count; k++) {
			gathered[next[groups[k]]++] = values[k];
		}
		double[] medians = new double[groupCount];
		for (int g = 0; g < groupCount; g++) {
			medians[g] = inPlace(gathered, start[g], start[g + 1]);
		}
		return medians;
	}

	/** The median of v[from..to), reordering them; NaN when empty. */
	private static double inPlace(double[] v, int from, int to) {
		int count = to - from;
		if (count == 0) {
			return Double.NaN;
		}
		int middle = from + count / 2;
		select(v, from, to - 1, middle);
		if (count % 2 == 1) {
			return v[middle];
		}
		// Everything before the middle is at most v[middle]: the lower middle value is the largest of them.
		double lower = v[from];
		for (int i = from + 1; i < middle; i++) {
			lower = Math.max(lower, v[i]);
		}
		return (lower + v[middle]) / 2;
	}

	/** Puts the value of rank k within v[from..last] at k, the smaller ones before it and the larger after (Hoare's
	 * selection). */
	static void select(double[] v, int from, int last, int k) {
		int low = from;
		int high = last;
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
			if (k <= j) {
				high = j;
			}
			else if (k >= i) {
				low = i;
			}
			else {
				return;
			}
		}
	}

	private static double medianOfThree(double a, double b, double c) {
		return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
	}
}
