package org.fairdesk.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The largest-remainder method on whole minor units, for splits that must sum exactly. */
final class LargestRemainder {

	private LargestRemainder() {
	}

	static List<Long> split(long units, List<BigDecimal> weights, BigDecimal total) {
		// Work on the magnitude so a negative amount splits symmetrically, then restore the sign.
		long sign = Long.signum(units);
		BigInteger magnitude = BigInteger.valueOf(Math.abs(units));
		List<Long> floors = new ArrayList<>();
		List<BigDecimal> remainders = new ArrayList<>();
		for (BigDecimal weight : weights) {
			BigDecimal exact = new BigDecimal(magnitude).multiply(weight);
			BigDecimal[] division = exact.divideAndRemainder(total);
			floors.add(division[0].setScale(0, RoundingMode.DOWN).longValueExact());
			remainders.add(division[1]);
		}
		long leftOver = magnitude.longValueExact() - floors.stream().mapToLong(Long::longValue).sum();
		IntStream.range(0, weights.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
			.limit(leftOver)
			.forEach(i -> floors.set(i, floors.get(i) + 1));
		return floors.stream().map(f -> f * sign).toList();
	}
}
