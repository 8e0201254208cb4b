package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Business-time arithmetic, worked out by hand on a Berlin calendar: Monday to Friday 09:00–17:00, with
 * Christmas Day 2026 (a Friday) a holiday. Berlin is UTC+1 in winter and UTC+2 in summer; 2026's clocks go
 * forward on Sunday 29 March and back on Sunday 25 October, so the Mondays after are the first days at the new
 * offset.
 */
class BusinessCalendarTests {

	static final BusinessCalendar BERLIN = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
			Set.of(LocalDate.of(2026, 12, 25)));

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource({
			// inside one day: Monday 16 Nov 10:00 Berlin (09:00Z) + 2 h
			"2026-11-16T09:00:00Z, PT2H, 2026-11-16T11:00:00Z",
			// exactly to closing time stays on the day: 10:00 + 7 h = 17:00 Berlin (16:00Z)
			"2026-11-16T09:00:00Z, PT7H, 2026-11-16T16:00:00Z",
			// over the evening: Monday 16:00 Berlin + 3 h = 1 h on Monday, 2 h on Tuesday → Tuesday 11:00 Berlin
			"2026-11-16T15:00:00Z, PT3H, 2026-11-17T10:00:00Z",
			// received at night: Monday 22:00 Berlin + 1 h → Tuesday 10:00 Berlin
			"2026-11-16T21:00:00Z, PT1H, 2026-11-17T09:00:00Z",
			// over a weekend: Friday 16:30 Berlin + 1 h = 30 min Friday, 30 min Monday → Monday 09:30
			"2026-11-20T15:30:00Z, PT1H, 2026-11-23T08:30:00Z",
			// received on Saturday: + 8 h is all of Monday → Monday 17:00 Berlin
			"2026-11-21T10:00:00Z, PT8H, 2026-11-23T16:00:00Z",
			// Christmas Day is a holiday: Thursday 24 Dec 16:00 Berlin + 2 h → Monday 28 Dec 10:00 Berlin
			"2026-12-24T15:00:00Z, PT2H, 2026-12-28T09:00:00Z",
			// a week: 5 days × 8 h = 40 h from Monday 09:00 Berlin ends Friday 17:00 Berlin
			"2026-11-16T08:00:00Z, PT40H, 2026-11-20T16:00:00Z",
			// across spring forward: Friday 27 March 16:00 (UTC+1) + 2 h → Monday 30 March 10:00 (UTC+2) = 08:00Z
			"2026-03-27T15:00:00Z, PT2H, 2026-03-30T08:00:00Z",
			// across fall back: Friday 23 Oct 16:00 (UTC+2) + 2 h → Monday 26 Oct 10:00 (UTC+1) = 09:00Z
			"2026-10-23T14:00:00Z, PT2H, 2026-10-26T09:00:00Z",
			// zero business time from outside hours is the next opening
			"2026-11-21T10:00:00Z, PT0S, 2026-11-23T08:00:00Z" })
	void addsBusinessTime(Instant from, Duration amount, Instant due) {
		assertThat(BERLIN.plus(from, amount)).hasValue(due);
	}

	@ParameterizedTest(name = "{0} → {1} = {2}")
	@CsvSource({
			"2026-11-16T09:00:00Z, 2026-11-16T11:00:00Z, PT2H",
			"2026-11-16T15:00:00Z, 2026-11-17T10:00:00Z, PT3H",
			"2026-11-20T15:30:00Z, 2026-11-23T08:30:00Z, PT1H",
			// the whole of a weekend counts nothing
			"2026-11-21T00:00:00Z, 2026-11-22T23:00:00Z, PT0S",
			// Christmas week: Mon–Thu 4 × 8 h, Friday is a holiday
			"2026-12-20T00:00:00Z, 2026-12-27T00:00:00Z, PT32H",
			// a week in which the clocks go back: still 5 × 8 h
			"2026-10-25T00:00:00Z, 2026-11-01T00:00:00Z, PT40H",
			// backwards or equal: nothing
			"2026-11-17T10:00:00Z, 2026-11-16T09:00:00Z, PT0S",
			"2026-11-17T10:00:00Z, 2026-11-17T10:00:00Z, PT0S" })
	void measuresBusinessTime(Instant from, Instant to, Duration expected) {
		assertThat(BERLIN.between(from, to)).isEqualTo(expected);
	}

	@Test
	void plusAndBetweenAgree() {
		Instant from = Instant.parse("2026-11-19T13:17:00Z");
		for (long minutes = 0; minutes < 60 * 24 * 4; minutes += 37) {
			Instant due = BERLIN.plus(from, Duration.ofMinutes(minutes)).orElseThrow();
			assertThat(BERLIN.between(from, due)).isEqualTo(Duration.ofMinutes(minutes));
		}
	}

	/** Found by the API's property test: a valid target (a year of minutes) on a valid calendar used to fail intake. */
	@Test
	void hasNoDueTimeForAPromiseBeyondThreeYearsOfItsBusinessHours() {
		Instant from = Instant.parse("2026-11-16T08:00:00Z");
		assertThat(BERLIN.plus(from, Duration.ofMinutes(60 * 24 * 366))).isEmpty(); // 8 784 h: over four years of 40 h weeks
		assertThat(BERLIN.plus(from, Duration.ofHours(40 * 52))).isPresent(); // about a year of them
		BusinessCalendar minuteAWeek = new BusinessCalendar(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY),
				LocalTime.of(9, 0), LocalTime.of(9, 1), Set.of());
		assertThat(minuteAWeek.plus(from, Duration.ofMinutes(200))).isEmpty();
	}

	@Test
	void refusesCalendarsWithoutHours() {
		assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), Set.of(), LocalTime.of(9, 0),
				LocalTime.of(17, 0), Set.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0),
				LocalTime.of(9, 0), Set.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BERLIN.plus(Instant.EPOCH, Duration.ofMinutes(-1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
