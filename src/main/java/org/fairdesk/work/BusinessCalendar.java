package org.fairdesk.work;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A team's business hours: on its working days, from {@code opens} (inclusive) to {@code closes} (exclusive), in
 * the team's zone, except on holidays. SLA clocks run only inside these hours. Pure: every answer follows from the
 * fields, so the arithmetic is tested with tables, daylight-saving days included (a day's hours are placed on the
 * local clock, so a spring-forward day simply has its hours at the new offset).
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime opens, LocalTime closes,
		Set<LocalDate> holidays) {

	/** Used until a manager sets one: Monday to Friday, 09:00 to 17:00, no holidays. */
	public static BusinessCalendar standard(ZoneId zone) {
		return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
				LocalTime.of(17, 0), Set.of());
	}

	/**
	 * Far enough to cross any run of holidays a team could enter; a bound so bad data cannot loop forever. A promise
	 * further out is no promise: {@link #plus} has no answer.
	 */
	private static final int MAX_DAYS = 3 * 366;

	public BusinessCalendar {
		workDays = workDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workDays));
		holidays = Set.copyOf(holidays);
		if (workDays.isEmpty() || !opens.isBefore(closes)) {
			throw new IllegalArgumentException("A calendar needs a working day and opening before closing");
		}
	}

	public boolean isBusinessDay(LocalDate day) {
		return workDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
	}

	/**
	 * The moment {@code amount} of business time after {@code from}: an SLA's due time. Empty when the calendar does
	 * not hold that much business time within three years (a year's minutes on an 8-hour, 5-day week, or any target on
	 * a calendar of a few minutes a week).
	 */
	public Optional<Instant> plus(Instant from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Business time cannot be negative: " + amount);
		}
		Duration left = amount;
		LocalDate day = from.atZone(zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
			if (!isBusinessDay(day)) {
				continue;
			}
			Instant start = later(from, opening(day));
			Instant end = closing(day);
			if (start.isBefore(end)) {
				Duration open = Duration.between(start, end);
				if (left.compareTo(open) <= 0) {
					return Optional.of(start.plus(left));
				}
				left = left.minus(open);
			}
		}
		return Optional.empty();
	}

	/** Business time from {@code from} to {@code to} (zero when {@code to} is not after {@code from}). */
	public Duration between(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate(); to.isAfter(from) && !day.isAfter(last);
				day = day.plusDays(1)) {
			if (isBusinessDay(day)) {
				Instant start = later(from, opening(day));
				Instant end = earlier(to, closing(day));
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	private Instant opening(LocalDate day) {
		return ZonedDateTime.of(day, opens, zone).toInstant();
	}

	private Instant closing(LocalDate day) {
		return ZonedDateTime.of(day, closes, zone).toInstant();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
