package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for who is on the team on a day, and for how many days of a span. */
class RepTests {

	@ParameterizedTest(name = "start {0}, last day {1}: on the team on {2}? {3}")
	@CsvSource({
			"2026-11-10, , 2026-11-09, false", // the day before the start
			"2026-11-10, , 2026-11-10, true", // the start date
			"2026-11-10, , 9999-12-31, true", // no leaving date: for good
			"2026-11-10, 2026-11-30, 2026-11-30, true", // the leaving date is the last day, included
			"2026-11-10, 2026-11-30, 2026-12-01, false",
			"2026-11-10, 2026-11-10, 2026-11-10, true", // one day on the team
			"2026-11-10, 2026-11-10, 2026-11-11, false",
	})
	void onTheTeamFromTheStartDateToTheLeavingDateBothIncluded(LocalDate start, @Nullable LocalDate leaving,
			LocalDate day, boolean on) {
		Rep rep = rep(start, leaving);
		assertThat(rep.isOnTeamOn(day)).isEqualTo(on);
		assertThat(rep.daysOnTeamIn(day, day)).isEqualTo(on ? 1 : 0);
		assertThat(rep.hasLeftBy(day)).isEqualTo(leaving != null && day.isAfter(leaving));
	}

	@ParameterizedTest(name = "start {0}, last day {1}, from {2} to {3}: {4} days")
	@CsvSource({
			"2020-01-01, , 2026-11-01, 2026-11-30, 30", // all month, no leaving date
			"2020-01-01, 2026-11-01, 2026-11-01, 2026-11-30, 1", // left on the month's first day
			"2020-01-01, 2026-11-30, 2026-11-01, 2026-11-30, 30", // left on its last day
			"2020-01-01, 2026-11-15, 2026-11-01, 2026-11-30, 15",
			"2020-01-01, 2026-10-31, 2026-11-01, 2026-11-30, 0", // left before the span
			"2026-12-01, , 2026-11-01, 2026-11-30, 0", // starts after it
			"2026-11-30, , 2026-11-01, 2026-11-30, 1", // starts on its last day
			"2026-11-10, 2026-11-20, 2026-11-01, 2026-11-30, 11", // joined and left inside it
			"2026-01-31, 2026-03-01, 2026-02-01, 2026-02-28, 28", // February, across both edges
			"2024-02-10, 2024-02-29, 2024-02-01, 2024-02-29, 20", // a leap day as the last day
			"2026-11-01, 2026-12-31, 2026-11-01, 2027-01-31, 61", // a span of several months
			"2020-01-01, , 2026-11-30, 2026-11-01, 0", // an empty span
	})
	void daysOnTheTeamInASpanCountOnlyDaysBetweenStartAndLeaving(LocalDate start, @Nullable LocalDate leaving,
			LocalDate first, LocalDate last, long days) {
		Rep rep = rep(start, leaving);
		assertThat(rep.daysOnTeamIn(first, last)).isEqualTo(days);
		long counted = last.isBefore(first) ? 0 : first.datesUntil(last.plusDays(1)).filter(rep::isOnTeamOn).count();
		assertThat(counted).as("the days counted one by one with isOnTeamOn").isEqualTo(days);
	}

	@Test
	void aRepWithoutALeavingDateNeverLeaves() {
		Rep rep = rep(LocalDate.of(2024, 1, 1), null);
		assertThat(rep.hasLeftBy(LocalDate.of(9999, 12, 31))).isFalse();
		assertThat(rep.daysOnTeamIn(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(366);
	}

	private static Rep rep(LocalDate start, @Nullable LocalDate leaving) {
		return new Rep(RepId.of(1), TeamId.of(1), "ann", "Ann", BigDecimal.valueOf(40), start, leaving,
				Availability.AVAILABLE);
	}
}
