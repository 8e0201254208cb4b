package org.fairdesk.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A day, an ISO week or a month, as written in a query parameter (2026-11-16, 2026-W47, 2026-11), and the instants
 * it spans in a team's zone: from its first local midnight (inclusive) to the next period's (exclusive). Local
 * midnights keep every period whole across daylight-saving changes (a day may last 23 or 25 hours).
 */
public record Period(String label, LocalDate firstDay, LocalDate endDay) {

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	public static Period parse(@Nullable String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return month(YearMonth.from(today));
		}
		String text = value.strip();
		try {
			Period period = parse(text);
			if (Inputs.isWithinYears(period.endDay().minusDays(1))) { // the last day: 1970-W01 starts in 1969
				return period;
			}
		}
		catch (DateTimeException | IllegalArgumentException e) {
			// named below
		}
		throw InvalidInputException.of("period", "must be a month (2026-11), an ISO week (2026-W47) or a day"
				+ " (2026-11-16) from " + Inputs.FIRST_YEAR + " to " + Inputs.LAST_YEAR + ", got "
				+ Inputs.shortened(value));
	}

	private static Period parse(String text) {
		Matcher week = WEEK.matcher(text);
		if (week.matches()) {
			return week(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
		}
		if (text.length() == 7) {
			return month(YearMonth.parse(text));
		}
		LocalDate day = LocalDate.parse(text);
		return new Period(day.toString(), day, day.plusDays(1));
	}

	public static Period month(YearMonth month) {
		return new Period(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
	}

	static Period week(int year, int week) {
		// 1 June always lies in the week-based year of its calendar year; ask it how many weeks that year has before
		// moving, because moving to week 53 of a 52-week year would land in week 1 of the next.
		LocalDate june = LocalDate.of(year, 6, 1);
		if (week < 1 || week > june.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw new IllegalArgumentException("no week " + week + " in " + year);
		}
		LocalDate monday = june.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
		return new Period("%d-W%02d".formatted(year, week), monday, monday.plusDays(7));
	}

	/** The ISO week a day falls in. */
	public static Period weekOf(LocalDate day) {
		return week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	public Instant from(ZoneId zone) {
		return firstDay.atStartOfDay(zone).toInstant();
	}

	public Instant to(ZoneId zone) {
		return endDay.atStartOfDay(zone).toInstant();
	}
}
