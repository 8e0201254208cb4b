package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;

/** How the plan language writes and bounds its numbers: one place for the ranges and for the way a statement prints them. */
final class Numbers {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Scores and normalised measures are kept to 4 decimals, so a statement shows exactly what was used. */
	static final int SCORE_DECIMALS = 4;

	/** The API's limit on an amount (as for requests' values): less than 10^12. */
	static final BigDecimal AMOUNT_LIMIT = org.fairdesk.shared.Money.LIMIT;

	/** The most a pool may come to: the limit less the smallest minor unit of any currency Fairdesk counts in. */
	static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999.99");

	private Numbers() {
	}

	/** A number as a person writes it: 5, 2.5, 0.0125; a number with an absurd scale in the short form. */
	static String written(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		if (Math.abs(stripped.scale()) > 20) {
			return stripped.toString();
		}
		return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}

	/** Decimals after the point, read from the scale alone (1e-150000000 is never written out). */
	static int decimals(BigDecimal number) {
		return Math.max(0, number.stripTrailingZeros().scale());
	}

	/** {@code a / b} rounded once, half-even, to 4 decimals: a normalised measure, a factor on a ramp, a weight shown. */
	static BigDecimal ratio(BigDecimal a, BigDecimal b) {
		return a.divide(b, SCORE_DECIMALS, RoundingMode.HALF_EVEN);
	}

	/**
	 * A quotient as a statement shows it: to 6 decimals, with "…" when it goes on (20.843333…). Cheaper than the full
	 * 34 digits and as informative: the amount paid is the rounding of it, which the same line explains.
	 */
	static String quotient(BigDecimal a, BigDecimal b) {
		BigDecimal shown = a.divide(b, 6, RoundingMode.DOWN);
		return written(shown) + (shown.multiply(b).compareTo(a) == 0 ? "" : "…");
	}

	static BigDecimal rounded(BigDecimal number) {
		return number.setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN);
	}

	/** The ranges of each kind of number in a plan, checked under the member's path. */
	record Ranges(FieldChecks checks, int amountDecimals) {

		boolean percent(@Nullable BigDecimal percent, String path) {
			return within(percent, path, BigDecimal.ZERO, false, HUNDRED, 4, "a percentage more than 0 and at most 100");
		}

		/** A multiplier's factor: 0 (nothing paid) to 10. */
		boolean factor(@Nullable BigDecimal factor, String path) {
			return within(factor, path, BigDecimal.ZERO, true, BigDecimal.TEN, 4, "a factor from 0 to 10");
		}

		boolean weight(@Nullable BigDecimal weight, String path) {
			return within(weight, path, BigDecimal.ZERO, false, HUNDRED, 4, "a weight more than 0 and at most 100");
		}

		/** A value of a metric to compare with: CSAT 4.0, SLA 90 (%), 30 (minutes). */
		boolean threshold(@Nullable BigDecimal value, String path) {
			return within(value, path, AMOUNT_LIMIT.negate(), false, AMOUNT_LIMIT.subtract(BigDecimal.ONE), 4,
					"a number less than 10^12 either way");
		}

		boolean amount(@Nullable BigDecimal amount, String path, boolean positive) {
			return within(amount, path, BigDecimal.ZERO, !positive, AMOUNT_LIMIT.subtract(BigDecimal.ONE.movePointLeft(
					amountDecimals)), amountDecimals,
					"an amount " + (positive ? "more than 0" : "of 0 or more") + " and less than 10^12");
		}

		boolean optionalAmount(@Nullable BigDecimal amount, String path, boolean positive) {
			return amount == null || amount(amount, path, positive);
		}

		private boolean within(@Nullable BigDecimal value, String path, BigDecimal low, boolean lowIncluded,
				BigDecimal high, int maxDecimals, String what) {
			boolean ok = value != null && (lowIncluded ? value.compareTo(low) >= 0 : value.compareTo(low) > 0)
					&& value.compareTo(high) <= 0 && decimals(value) <= maxDecimals;
			checks.require(ok, path, (value == null ? "is required: " : "must be ") + what + ", with at most "
					+ maxDecimals + " decimals" + (value == null ? "" : ", got " + Inputs.shortened(value.toString())));
			return ok;
		}
	}
}
