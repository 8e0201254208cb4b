package org.fairdesk.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The backtest's measures of how pay is spread (docs/lab.md, Backtests): statistics of payouts a calculator made,
 * never pay arithmetic. Each is exact up to one division, rounded once to {@link #DECIMALS} places, half even.
 */
public final class BacktestStatistics {

	/** Ratios (Gini, coefficient of variation, shares) are fractions to 4 places, as the facts document's shares are. */
	public static final int DECIMALS = 4;

	private static final MathContext ROOT = new MathContext(34, RoundingMode.HALF_EVEN);

	private BacktestStatistics() {
	}

	/**
	 * The Gini coefficient of payouts: the mean absolute difference of every ordered pair, self-pairs included,
	 * divided by twice the mean, {@code sum|xi - xj| / (2 n^2 mean)}, computed as
	 * {@code (2 sum(i * x(i)) - (n + 1) sum x) / (n sum x)} on the payouts sorted ascending, i from 1. 0 when all
	 * are equal; (n - 1) / n when one rep has everything. Null without payouts or when their sum is 0 or less.
	 */
	public static @Nullable BigDecimal gini(List<BigDecimal> payouts) {
		int n = payouts.size();
		BigDecimal sum = payouts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (n == 0 || sum.signum() <= 0) {
			return null;
		}
		List<BigDecimal> sorted = payouts.stream().sorted().toList();
		BigDecimal weighted = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			weighted = weighted.add(sorted.get(i).multiply(BigDecimal.valueOf(i + 1L)));
		}
		BigDecimal numerator = weighted.multiply(BigDecimal.valueOf(2)).subtract(sum.multiply(BigDecimal.valueOf(n + 1L)));
		return numerator.divide(sum.multiply(BigDecimal.valueOf(n)), DECIMALS, RoundingMode.HALF_EVEN);
	}

	/**
	 * The coefficient of variation of one rep's monthly payouts: their population standard deviation (divided by n,
	 * not n - 1: the months backtested are all the months there are, not a sample) over their mean, computed as
	 * {@code sqrt(n sum x^2 - (sum x)^2) / sum x}. Null for fewer than 2 months or a mean of 0 or less.
	 */
	public static @Nullable BigDecimal variability(List<BigDecimal> monthly) {
		int n = monthly.size();
		BigDecimal sum = monthly.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (n < 2 || sum.signum() <= 0) {
			return null;
		}
		BigDecimal squares = monthly.stream().map(x -> x.multiply(x)).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal spread = squares.multiply(BigDecimal.valueOf(n)).subtract(sum.multiply(sum)).max(BigDecimal.ZERO);
		return spread.sqrt(ROOT).divide(sum, DECIMALS, RoundingMode.HALF_EVEN);
	}

	/** The mean of the values given, null for none: e.g. a plan's average variability over the reps who have one. */
	public static @Nullable BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), DECIMALS, RoundingMode.HALF_EVEN);
	}

	/** Cost as a share of a basis (gross margin, revenue); null when the basis is 0 or less, where it means nothing. */
	public static @Nullable BigDecimal share(BigDecimal total, BigDecimal basis) {
		if (basis.signum() <= 0) {
			return null;
		}
		return total.divide(basis, DECIMALS, RoundingMode.HALF_EVEN);
	}
}
