package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.json.JsonMapper;

/** What a body the strict reader refuses is called, member by member, in the caller's words. */
class ReadingProblemsTests {

	private static final JsonMapper JSON = StrictReading.strictJson(JsonMapper.builder()).build();

	record Holiday(LocalDate day, String name) {
	}

	record Body(Integer days, Long id, BigDecimal amount, String name, Boolean skip, UUID order, List<Holiday> holidays,
			Map<String, Integer> caps, Kind kind) {
	}

	enum Kind {
		ORDER, QUOTE
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"days": 2.5}                             | days           | must be a whole number, got 2.5
			{"days": 2.0}                             | days           | must be a whole number, got 2.0
			{"days": 1e999999999}                     | days           | must be a whole number
			{"days": 99999999999}                     | days           | must be a whole number from -2147483648 to 2147483647
			{"days": "x"}                             | days           | must be a whole number, got "x"
			{"days": true}                            | days           | must be a whole number, got true
			{"days": "30"}                            | days           | must be a whole number, got "30"
			{"skip": "true"}                          | skip           | must be true or false, got "true"
			{"skip": 1}                               | skip           | must be true or false, got 1
			{"name": 30}                              | name           | must be text, got 30
			{"name": 2.5}                             | name           | must be text, got 2.5
			{"name": false}                           | name           | must be text, got false
			{"holidays": [{"day": 20000}]}            | holidays[0].day | must be a date as YYYY-MM-DD from 1970-01-01 to 9999-12-31, got 20000
			{"holidays": [{"day": 1.5}]}              | holidays[0].day | must be a date as YYYY-MM-DD from 1970-01-01 to 9999-12-31, got 1.5
			{"id": 1.5}                               | id             | must be a whole number, got 1.5
			{"amount": "abc"}                         | amount         | must be a number, got "abc"
			{"amount": {}}                            | amount         | must be a number, got an object
			{"amount": 1e999999999}                   | amount         | must be a number with at most 100 digits before and 100 after the decimal point, got 1E+999999999
			{"amount": "1e-999999999"}                | amount         | must be a number with at most 100 digits before and 100 after the decimal point, got 1E-999999999
			{"name": [1]}                             | name           | must be text, got a list
			{"name": "a\\u0000b"}                      | name           | must not contain the NUL character (U+0000)
			{"name": "a\\u001bb"}                      | name           | must not contain control characters (U+0001 to U+001F, U+007F to U+009F) other than tab, line feed and carriage return; found U+001B at character 2
			{"name": "a\\u0085"}                       | name           | must not contain control characters (U+0001 to U+001F, U+007F to U+009F) other than tab, line feed and carriage return; found U+0085 at character 2
			{"name": "\\ud800"}                        | name           | must not contain half of a surrogate pair (U+D800 to U+DFFF alone): it is no character
			{"skip": "maybe"}                         | skip           | must be true or false, got "maybe"
			{"order": "x"}                            | order          | must be an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, got "x"
			{"holidays": [{"day": "24.12.2026"}]}     | holidays[0].day | must be a date as YYYY-MM-DD, got "24.12.2026"
			{"holidays": [{"day": "+999999-12-24"}]}  | holidays[0].day | must be a date as YYYY-MM-DD from 1970-01-01 to 9999-12-31, got +999999-12-24
			{"holidays": [{"name": "a", "name": "b"}]} | holidays[0].name | is given twice at line 1, column 35; give each member once
			{"holidays": [{"nam": "x"}]}              | holidays[0].nam | is not a member here; the members are [day, name]
			{"holidays": {}}                          | holidays       | must be a list, got an object
			{"caps": {"ORDER": 1.5}}                  | caps.ORDER     | must be a whole number, got 1.5
			{"kind": "BIG"}                           | kind           | must be one of [ORDER, QUOTE], got "BIG"
			{"name": "a", "name": "b"}                | name           | is given twice at line 1, column 21; give each member once
			[1]                                       | body           | must be an object, got a list
			{} []                                     | body           | must hold one JSON value and nothing after it
			{"name":                                  | body           | ends before its JSON value is complete
			{nope}                                    | body           | is not valid JSON at line 1, column 2
			""")
	void names_the_member_and_what_it_must_be(String json, String field, String message) {
		Throwable refused = catchThrowable(() -> JSON.readValue(json, Body.class));

		assertThat(ReadingProblems.of(refused, "body", null, "JSON"))
			.isEqualTo(new InvalidInputException.FieldProblem(field, message));
	}

	@Test
	void tab_and_line_breaks_are_text() throws Exception {
		Body read = JSON.readValue("{\"name\": \"Dear Ann,\\r\\n\\tthe order\\u00e9\"}", Body.class);

		assertThat(read.name()).isEqualTo("Dear Ann,\r\n\tthe order\u00e9");
	}

	@Test
	void a_body_past_the_readers_limits_says_which_they_are() {
		Throwable refused = catchThrowable(() -> JSON.readTree("[".repeat(600)));

		assertThat(ReadingProblems.of(refused, "body", null, "JSON")).isEqualTo(new InvalidInputException.FieldProblem(
				"body", "is too large to read: numbers of at most 1000 digits, text of at most 100000000 characters,"
						+ " nested at most 500 deep"));
	}

	@Test
	void no_body_at_all_is_required() {
		assertThat(ReadingProblems.of(null, "body", null, "JSON"))
			.isEqualTo(new InvalidInputException.FieldProblem("body", "is required: a JSON value"));
	}

	/** A setting cleared by null: {@code {}} is a mistake, not a way to clear it. */
	record Setting(@JsonProperty(required = true) @Nullable Integer minutes) {
	}

	@Test
	void a_required_member_left_out_is_named_and_null_is_a_value() throws Exception {
		Throwable refused = catchThrowable(() -> JSON.readValue("{\"minuets\": 5}", Setting.class));

		assertThat(ReadingProblems.of(refused, "body", null, "JSON"))
			.isEqualTo(new InvalidInputException.FieldProblem("minutes", "is required; give null to clear it"));
		assertThat(JSON.readValue("{\"minutes\": null}", Setting.class)).isEqualTo(new Setting(null));
	}
}
