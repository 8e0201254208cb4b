package org.fairdesk.lab.simulation;

/**
 * A figure's mean over the replications and its 95 % confidence interval (Student's t on the replications' values;
 * a single replication has no interval: low and high are its value).
 */
public record Estimate(double mean, double low, double high, int replications) {

	/** Two-sided 97.5 % quantiles of Student's t for 1 to 30 degrees of freedom; 1.96 beyond. */
	private static final double[] T = { 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
			2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
			2.052, 2.048, 2.045, 2.042 };

	/** Mean and variance accumulated one replication at a time, in replication order (Welford). */
	static final class Running {

		private int n;
		private double mean;
		private double squares;

		void add(double x) {
			n++;
			double delta = x - mean;
			mean += delta / n;
			squares += delta * (x - mean);
		}

		Estimate estimate() {
			if (n < 2) {
				return new Estimate(mean, mean, mean, n);
			}
			double t = n - 1 <= T.length ? T[n - 2] : 1.96;
			double half = t * Math.sqrt(squares / (n - 1) / n);
			return new Estimate(mean, mean - half, mean + half, n);
		}
	}
}
