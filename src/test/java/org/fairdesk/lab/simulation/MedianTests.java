package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The bucketed median is exactly the sorted one, for any count, ties and spreads included. */
class MedianTests {

	@Test
	void isTheSortedMiddleValue() {
		SplittableRandom random = new SplittableRandom(5);
		Median median = new Median();
		for (int count = 1; count < 400; count++) {
			double[] values = new double[count + 3];
			for (int k = 0; k < values.length; k++) {
				// Lognormal hours, some repeated exactly, some far apart.
				values[k] = k % 7 == 3 ? 0.75 : Math.exp(random.nextGaussian() * (count % 3 == 0 ? 6 : 0.5));
			}
			double[] copy = values.clone();
			assertThat(median.of(values, 2, 2 + count)).as("count %d", count).isEqualTo(sorted(values, 2, 2 + count));
			assertThat(values).isEqualTo(copy);
		}
	}

	@Test
	void byGroupIsEachGroupsMedian() {
		SplittableRandom random = new SplittableRandom(6);
		int count = 1000;
		double[] values = new double[count];
		int[] groups = new int[count];
		for (int k = 0; k < count; k++) {
			values[k] = Math.exp(random.nextGaussian());
			groups[k] = random.nextInt(4);
		}
		double[] medians = new Median().byGroup(values, groups, count, 5);
		for (int g = 0; g < 4; g++) {
			int group = g;
			double[] mine = java.util.stream.IntStream.range(0, count).filter(k -> groups[k] == group)
				.mapToDouble(k -> values[k]).toArray();
			assertThat(medians[g]).isEqualTo(sorted(mine, 0, mine.length));
		}
		assertThat(medians[4]).isNaN();
	}

	private static double sorted(double[] values, int from, int to) {
		double[] s = Arrays.copyOfRange(values, from, to);
		Arrays.sort(s);
		int c = s.length;
		return c % 2 == 1 ? s[c / 2] : (s[c / 2 - 1] + s[c / 2]) / 2;
	}
}
