package org.fairdesk.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for when a rep was actually available: AVAILABLE, within their working hours (any hour without a
 * schedule), on the team and not on time off. Value balance shares each request among the reps available when it
 * was assigned (docs/routing.md, "Fair share on time actually available"), so it reads these spans.
 */
public final class AvailableTime {

	private AvailableTime() {
	}

	/** A stretch of time, start included and end excluded. */
	public record Span(Instant from, Instant to) {

		public boolean contains(Instant moment) {
			return !moment.isBefore(from) && moment.isBefore(to);
		}
	}

	/**
	 * The spans of [{@code from}, {@code to}) in which the rep was actually available, in time order.
	 *
	 * @param atEnd the rep's availability at {@code to}
	 * @param changes the rep's own changes in [{@code from}, {@code to}), oldest first
	 * @param profile with the time off from {@code from}'s day on
	 */
	public static List<Span> spans(RoutingProfile profile, Availability atEnd, List<AvailabilityChange> changes,
			Instant from, Instant to, ZoneId zone) {
		List<Span> available = availableSpans(atEnd, changes, from, to);
		List<Span> spans = new ArrayList<>();
		for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(to.atZone(zone).toLocalDate());
				day = day.plusDays(1)) {
			Span shift = shift(profile.schedule(), day, zone);
			if (shift == null || !profile.rep().isOnTeamOn(day) || isOff(profile, day)) {
				continue;
			}
			for (Span span : available) {
				Span both = overlap(shift, span);
				if (both != null) {
					spans.add(both);
				}
			}
		}
		return spans;
	}

	private static boolean isOff(RoutingProfile profile, LocalDate day) {
		return profile.timeOff().stream().anyMatch(off -> off.covers(day));
	}

	/** The day's shift; a night shift ends the next day. Null when the rep does not work that day. */
	private static @Nullable Span shift(@Nullable WorkSchedule schedule, LocalDate day, ZoneId zone) {
		if (schedule == null) {
			return new Span(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
		}
		if (!schedule.days().contains(day.getDayOfWeek())) {
			return null;
		}
		LocalTime start = schedule.start();
		LocalTime end = schedule.end();
		LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
		return new Span(day.atTime(start).atZone(zone).toInstant(), endDay.atTime(end).atZone(zone).toInstant());
	}

	/** The spans of [from, to) spent AVAILABLE: before the first change, in the status it left. */
	private static List<Span> availableSpans(Availability atEnd, List<AvailabilityChange> changes, Instant from,
			Instant to) {
		List<Span> spans = new ArrayList<>();
		Availability status = changes.isEmpty() ? atEnd : changes.get(0).from();
		Instant since = from;
		for (AvailabilityChange change : changes) {
			if (status == Availability.AVAILABLE && change.at().isAfter(since)) {
				spans.add(new Span(since, change.at()));
			}
			status = change.to();
			since = change.at();
		}
		if (status == Availability.AVAILABLE && to.isAfter(since)) {
			spans.add(new Span(since, to));
		}
		return spans;
	}

	private static @Nullable Span overlap(Span a, Span b) {
		Instant start = a.from().isAfter(b.from()) ? a.from() : b.from();
		Instant end = a.to().isBefore(b.to()) ? a.to() : b.to();
		return end.isAfter(start) ? new Span(start, end) : null;
	}
}
