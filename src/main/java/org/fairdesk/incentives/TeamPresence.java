package org.fairdesk.incentives;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * How long a rep was on the team: the calendar days of a month they were on it, and their tenure on its last day.
 * Pure date arithmetic on the rep's dates (owned by people) and the team's month.
 */
final class TeamPresence {

	private TeamPresence() {
	}

	/**
	 * Calendar days of the month from the later of the start date and the month's first day to the rep's last day on
	 * the team in it, both included; 0 for a rep who starts after the month.
	 */
	static int daysOnTeam(LocalDate startDate, YearMonth period) {
		LocalDate first = startDate.isAfter(period.atDay(1)) ? startDate : period.atDay(1);
		LocalDate last = lastDayOnTeam(period);
		return first.isAfter(last) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
	}

	/**
	 * The rep's last day on the team in the month. LEAVING DATE: reps have no leaving date yet (issue 14 adds one);
	 * when they do, this is the earlier of it and the month's last day, and the facts document gains the date beside
	 * {@code startDate}.
	 */
	static LocalDate lastDayOnTeam(YearMonth period) {
		return period.atEndOfMonth();
	}

	/**
	 * Whole months completed by the end of the month's last day: a rep who started on 1 January has 1 at the end of
	 * January; one who started on 15 January has 1 at the end of February (15 January to 14 February is a month)
	 * and 0 at the end of January. 0 for a start after the month.
	 */
	static int tenureMonths(LocalDate startDate, YearMonth period) {
		return (int) Math.max(0, ChronoUnit.MONTHS.between(startDate, period.atEndOfMonth().plusDays(1)));
	}
}
