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

/** When a rep was actually available: status, working hours, time off and days on the team together. */
class AvailableTimeTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final RepId REP = new RepId(1);

	/** Monday 16 to Wednesday 18 November 2026, a rep who works 9 to 17 on weekdays. */
	private static final WorkSchedule OFFICE = new WorkSchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(17, 0));

	@Test
	void withoutChangesTheRepIsAvailableInEveryShiftOfTheSpan() {
		List<Span> spans = AvailableTime.spans(profile(OFFICE, List.of(), LocalDate.of(2024, 1, 1)),
				Availability.AVAILABLE, List.of(), at(16, 0, 0), at(18, 12, 0), BERLIN);
		assertThat(spans).containsExactly(new Span(at(16, 9, 0), at(16, 17, 0)), new Span(at(17, 9, 0), at(17, 17, 0)),
				new Span(at(18, 9, 0), at(18, 12, 0)));
	}

	@Test
	void anAbsenceTimeOffAndDaysBeforeJoiningAreNotAvailable() {
		List<AvailabilityChange> changes = List.of(change(Availability.AVAILABLE, Availability.AWAY, at(16, 11, 0)),
				change(Availability.AWAY, Availability.AVAILABLE, at(16, 13, 30)));
		List<Span> spans = AvailableTime.spans(
				profile(null, List.of(new TimeOff(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 17))),
						LocalDate.of(2026, 11, 16)),
				Availability.AVAILABLE, changes, at(15, 12, 0), at(18, 6, 0), BERLIN);
		assertThat(spans).containsExactly(new Span(at(16, 0, 0), at(16, 11, 0)), new Span(at(16, 13, 30), at(17, 0, 0)),
				new Span(at(18, 0, 0), at(18, 6, 0)));
	}

	@Test
	void aRepWhoStaysAwayIsNeverAvailable() {
		assertThat(AvailableTime.spans(profile(null, List.of(), LocalDate.of(2024, 1, 1)), Availability.AWAY,
				List.of(), at(16, 0, 0), at(18, 0, 0), BERLIN)).isEmpty();
	}

	private static RoutingProfile profile(@Nullable WorkSchedule schedule, List<TimeOff> timeOff, LocalDate start) {
		Rep rep = new Rep(REP, new TeamId(1), "ana", "Ana", new BigDecimal("40"), start, null, Availability.AVAILABLE);
		return new RoutingProfile(rep, null, Map.of(), Set.of(), schedule, timeOff);
	}

	private static AvailabilityChange change(Availability from, Availability to, Instant at) {
		return new AvailabilityChange(REP, from, to, at, "ana", null);
	}

	/** A moment in November 2026 in Berlin. */
	private static Instant at(int day, int hour, int minute) {
		return LocalDateTime.of(2026, 11, day, hour, minute).atZone(BERLIN).toInstant();
	}
}
