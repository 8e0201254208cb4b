package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamPresenceTests {

	@ParameterizedTest(name = "started {0}, in {1}: {2} days, {3} months")
	@CsvSource({
			// start,   month,   days on the team, tenure in whole months at the end of the month's last day
			"2020-01-01, 2026-11, 30, 83",
			"2026-11-01, 2026-11, 30, 1", // the whole month: its first month is complete
			"2026-11-16, 2026-11, 15, 0", // joined mid-month: the 16th to the 30th
			"2026-11-30, 2026-11, 1, 0",
			"2026-12-01, 2026-11, 0, 0", // not yet on the team
			"2026-10-15, 2026-11, 30, 1", // 15 October to 14 November is a month
			"2026-01-31, 2026-02, 28, 1", // 31 January to 28 February: February has no 31st, the month is complete
			"2024-02-29, 2024-02, 1, 0",
			"2024-02-01, 2024-02, 29, 1", // a leap February
	})
	void daysOnTheTeamAndTenure(LocalDate start, YearMonth month, int days, int months) {
		assertThat(TeamPresence.daysOnTeam(start, month)).isEqualTo(days);
		assertThat(TeamPresence.tenureMonths(start, month)).isEqualTo(months);
	}
}
