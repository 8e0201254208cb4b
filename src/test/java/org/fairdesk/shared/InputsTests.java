package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTests {

	private static final YearMonth NOW = YearMonth.of(2026, 11);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "plain|", "Grüße 😀|", "a\u0000b|NUL", "\ud800|surrogate", "x\udc00|surrogate",
			"\ude00\ud83d|surrogate" })
	void text_must_hold_only_whole_characters_and_no_nul(String text, String problem) {
		assertThat(Inputs.textProblem(text)).satisfies(found -> {
			if (problem == null) {
				assertThat(found).isNull();
			}
			else {
				assertThat(found).contains(problem);
			}
		});
	}

	/** A walk-through stored "09:00:30" from a field that says HH:mm while "9:00" was refused. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "09:00|09:00", " 17:30 |17:30", "00:00|00:00", "23:59|23:59", "09:00:30|", "09:00:00|09:00",
			"9:00|", "24:00|", "09:60|", "0900|", "09:00:00.5|" })
	void a_time_of_day_is_exactly_hours_and_minutes(String value, String expected) {
		FieldChecks checks = new FieldChecks();
		java.time.LocalTime time = Inputs.time(value, "start", checks);
		if (expected == null) {
			assertThat(time).isNull();
			assertThat(checks.hasProblem("start")).isTrue();
		}
		else {
			assertThat(time).isEqualTo(java.time.LocalTime.parse(expected));
			assertThat(checks.hasProblem("start")).isFalse();
		}
	}

	/**
	 * A walk-through stored 30.00 EUR from a fulfilment typed as ٣٠ and a survey rating of ٥, which the API refuses:
	 * a page reads numbers in the digits 0 to 9 only, as the API's JSON does.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "\u0663\u0660", "\u0665", "1\u0662", "\u0967", "\uff13", "\ud835\udfd1" })
	void a_number_in_another_scripts_digits_is_not_a_number(String typed) {
		FieldChecks checks = new FieldChecks();
		assertThat(Inputs.decimal(typed, "value", checks)).isNull();
		assertThat(Inputs.wholeNumber(typed, "wipCap", "a whole number", checks)).isNull();
		assertThat(checks.problems()).extracting(InvalidInputException.FieldProblem::field)
			.containsExactly("value", "wipCap");
		assertThat(checks.problems().get(0).message()).contains("must be a number like 1234.50");
	}

	@ParameterizedTest
	@CsvSource({ "30, 30", " 12.50 , 12.50", "-7, -7", "1e3, 1E+3" })
	void a_number_in_the_digits_0_to_9_is_read(String typed, String expected) {
		FieldChecks checks = new FieldChecks();
		assertThat(Inputs.decimal(typed, "value", checks)).isEqualByComparingTo(expected);
		assertThat(checks.hasAny()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "1e99, true", "1e100, false", "1e-100, true", "1e-101, false", "0e-999999999, false",
			"123456789.123456789, true", "-1e999999999, false" })
	void numbers_have_at_most_a_hundred_digits_either_side_of_the_point(String number, boolean sane) {
		assertThat(Inputs.isOfSaneSize(new BigDecimal(number))).isEqualTo(sane);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1970-01", "9999-12", " 2026-02 " })
	void a_month_from_1970_to_9999_is_read(String month) {
		assertThat(Inputs.month(month, NOW, "period")).isEqualTo(YearMonth.parse(month.strip()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1969-12", "0000-01", "+10000-01", "+999999-01", "-0001-01", "2026-13", "2026-1" })
	void any_other_month_is_refused_naming_the_range(String month) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> Inputs.month(month, NOW, "period"));

		assertThat(e.problems()).containsExactly(new InvalidInputException.FieldProblem("period",
				"must be a month as YYYY-MM from 1970-01 to 9999-12, got " + month));
	}

	@ParameterizedTest
	@CsvSource({ "EUR, EUR", "eur, EUR", "chf, CHF" })
	void a_currency_code_is_read_in_any_case(String code, String currency) {
		assertThat(Inputs.currency(code, "currency", new FieldChecks())).isEqualTo(Currency.getInstance(currency));
	}

	@ParameterizedTest
	@ValueSource(strings = { "eur ", " EUR", "EURO", "E", "XYZ", "", "€" })
	void anything_else_is_not_a_currency_code_and_is_never_trimmed(String code) {
		FieldChecks checks = new FieldChecks();

		assertThat(Inputs.currency(code, "currency", checks)).isNull();
		assertThat(catchThrowableOfType(InvalidInputException.class, checks::throwIfAny).problems())
			.containsExactly(new InvalidInputException.FieldProblem("currency",
					"must be a 3-letter ISO 4217 code such as EUR, got '" + code + "'"));
	}
}
