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
		// Work on the magnitude (as BigInteger: |Long.MIN_VALUE| does not fit a long) so a negative amount splits
		// symmetrically, then restore the sign.
		BigInteger magnitude = BigInteger.valueOf(units).abs();
		List<BigInteger> floors = new ArrayList<>();
		List<BigDecimal> remainders = new ArrayList<>();
		for (BigDecimal weight : weights) {
			BigDecimal[] division = new BigDecimal(magnitude).multiply(weight).divideAndRemainder(total);
			floors.add(division[0].setScale(0, RoundingMode.DOWN).toBigIntegerExact());
			remainders.add(division[1]);
		}
		long leftOver = magnitude.subtract(floors.stream().reduce(BigInteger.ZERO, BigInteger::add)).longValueExact();
		IntStream.range(0, weights.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
			.limit(leftOver)
			.forEach(i -> floors.set(i, floors.get(i).add(BigInteger.ONE)));
		return floors.stream().map(f -> (units < 0 ? f.negate() : f).longValueExact()).toList();
	}
}
