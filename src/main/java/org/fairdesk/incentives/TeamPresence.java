package org.fairdesk.incentives;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.fairdesk.people.Rep;
import org.jspecify.annotations.Nullable;

/**
 * How long a rep was on the team: the calendar days of a month they were on it (people's rule on the rep's start
 * and leaving dates, {@link Rep#daysOnTeamIn}), and their tenure on the month's last day.
 */
final class TeamPresence {

	private TeamPresence() {
	}

	/**
	 * Calendar days of the month the rep was on the team, from the later of the start date and the month's first day
	 * to the earlier of the leaving date (the rep's last day, null for none) and the month's last day, both included;
	 * 0 for a rep who starts after the month or left before it. The rule is people's ({@link Rep#daysOnTeamIn}).
	 */
	static int daysOnTeam(LocalDate startDate, @Nullable LocalDate leavingDate, YearMonth period) {
		return (int) Rep.daysOnTeamIn(startDate, leavingDate, period.atDay(1), period.atEndOfMonth());
	}

	/** A stored rep's days on the team in the month ({@link Rep#daysOnTeamIn}). */
	static int daysOnTeam(Rep rep, YearMonth period) {
		return (int) rep.daysOnTeamIn(period.atDay(1), period.atEndOfMonth());
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
