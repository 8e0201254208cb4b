package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of {@link Money#allocate}. Amounts stay within {@code ±Long.MAX_VALUE} minor units: {@code Long.MIN_VALUE}
 * is a known bug (see {@code MoneyTests.allocate_the_most_negative_amount_keeps_the_sign}).
 */
class MoneyProperties {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Property
	void parts_sum_exactly_to_the_amount(@ForAll @LongRange(min = -Long.MAX_VALUE) long units,
			@ForAll @Size(min = 1, max = 50) List<@IntRange(min = 1, max = 1_000_000) Integer> weights) {
		Money amount = Money.ofMinor(units, EUR);

		List<Money> parts = amount.allocate(decimals(weights));

		assertThat(parts).hasSize(weights.size());
		assertThat(parts.stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(amount);
	}

	@Property
	void every_part_is_within_one_minor_unit_of_its_exact_share(@ForAll @LongRange(min = -Long.MAX_VALUE) long units,
			@ForAll @Size(min = 1, max = 50) List<@IntRange(min = 1, max = 1_000_000) Integer> weights) {
		List<BigDecimal> decimals = decimals(weights);
		BigDecimal total = decimals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

		List<Money> parts = Money.ofMinor(units, EUR).allocate(decimals);

		for (int i = 0; i < parts.size(); i++) {
			BigDecimal exactShare = BigDecimal.valueOf(units)
				.multiply(decimals.get(i))
				.divide(total, MathContext.DECIMAL128);
			BigDecimal difference = BigDecimal.valueOf(parts.get(i).minorUnits()).subtract(exactShare).abs();
			assertThat(difference).as("part %d of %s", i, parts).isLessThan(BigDecimal.ONE);
		}
	}

	@Property
	void parts_of_a_non_negative_amount_are_never_negative(@ForAll @LongRange(min = 0) long units,
			@ForAll @Size(min = 1, max = 50) List<@IntRange(min = 1, max = 1_000_000) Integer> weights) {
		List<Money> parts = Money.ofMinor(units, EUR).allocate(decimals(weights));

		assertThat(parts).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
	}

	@Property
	void equal_parts_differ_by_at_most_one_minor_unit(@ForAll @LongRange(min = -Long.MAX_VALUE) long units,
			@ForAll @IntRange(min = 1, max = 50) int parts) {
		List<Long> split = Money.ofMinor(units, EUR).allocateEqually(parts).stream().map(Money::minorUnits).toList();

		long max = split.stream().mapToLong(Long::longValue).max().orElseThrow();
		long min = split.stream().mapToLong(Long::longValue).min().orElseThrow();
		assertThat(max - min).isBetween(0L, 1L);
		assertThat(split.stream().mapToLong(Long::longValue).sum()).isEqualTo(units);
	}

	private static List<BigDecimal> decimals(List<Integer> weights) {
		return weights.stream().map(BigDecimal::valueOf).toList();
	}

	@Property
	void of_rounds_half_even_to_the_minor_unit_as_set_scale_does(@ForAll @LongRange(min = -Long.MAX_VALUE) long unscaled,
			@ForAll @IntRange(min = -30, max = 60) int scale) {
		BigDecimal amount = BigDecimal.valueOf(unscaled, scale);

		assertThat(Money.of(amount, EUR).amount()).isEqualTo(amount.setScale(2, Money.ROUNDING));
	}

	/** A tiny rate's product (scale in the millions) is zero at once, not after dividing by ten to that power. */
	@Property(tries = 200)
	void of_an_amount_below_a_tenth_of_a_minor_unit_is_zero(@ForAll @LongRange(min = -Long.MAX_VALUE) long unscaled,
			@ForAll @IntRange(min = 1_000, max = 999_999_999) int scale) {
		assertThat(Money.of(BigDecimal.valueOf(unscaled, scale), EUR)).isEqualTo(Money.zero(EUR));
	}
}
