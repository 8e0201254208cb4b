package org.fairdesk.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a rep works, in the team's zone: on these days, from {@code start} (inclusive) to {@code end}
 * (exclusive). An end before the start spans midnight (a night shift).
 */
public record WorkSchedule(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

	public WorkSchedule {
		days = Set.copyOf(days);
		if (days.isEmpty() || start.equals(end)) {
			throw new IllegalArgumentException("A schedule needs at least one day and a start different from its end");
		}
	}

	/** The day whose shift the moment belongs to: the day before, in the small hours of a night shift. */
	public LocalDate shiftDay(Instant moment, ZoneId zone) {
		ZonedDateTime local = moment.atZone(zone);
		boolean smallHoursOfNightShift = end.isBefore(start) && local.toLocalTime().isBefore(end)
				&& days.contains(local.getDayOfWeek().minus(1));
		return smallHoursOfNightShift ? local.toLocalDate().minusDays(1) : local.toLocalDate();
	}

	/** Whether the moment falls in a shift; a night shift belongs to the day it started on. */
	public boolean covers(Instant moment, ZoneId zone) {
		ZonedDateTime local = moment.atZone(zone);
		LocalTime time = local.toLocalTime();
		if (!end.isBefore(start)) {
			return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
		}
		return days.contains(local.getDayOfWeek()) && !time.isBefore(start)
				|| days.contains(local.getDayOfWeek().minus(1)) && time.isBefore(end);
	}
}
