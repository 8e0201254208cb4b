package org.fairdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Spread}'s selection against the plain definition (sort, then interpolate between the two values around
 * rank p·(n−1)) on many shapes: random, already sorted, reversed, all equal, few distinct values, and put together
 * from several spreads as the team's is. {@code MetricsScenario} checks the definition against the databases.
 */
class SpreadTests {

	private static final double[] PERCENTILES = { 0, 0.1, 0.25, 0.5, 0.9, 0.99, 1 };

	@Test
	void selectionGivesTheSortedDefinitionOnEveryShape() {
		Random random = new Random(42);
		for (int n = 1; n <= 300; n += n < 20 ? 1 : 37) {
			for (int shape = 0; shape < 5; shape++) {
				double[] values = new double[n];
				for (int i = 0; i < n; i++) {
					values[i] = switch (shape) {
						case 0 -> random.nextInt(100_000) / 7.0;
						case 1 -> i * 3;
						case 2 -> (n - i) * 5.5;
						case 3 -> 600;
						default -> random.nextInt(3) * 60;
					};
				}
				for (double p : PERCENTILES) {
					Spread spread = new Spread();
					Arrays.stream(values).forEach(spread::add);
					assertThat(spread.percentile(p)).as("p%s, n %s, shape %s", p, n, shape).isEqualTo(sorted(values, p));
				}
			}
		}
	}

	@Test
	void aTeamsSpreadIsItsRepsPutTogether() {
		Spread ann = new Spread();
		Spread ben = new Spread();
		Spread empty = new Spread();
		List.of(300.0, 900.0, 60.0).forEach(ann::add);
		List.of(1200.0, 0.0).forEach(ben::add);
		assertThat(ann.percentile(0.5)).isEqualTo(300);
		Spread team = Spread.of(List.of(ann, empty, ben));
		// 0 60 300 900 1200: the median is 300; p90 at rank 3.6: 900 + 0.6 × 300 = 1080
		assertThat(team.percentile(0.5)).isEqualTo(300);
		assertThat(team.percentile(0.9)).isEqualTo(1080);
		assertThat(Spread.of(List.of(empty)).percentile(0.5)).isNull();
	}

	/** Kept groups, each in order, put together as a kept month's team is: counted in place, the same percentiles. */
	@Test
	void sortedGroupsPutTogetherGiveTheSortedDefinition() {
		Random random = new Random(11);
		for (int round = 0; round < 200; round++) {
			int groups = 1 + random.nextInt(12);
			List<Spread> kept = new java.util.ArrayList<>();
			double[] all = new double[0];
			for (int g = 0; g < groups; g++) {
				double[] values = new double[random.nextInt(40)];
				for (int i = 0; i < values.length; i++) {
					values[i] = switch (round % 4) {
						case 0 -> random.nextInt(86_400);
						case 1 -> random.nextInt(5) * 60;
						case 2 -> (random.nextInt(2_000) - 1_000) / 3.0;
						default -> random.nextInt(3) == 0 ? 0.0 : -0.0;
					};
				}
				Arrays.sort(values);
				kept.add(Spread.ofSorted(values));
				all = java.util.stream.DoubleStream.concat(Arrays.stream(all), Arrays.stream(values)).toArray();
			}
			Spread team = Spread.of(kept);
			for (double p : PERCENTILES) {
				assertThat(team.percentile(p)).as("round %s, p%s", round, p)
					.isEqualTo(all.length == 0 ? null : sorted(all, p));
			}
		}
	}

	@Test
	void halvesRoundUp() {
		Spread spread = new Spread();
		List.of(1.0, 2.0).forEach(spread::add);
		assertThat(spread.percentile(0.5)).isEqualTo(2);
		assertThat(spread.percentile(0.25)).isEqualTo(1);
	}

	private static long sorted(double[] values, double p) {
		double[] copy = values.clone();
		Arrays.sort(copy);
		double rank = p * (copy.length - 1);
		int below = (int) Math.floor(rank);
		int above = (int) Math.ceil(rank);
		double value = copy[below] + (copy[above] - copy[below]) * (rank - below);
		return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}
}
