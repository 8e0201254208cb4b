package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods in Berlin, worked out by hand: CET is UTC+1, CEST UTC+2; 2026 switches on 29 March and 25 October. */
class PeriodTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"2026-11, 2026-11, 2026-10-31T23:00:00Z, 2026-11-30T23:00:00Z",
			// October has 31 days and ends an hour longer: CEST at the start, CET at the end
			"2026-10, 2026-10, 2026-09-30T22:00:00Z, 2026-10-31T23:00:00Z",
			// ISO week 47 of 2026 runs Monday 16 to Sunday 22 November
			"2026-W47, 2026-W47, 2026-11-15T23:00:00Z, 2026-11-22T23:00:00Z",
			// week 1 of 2026 starts on Monday 29 December 2025
			"2026-W01, 2026-W01, 2025-12-28T23:00:00Z, 2026-01-04T23:00:00Z",
			// 2026 has 53 ISO weeks; its last ends on Sunday 3 January 2027
			"2026-W53, 2026-W53, 2026-12-27T23:00:00Z, 2027-01-03T23:00:00Z",
			// the spring-forward day lasts 23 hours
			"2026-03-29, 2026-03-29, 2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z",
			// the fall-back day lasts 25 hours
			"2026-10-25, 2026-10-25, 2026-10-24T22:00:00Z, 2026-10-25T23:00:00Z",
			"' 2026-11 ', 2026-11, 2026-10-31T23:00:00Z, 2026-11-30T23:00:00Z" })
	void spansLocalMidnights(String text, String label, Instant from, Instant to) {
		Period period = Period.parse(text, TODAY);
		assertThat(period.label()).isEqualTo(label);
		assertThat(period.from(BERLIN)).isEqualTo(from);
		assertThat(period.to(BERLIN)).isEqualTo(to);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13", "2026-W54", "2026-W00", "2025-W53", "November", "2026-11-31", "26-11" })
	void refusesWhatIsNoPeriod(String text) {
		assertThatThrownBy(() -> Period.parse(text, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.problems().get(0).field()).isEqualTo("period"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999-01-01", "+999999-01", "1969-12", "1969-12-31", "1969-W52", "0000-01",
			"9999-W52", "+10000-01-01" })
	void refusesAPeriodOutsideTheYears1970To9999(String text) {
		assertThatThrownBy(() -> Period.parse(text, TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("period");
					assertThat(problem.message()).contains("from 1970 to 9999, got " + text);
				}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1970-01", "1970-01-01", "1970-W01", "9999-12", "9999-12-31", "9999-W51" })
	void takesThePeriodsAtTheEdgesOfThoseYears(String text) {
		assertThat(Period.parse(text, TODAY).label()).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-16, 2026-W47", "2026-01-01, 2026-W01", "2027-01-03, 2026-W53" })
	void findsTheWeekOfADay(LocalDate day, String week) {
		assertThat(Period.weekOf(day).label()).isEqualTo(week);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void defaultsToThisMonth(String text) {
		assertThat(Period.parse(text, TODAY).label()).isEqualTo("2026-11");
	}
}
