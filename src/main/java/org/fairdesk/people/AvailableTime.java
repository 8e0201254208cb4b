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
 * schedule), on the team and not on time off known at the time. Value balance shares each request among the reps
 * available when it was assigned (docs/routing.md, "Fair share on time actually available"), so it reads these spans.
 */
public final class AvailableTime {

	private AvailableTime() {
	}

	/** A stretch of time, start included and end excluded. */
	public record Span(Instant from, Instant to) {

		public boolean contains(Instant moment) {
			return !moment.isBefore(from) && moment.isBefore(to);
		}

		/** What is left of this span outside {@code gap}: none, one or two spans, in time order. */
		List<Span> without(Span gap) {
			if (!gap.to().isAfter(gap.from())) { // removed the moment it was entered: nothing to take out
				return List.of(this);
			}
			List<Span> left = new ArrayList<>();
			if (gap.from().isAfter(from)) {
				left.add(new Span(from, gap.from().isBefore(to) ? gap.from() : to));
			}
			if (gap.to().isBefore(to)) {
				left.add(new Span(gap.to().isAfter(from) ? gap.to() : from, to));
			}
			return left;
		}
	}

	/**
	 * A period of time off as it was known: from when it was entered until it was removed (never: null). It takes its
	 * days away only while it was known, so time off entered this afternoon for today leaves this morning as it was,
	 * and a period removed after its days leaves them off.
	 */
	public record KnownTimeOff(RoutingProfile.TimeOff days, Instant enteredAt, @Nullable Instant removedAt) {

		/** The stretch in which the period was known. */
		Span known() {
			return new Span(enteredAt, removedAt == null ? Instant.MAX : removedAt);
		}
	}

	/**
	 * The spans of [{@code from}, {@code to}) in which the rep was actually available, in time order.
	 *
	 * @param profile the rep's schedule and days on the team (its time off, today's, is not read: see {@code timeOff})
	 * @param timeOff the rep's time off as known over the window: each period from the day before {@code from}'s on,
	 *        removed or not, with when it was entered and removed
	 * @param atEnd the rep's availability at {@code to}
	 * @param changes the rep's own changes in [{@code from}, {@code to}), oldest first
	 */
	public static List<Span> spans(RoutingProfile profile, List<KnownTimeOff> timeOff, Availability atEnd,
			List<AvailabilityChange> changes, Instant from, Instant to, ZoneId zone) {
		List<Span> available = availableSpans(atEnd, changes, from, to);
		List<Span> spans = new ArrayList<>();
		for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(to.atZone(zone).toLocalDate());
				day = day.plusDays(1)) {
			Span shift = shift(profile.schedule(), day, zone);
			if (shift == null || !profile.rep().isOnTeamOn(day)) {
				continue;
			}
			List<Span> off = offWhileKnown(timeOff, day);
			for (Span span : available) {
				Span both = overlap(shift, span);
				if (both != null) {
					spans.addAll(without(both, off));
				}
			}
		}
		return spans;
	}

	/**
	 * When the day's shift counted as time off: while a period covering the day was known. The day is the one the
	 * shift started on, as for eligibility ({@link RoutingProfile#isWorking}).
	 */
	private static List<Span> offWhileKnown(List<KnownTimeOff> timeOff, LocalDate day) {
		return timeOff.stream().filter(off -> off.days().covers(day)).map(KnownTimeOff::known).toList();
	}

	/** What is left of the span once every gap is taken out, in time order. */
	private static List<Span> without(Span span, List<Span> gaps) {
		List<Span> left = List.of(span);
		for (Span gap : gaps) {
			List<Span> cut = new ArrayList<>();
			left.forEach(piece -> cut.addAll(piece.without(gap)));
			left = cut;
		}
		return left;
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
