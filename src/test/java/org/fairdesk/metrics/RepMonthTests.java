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

	@Test
	void anyFractionKeepsEveryValueAsADouble() {
		double[] values = { 1.5, 2, 0.001 };
		String packed = RepMonth.pack(values);
		assertThat(packed).startsWith("d");
		assertThat(RepMonth.unpack(packed)).containsExactly(values);
	}
}
