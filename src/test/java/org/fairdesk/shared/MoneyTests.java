package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final Currency JPY = Currency.getInstance("JPY");

	private static List<BigDecimal> weights(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	private static List<Money> eur(String... amounts) {
		return Arrays.stream(amounts).map(a -> Money.of(a, "EUR")).toList();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({
			// half-even: a tie goes to the even neighbour
			"10.125,   EUR, 10.12",
			"10.135,   EUR, 10.14",
			"10.1251,  EUR, 10.13",
			"-10.125,  EUR, -10.12",
			"-10.135,  EUR, -10.14",
			"7,        EUR, 7.00",
			"0.005,    EUR, 0.00",
			"0.015,    EUR, 0.02",
			// JPY has no minor unit
			"1234.5,   JPY, 1234",
			"1235.5,   JPY, 1236",
			"1234.51,  JPY, 1235",
			"99,       JPY, 99",
			// BHD has three digits
			"1.0005,   BHD, 1.000",
			"1.0015,   BHD, 1.002" })
	void of_rounds_half_even_to_the_currency_digits(String amount, String currency, String expected) {
		Money money = Money.of(amount, currency);

		assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
		assertThat(money.amount().scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
		assertThat(money.currency()).isEqualTo(Currency.getInstance(currency));
	}

	@Test
	void the_constructor_refuses_an_amount_not_scaled_to_the_currency() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(new BigDecimal("1.5"), EUR))
			.withMessageContaining("Money.of")
			.withMessageContaining("1.5");
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(new BigDecimal("1.00"), JPY));
	}

	@Test
	void minor_units_round_trip() {
		assertThat(Money.ofMinor(12345, EUR)).isEqualTo(Money.of("123.45", "EUR"));
		assertThat(Money.ofMinor(-5, EUR)).isEqualTo(Money.of("-0.05", "EUR"));
		assertThat(Money.ofMinor(500, JPY)).isEqualTo(Money.of("500", "JPY"));
		assertThat(Money.of("123.45", "EUR").minorUnits()).isEqualTo(12345);
		assertThat(Money.of("500", "JPY").minorUnits()).isEqualTo(500);
		assertThat(Money.zero(EUR).amount()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void plus_and_minus_are_exact_in_one_currency() {
		Money a = Money.of("10.10", "EUR");
		Money b = Money.of("0.20", "EUR");

		assertThat(a.plus(b)).isEqualTo(Money.of("10.30", "EUR"));
		assertThat(a.minus(b)).isEqualTo(Money.of("9.90", "EUR"));
		assertThat(b.minus(a)).isEqualTo(Money.of("-9.90", "EUR"));
		assertThat(b.minus(a).isNegative()).isTrue();
	}

	@Test
	void plus_minus_and_compare_refuse_mixed_currencies() {
		Money euros = Money.of("1.00", "EUR");
		Money dollars = Money.of("1.00", "USD");

		assertThatIllegalArgumentException().isThrownBy(() -> euros.plus(dollars))
			.withMessage("Cannot combine EUR with USD");
		assertThatIllegalArgumentException().isThrownBy(() -> euros.minus(dollars))
			.withMessage("Cannot combine EUR with USD");
		assertThatIllegalArgumentException().isThrownBy(() -> dollars.compareTo(euros))
			.withMessage("Cannot combine USD with EUR");
	}

	@Test
	void times_rounds_once_on_the_exact_product() {
		// 0.05 * 0.5 = 0.025 exactly, a tie: half-even gives 0.02
		assertThat(Money.of("0.05", "EUR").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.02", "EUR"));
		// 1250.50 * 0.05 = 62.525, a tie: half-even gives 62.52
		assertThat(Money.of("1250.50", "EUR").times(new BigDecimal("0.05"))).isEqualTo(Money.of("62.52", "EUR"));
		// 1250.60 * 0.05 = 62.53 exactly
		assertThat(Money.of("1250.60", "EUR").times(new BigDecimal("0.05"))).isEqualTo(Money.of("62.53", "EUR"));
		// 10.00 * 0.00451 = 0.0451 -> 0.05 when rounded once; rounding twice (to 0.045, then to 0.04) would lose a cent
		assertThat(Money.of("10.00", "EUR").times(new BigDecimal("0.00451"))).isEqualTo(Money.of("0.05", "EUR"));
		// JPY: 333 * 0.5 = 166.5, a tie: half-even gives 166
		assertThat(Money.of("333", "JPY").times(new BigDecimal("0.5"))).isEqualTo(Money.of("166", "JPY"));
	}

	@Test
	void at_least_zero_floors_negative_amounts() {
		assertThat(Money.of("-3.00", "EUR").atLeastZero()).isEqualTo(Money.zero(EUR));
		assertThat(Money.of("3.00", "EUR").atLeastZero()).isEqualTo(Money.of("3.00", "EUR"));
		assertThat(Money.zero(EUR).isPositive()).isFalse();
		assertThat(Money.zero(EUR).isNegative()).isFalse();
	}

	@Test
	void to_string_shows_amount_and_code() {
		assertThat(Money.of("62.5", "EUR")).hasToString("62.50 EUR");
		assertThat(Money.of("-1", "JPY")).hasToString("-1 JPY");
	}

	@Test
	void allocate_equally_gives_the_left_over_cent_to_the_first_part() {
		// 10000 cents / 3 = 3333 r 1: the one left-over cent goes to the first part (ties to the earlier part)
		assertThat(Money.of("100.00", "EUR").allocateEqually(3)).containsExactlyElementsOf(eur("33.34", "33.33", "33.33"));
	}

	@Test
	void allocate_equally_spreads_several_left_over_cents() {
		// 1000 cents / 7 = 142 r 6: the first six parts get 1.43, the last 1.42
		assertThat(Money.of("10.00", "EUR").allocateEqually(7))
			.containsExactlyElementsOf(eur("1.43", "1.43", "1.43", "1.43", "1.43", "1.43", "1.42"));
		// 0.02 / 3: only two cents to go round
		assertThat(Money.of("0.02", "EUR").allocateEqually(3)).containsExactlyElementsOf(eur("0.01", "0.01", "0.00"));
		// JPY: 100 / 3 = 33 r 1
		assertThat(Money.of("100", "JPY").allocateEqually(3))
			.containsExactly(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY"));
	}

	@Test
	void allocate_equally_into_one_part_is_the_whole() {
		assertThat(Money.of("62.53", "EUR").allocateEqually(1)).containsExactlyElementsOf(eur("62.53"));
	}

	@Test
	void allocate_by_weights_gives_left_over_cents_to_the_largest_remainders() {
		// 100.00 EUR by 1:2:3 (total 6): exact shares 1666.67, 3333.33, 5000 cents
		// floors 1666, 3333, 5000 = 9999, one cent left; remainders 4/6, 2/6, 0 -> first part
		assertThat(Money.of("100.00", "EUR").allocate(weights("1", "2", "3")))
			.containsExactlyElementsOf(eur("16.67", "33.33", "50.00"));
		// 10.00 EUR by 0.7:0.2:0.1 divides exactly
		assertThat(Money.of("10.00", "EUR").allocate(weights("0.7", "0.2", "0.1")))
			.containsExactlyElementsOf(eur("7.00", "2.00", "1.00"));
		// 1.00 EUR by 1:1:1:3 (total 6): exact 16.67, 16.67, 16.67, 50 cents; floors 16,16,16,50 = 98
		// two cents left, remainders equal (4/6) for the first three -> the first two
		assertThat(Money.of("1.00", "EUR").allocate(weights("1", "1", "1", "3")))
			.containsExactlyElementsOf(eur("0.17", "0.17", "0.16", "0.50"));
	}

	@Test
	void allocate_gives_nothing_to_a_zero_weight() {
		assertThat(Money.of("0.05", "EUR").allocate(weights("0", "1", "1")))
			.containsExactlyElementsOf(eur("0.00", "0.03", "0.02"));
	}

	@Test
	void allocate_a_negative_amount_mirrors_the_positive_split() {
		assertThat(Money.of("-100.00", "EUR").allocateEqually(3)).containsExactlyElementsOf(eur("-33.34", "-33.33", "-33.33"));
		assertThat(Money.of("-100.00", "EUR").allocate(weights("1", "2", "3")))
			.containsExactlyElementsOf(eur("-16.67", "-33.33", "-50.00"));
	}

	@Test
	void allocate_zero_gives_zeros() {
		assertThat(Money.zero(EUR).allocateEqually(4)).containsExactlyElementsOf(eur("0", "0", "0", "0"));
	}

	@Test
	void allocate_refuses_empty_weights() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "EUR").allocate(List.of()))
			.withMessage("Cannot allocate among nobody");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "EUR").allocateEqually(0))
			.withMessage("Cannot allocate among nobody");
	}

	@Test
	void allocate_refuses_weights_without_a_positive_sum() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "EUR").allocate(weights("0", "0")))
			.withMessageContaining("positive sum");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "EUR").allocate(weights("2", "-1")))
			.withMessageContaining("non-negative");
	}

	@Test
	void largest_remainder_splits_minor_units_directly() {
		assertThat(LargestRemainder.split(10, weights("1", "1", "1"), new BigDecimal("3"))).containsExactly(4L, 3L, 3L);
		assertThat(LargestRemainder.split(-10, weights("1", "1", "1"), new BigDecimal("3"))).containsExactly(-4L, -3L, -3L);
		assertThat(LargestRemainder.split(Long.MAX_VALUE, weights("1", "1"), new BigDecimal("2")))
			.containsExactly(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2);
	}

	@Test
	void allocate_the_most_negative_amount_keeps_the_sign() {
		Money mostNegative = Money.ofMinor(Long.MIN_VALUE, EUR);

		assertThat(mostNegative.allocateEqually(2)).containsExactly(Money.ofMinor(Long.MIN_VALUE / 2, EUR),
				Money.ofMinor(Long.MIN_VALUE / 2, EUR));
	}
}
