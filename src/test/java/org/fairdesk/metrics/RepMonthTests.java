package org.fairdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rep's durations kept small and read back exactly (the packing {@link RepMonth} keeps them in). */
class RepMonthTests {

	@Test
	void wholeSecondsArePackedAsVariableLengthNumbersAndReadBackExactly() {
		double[] values = { 0, 1, 127, 128, 3_600, 86_400 * 40, -5, 1L << 40 };
		String packed = RepMonth.pack(values);
		assertThat(packed).startsWith("i");
		assertThat(RepMonth.unpack(packed)).containsExactly(values);
		assertThat(RepMonth.unpack(RepMonth.pack(new double[0]))).isEmpty();
	}

	/** A rep's durations are kept in order, and their percentiles read where they are are the ones selected. */
	@Test
	void percentilesOfKeptDurationsAreThoseOfTheDurationsAsRead() {
		java.util.Random random = new java.util.Random(7);
		for (int n : new int[] { 1, 2, 3, 10, 1001 }) {
			Spread read = new Spread();
			for (int i = 0; i < n; i++) {
				read.add(random.nextInt(5) == 0 ? 0 : random.nextInt(100_000));
			}
			Spread kept = Spread.ofSorted(RepMonth.unpack(RepMonth.pack(read.sortedValues())));
			for (double p : new double[] { 0, 0.5, 0.9, 1 }) {
				assertThat(kept.percentile(p)).as("p%s of %d", p, n).isEqualTo(read.percentile(p));
			}
		}
	}

	@Test
	void anyFractionKeepsEveryValueAsADouble() {
		double[] values = { 1.5, 2, 0.001 };
		String packed = RepMonth.pack(values);
		assertThat(packed).startsWith("d");
		assertThat(RepMonth.unpack(packed)).containsExactly(values);
	}
}
