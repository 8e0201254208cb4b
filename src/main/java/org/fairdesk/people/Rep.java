package org.fairdesk.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A salesperson who handles requests; {@code username} is the login that acts as this rep.
 *
 * @param startDate the rep's first day on the team
 * @param leavingDate the rep's last day on the team, included; null while they stay
 * @param employeeId the rep's id in the payroll system, unique within the team; null when none is recorded (the
 *     payroll file then leaves its cell empty)
 */
public record Rep(RepId id, TeamId teamId, String username, String displayName, BigDecimal hoursPerWeek,
		LocalDate startDate, @Nullable LocalDate leavingDate, Availability availability, @Nullable String employeeId) {

	/** A rep without an employee id. */
	public Rep(RepId id, TeamId teamId, String username, String displayName, BigDecimal hoursPerWeek,
			LocalDate startDate, @Nullable LocalDate leavingDate, Availability availability) {
		this(id, teamId, username, displayName, hoursPerWeek, startDate, leavingDate, availability, null);
	}

	public boolean isAvailable() {
		return availability == Availability.AVAILABLE;
	}

	/**
	 * The one rule for who is on the team on a day: from the start date to the leaving date, both included (no
	 * leaving date: from the start date on). Routing and incentives ask the rep; nobody recomputes it.
	 */
	public boolean isOnTeamOn(LocalDate day) {
		return hasStartedBy(day) && !hasLeftBy(day);
	}

	/** Whether the day is the rep's first on the team or later. */
	public boolean hasStartedBy(LocalDate day) {
		return !day.isBefore(startDate);
	}

	/** Whether the day is after the rep's last day on the team (never, without a leaving date). */
	public boolean hasLeftBy(LocalDate day) {
		return leavingDate != null && day.isAfter(leavingDate);
	}

	/**
	 * Calendar days from {@code first} to {@code last}, both included, on which the rep was on the team
	 * ({@link #isOnTeamOn}); 0 when none (or when {@code last} is before {@code first}).
	 */
	public long daysOnTeamIn(LocalDate first, LocalDate last) {
		return daysOnTeamIn(startDate, leavingDate, first, last);
	}

	/**
	 * The same rule for dates that are not (yet) a stored rep's, such as a facts document's: the calendar days of
	 * [{@code first}, {@code last}] from {@code startDate} to {@code leavingDate} (null: no end), all included.
	 */
	public static long daysOnTeamIn(LocalDate startDate, @Nullable LocalDate leavingDate, LocalDate first,
			LocalDate last) {
		LocalDate from = first.isBefore(startDate) ? startDate : first;
		LocalDate to = leavingDate != null && last.isAfter(leavingDate) ? leavingDate : last;
		return from.isAfter(to) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
	}
}
