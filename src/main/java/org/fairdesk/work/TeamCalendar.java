package org.fairdesk.work;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A team's business hours as a manager sets and reads them.
 *
 * @param standard true while the team has set none and the standard Monday–Friday 09:00–17:00 applies
 */
public record TeamCalendar(String zone, List<DayOfWeek> workDays, LocalTime opens, LocalTime closes,
		List<Holiday> holidays, boolean standard) {

	public record Holiday(LocalDate day, String name) {
	}
}
