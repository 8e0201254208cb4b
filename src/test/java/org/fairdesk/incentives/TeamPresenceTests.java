package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamPresenceTests {

	@ParameterizedTest(name = "started {0}, left after {1}, in {2}: {3} days, {4} months")
	@CsvSource({
			// start, leaving (last day; empty: none), month, days on the team, whole months' tenure at its end
			"2020-01-01, , 2026-11, 30, 83",
			"2026-11-01, , 2026-11, 30, 1", // the whole month: its first month is complete
			"2026-11-16, , 2026-11, 15, 0", // joined mid-month: the 16th to the 30th
			"2026-11-30, , 2026-11, 1, 0",
			"2026-12-01, , 2026-11, 0, 0", // not yet on the team
			"2026-10-15, , 2026-11, 30, 1", // 15 October to 14 November is a month
			"2026-01-31, , 2026-02, 28, 1", // 31 January to 28 February: February has no 31st, the month is complete
			"2024-02-29, , 2024-02, 1, 0",
			"2024-02-01, , 2024-02, 29, 1", // a leap February
			"2020-01-01, 2026-11-15, 2026-11, 15, 83", // left mid-month: the 1st to the 15th, the last day included
			"2020-01-01, 2026-11-01, 2026-11, 1, 83", // left on the month's first day: that day counts
			"2020-01-01, 2026-11-30, 2026-11, 30, 83", // left on its last day: the whole month
			"2020-01-01, 2026-10-31, 2026-11, 0, 83", // left the month before
			"2026-11-10, 2026-11-20, 2026-11, 11, 0", // joined and left within the month
			"2026-11-10, 2026-11-10, 2026-11, 1, 0", // one day on the team
			"2024-01-15, 2024-02-29, 2024-02, 29, 1", // left on a leap day
	})
	void daysOnTheTeamAndTenure(LocalDate start, @Nullable LocalDate leaving, YearMonth month, int days, int months) {
		assertThat(TeamPresence.daysOnTeam(start, leaving, month)).isEqualTo(days);
		assertThat(TeamPresence.tenureMonths(start, month)).isEqualTo(months);
	}
}
