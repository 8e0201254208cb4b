package org.fairdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An exact amount of one currency, always scaled to the currency's minor unit.
 * <p>
 * {@link #of(BigDecimal, Currency)} is the one place where Fairdesk rounds money.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) implements Comparable<Money> {

	/**
	 * Every amount Fairdesk takes from outside (a request's value, a plan's cap, a facts document, an adjustment) is
	 * less than this either way: the one limit on money, so no amount reaches a column or a long it cannot fit.
	 */
	public static final BigDecimal LIMIT = BigDecimal.TEN.pow(12);

	/** Half-even keeps rounding unbiased over many statements (banker's rounding). */
	public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (amount.scale() != currency.getDefaultFractionDigits()) {
			throw new IllegalArgumentException(
					"Money must be scaled to " + currency + ": use Money.of, got " + amount.toPlainString());
		}
	}

	public static Money of(BigDecimal amount, Currency currency) {
		int digits = currency.getDefaultFractionDigits();
		if (amount.signum() == 0 || (long) amount.precision() - amount.scale() < -digits) {
			// Less than a tenth of a minor unit (a tiny rate's product may have a scale of millions): zero, without
			// setScale dividing by ten to the power of that scale.
			return new Money(BigDecimal.ZERO.setScale(digits), currency);
		}
		return new Money(amount.setScale(digits, ROUNDING), currency);
	}

	public static Money of(String amount, String currency) {
		return of(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money zero(Currency currency) {
		return of(BigDecimal.ZERO, currency);
	}

	public static Money ofMinor(long minorUnits, Currency currency) {
		return new Money(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
	}

	public long minorUnits() {
		return amount.unscaledValue().longValueExact();
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.subtract(other.amount), currency);
	}

	/** Multiplies by a factor (a rate, a percentage as a fraction) and rounds once. */
	public Money times(BigDecimal factor) {
		return of(amount.multiply(factor), currency);
	}

	@JsonIgnore
	public boolean isNegative() {
		return amount.signum() < 0;
	}

	@JsonIgnore
	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public Money atLeastZero() {
		return isNegative() ? zero(currency) : this;
	}

	/**
	 * Splits this amount into {@code weights.size()} parts proportional to the weights, so that the parts
	 * sum exactly to this amount: each part gets its floor in minor units, and the minor units left over go
	 * one each to the parts with the largest remainders (ties to the earlier part).
	 */
	public List<Money> allocate(List<BigDecimal> weights) {
		if (weights.isEmpty()) {
			throw new IllegalArgumentException("Cannot allocate among nobody");
		}
		BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
			throw new IllegalArgumentException("Weights must be non-negative with a positive sum: " + weights);
		}
		return LargestRemainder.split(minorUnits(), weights, total).stream()
			.map(units -> ofMinor(units, currency))
			.toList();
	}

	public List<Money> allocateEqually(int parts) {
		List<BigDecimal> weights = new ArrayList<>();
		for (int i = 0; i < parts; i++) {
			weights.add(BigDecimal.ONE);
		}
		return allocate(weights);
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return amount.compareTo(other.amount);
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
		}
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency.getCurrencyCode();
	}
}
