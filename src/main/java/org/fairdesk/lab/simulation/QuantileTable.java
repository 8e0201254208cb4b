package org.fairdesk.lab.simulation;

import java.util.function.DoubleUnaryOperator;

/**
 * A distribution's quantile function tabulated at 4,096 steps and read by linear interpolation, exact in the outer
 * two steps (where the function bends most): a table look-up instead of a quantile and an exponential for a number
 * drawn for every request. Between steps the error is far below the noise it models.
 */
final class QuantileTable {

	private static final int STEPS = 4096;

	private final DoubleUnaryOperator quantile;
	private final double[] table = new double[STEPS + 1];

	QuantileTable(DoubleUnaryOperator quantile) {
		this.quantile = quantile;
		for (int i = 1; i < STEPS; i++) {
			table[i] = quantile.applyAsDouble((double) i / STEPS);
		}
	}

	/** The quantile of u, for u in (0, 1). */
	double at(double u) {
		double x = u * STEPS;
		int i = (int) x;
		if (i < 1 || i >= STEPS - 1) {
			return quantile.applyAsDouble(u);
		}
		double lower = table[i];
		return lower + (x - i) * (table[i + 1] - lower);
	}
}
