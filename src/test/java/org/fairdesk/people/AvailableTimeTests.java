package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fairdesk.people.AvailableTime.Span;
import org.fairdesk.people.RoutingProfile.TimeOff;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * When a rep was actually available: status, working hours, time off (while it was known) and days on the team
 * together.
 */
class AvailableTimeTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final RepId REP = new RepId(1);

	/** Monday 16 to Wednesday 18 November 2026, a rep who works 9 to 17 on weekdays. */
	private static final WorkSchedule OFFICE = new WorkSchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(17, 0));

	@Test
	void withoutChangesTheRepIsAvailableInEveryShiftOfTheSpan() {
		List<Span> spans = AvailableTime.spans(profile(OFFICE, LocalDate.of(2024, 1, 1)), List.of(),
				Availability.AVAILABLE, List.of(), at(16, 0, 0), at(18, 12, 0), BERLIN);
		assertThat(spans).containsExactly(new Span(at(16, 9, 0), at(16, 17, 0)), new Span(at(17, 9, 0), at(17, 17, 0)),
				new Span(at(18, 9, 0), at(18, 12, 0)));
	}

	@Test
	void anAbsenceTimeOffAndDaysBeforeJoiningAreNotAvailable() {
		List<AvailabilityChange> changes = List.of(change(Availability.AVAILABLE, Availability.AWAY, at(16, 11, 0)),
				change(Availability.AWAY, Availability.AVAILABLE, at(16, 13, 30)));
		List<Span> spans = AvailableTime.spans(profile(null, LocalDate.of(2026, 11, 16)),
				List.of(known(17, 17, at(1, 9, 0), null)), Availability.AVAILABLE, changes, at(15, 12, 0), at(18, 6, 0),
				BERLIN);
		assertThat(spans).containsExactly(new Span(at(16, 0, 0), at(16, 11, 0)), new Span(at(16, 13, 30), at(17, 0, 0)),
				new Span(at(18, 0, 0), at(18, 6, 0)));
	}

	@Test
	void aRepWhoStaysAwayIsNeverAvailable() {
		assertThat(AvailableTime.spans(profile(null, LocalDate.of(2024, 1, 1)), List.of(), Availability.AWAY,
				List.of(), at(16, 0, 0), at(18, 0, 0), BERLIN)).isEmpty();
	}

	/** The audit of issue 17's fix: time off entered at 14:00 for today leaves the morning the rep worked available. */
	@Test
	void timeOffEnteredDuringItsDayTakesAwayOnlyTheRestOfTheDay() {
		assertThat(office(known(16, 16, at(16, 14, 0), null))).containsExactly(new Span(at(16, 9, 0), at(16, 14, 0)),
				new Span(at(17, 9, 0), at(17, 17, 0)), new Span(at(18, 9, 0), at(18, 17, 0)));
	}

	@Test
	void timeOffEnteredInAdvanceTakesAwayAllItsDays() {
		assertThat(office(known(17, 18, at(2, 12, 0), null))).containsExactly(new Span(at(16, 9, 0), at(16, 17, 0)));
	}

	/** Removing a period after its days leaves them off; removing it during them gives back only what is left. */
	@Test
	void timeOffRemovedLaterStillTakesAwayTheDaysItWasKnownFor() {
		assertThat(office(known(16, 16, at(2, 12, 0), at(18, 8, 0)))).containsExactly(
				new Span(at(17, 9, 0), at(17, 17, 0)), new Span(at(18, 9, 0), at(18, 17, 0)));
		assertThat(office(known(17, 17, at(2, 12, 0), at(17, 11, 30)))).containsExactly(
				new Span(at(16, 9, 0), at(16, 17, 0)), new Span(at(17, 11, 30), at(17, 17, 0)),
				new Span(at(18, 9, 0), at(18, 17, 0)));
	}

	/** Entered at 10:00, removed at 12:00 (a mistake put right), entered again at 15:00: off 10-12 and from 15. */
	@Test
	void overlappingPeriodsTakeAwayEachWhileItWasKnown() {
		assertThat(office(known(16, 16, at(16, 10, 0), at(16, 12, 0)), known(16, 17, at(16, 15, 0), null),
				known(18, 18, at(16, 11, 0), at(16, 11, 0)))).containsExactly(new Span(at(16, 9, 0), at(16, 10, 0)),
						new Span(at(16, 12, 0), at(16, 15, 0)), new Span(at(18, 9, 0), at(18, 17, 0)));
	}

	/** A night shift belongs to the day it started: that day's time off, entered at 23:00, ends it there. */
	@Test
	void aNightShiftIsJudgedByTheDayItStarted() {
		WorkSchedule nights = new WorkSchedule(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(20, 0), LocalTime.of(4, 0));
		assertThat(AvailableTime.spans(profile(nights, LocalDate.of(2024, 1, 1)),
				List.of(known(16, 16, at(16, 23, 0), null)), Availability.AVAILABLE, List.of(), at(16, 0, 0),
				at(18, 0, 0), BERLIN)).containsExactly(new Span(at(16, 20, 0), at(16, 23, 0)));
	}

	/** The office rep's spans from Monday 16 to Thursday 19 November 2026 with the given time off. */
	private static List<Span> office(AvailableTime.KnownTimeOff... timeOff) {
		return AvailableTime.spans(profile(OFFICE, LocalDate.of(2024, 1, 1)), List.of(timeOff), Availability.AVAILABLE,
				List.of(), at(16, 0, 0), at(19, 0, 0), BERLIN);
	}

	/** Time off from one day of November 2026 to another, entered and removed (null: never) at those moments. */
	private static AvailableTime.KnownTimeOff known(int firstDay, int lastDay, Instant entered, @Nullable Instant removed) {
		return new AvailableTime.KnownTimeOff(new TimeOff(LocalDate.of(2026, 11, firstDay), LocalDate.of(2026, 11,
				lastDay)), entered, removed);
	}

	private static RoutingProfile profile(@Nullable WorkSchedule schedule, LocalDate start) {
		Rep rep = new Rep(REP, new TeamId(1), "ana", "Ana", new BigDecimal("40"), start, null, Availability.AVAILABLE);
		return new RoutingProfile(rep, null, Map.of(), Set.of(), schedule, List.of());
	}

	private static AvailabilityChange change(Availability from, Availability to, Instant at) {
		return new AvailabilityChange(REP, from, to, at, "ana", null);
	}

	/** A moment in November 2026 in Berlin. */
	private static Instant at(int day, int hour, int minute) {
		return LocalDateTime.of(2026, 11, day, hour, minute).atZone(BERLIN).toInstant();
	}
}
