package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairdesk.people.RoutingProfile.TimeOff;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkScheduleTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final WorkSchedule OFFICE_HOURS = new WorkSchedule(WEEKDAYS, LocalTime.of(9, 0),
			LocalTime.of(17, 0));

	private static final WorkSchedule NIGHTS = new WorkSchedule(WEEKDAYS, LocalTime.of(22, 0), LocalTime.of(6, 0));

	/** "MON-FRI" or "SAT|SUN" to days. */
	private static Set<DayOfWeek> days(String text) {
		if (text.contains("-")) {
			String[] range = text.split("-");
			return EnumSet.range(day(range[0]), day(range[1]));
		}
		return Arrays.stream(text.split("\\|")).map(WorkScheduleTests::day).collect(Collectors.toSet());
	}

	private static DayOfWeek day(String abbreviation) {
		return Arrays.stream(DayOfWeek.values())
			.filter(d -> d.name().startsWith(abbreviation))
			.findFirst()
			.orElseThrow();
	}

	@ParameterizedTest(name = "{0} {1}-{2} at {4} ({3}): {5}")
	@CsvSource({
			// days,   start, end,   instant (UTC),        wall time in Berlin,  covered
			// --- office hours on a summer Wednesday (CEST, UTC+2) and the weekend after
			"MON-FRI,  09:00, 17:00, 2026-06-03T06:59:59Z, 2026-06-03T08:59:59, false",
			"MON-FRI,  09:00, 17:00, 2026-06-03T07:00:00Z, 2026-06-03T09:00,    true",
			"MON-FRI,  09:00, 17:00, 2026-06-03T14:59:59Z, 2026-06-03T16:59:59, true",
			"MON-FRI,  09:00, 17:00, 2026-06-03T15:00:00Z, 2026-06-03T17:00,    false",
			"MON-FRI,  09:00, 17:00, 2026-06-06T10:00:00Z, 2026-06-06T12:00,    false",
			"MON-FRI,  09:00, 17:00, 2026-06-07T10:00:00Z, 2026-06-07T12:00,    false",
			// --- a night shift 22:00-06:00 belongs to the day it starts on (2026-06-05 is a Friday)
			"MON-FRI,  22:00, 06:00, 2026-06-05T19:59:59Z, 2026-06-05T21:59:59, false",
			"MON-FRI,  22:00, 06:00, 2026-06-05T20:00:00Z, 2026-06-05T22:00,    true",
			"MON-FRI,  22:00, 06:00, 2026-06-05T21:00:00Z, 2026-06-05T23:00,    true",
			// Saturday 05:59 is the end of Friday's shift; 06:00 is not; Saturday night no shift starts
			"MON-FRI,  22:00, 06:00, 2026-06-06T03:59:00Z, 2026-06-06T05:59,    true",
			"MON-FRI,  22:00, 06:00, 2026-06-06T04:00:00Z, 2026-06-06T06:00,    false",
			"MON-FRI,  22:00, 06:00, 2026-06-06T20:30:00Z, 2026-06-06T22:30,    false",
			// Monday 04:00 would be Sunday's shift, and Sunday is not a day; Monday 22:00 starts Monday's
			"MON-FRI,  22:00, 06:00, 2026-06-08T02:00:00Z, 2026-06-08T04:00,    false",
			"MON-FRI,  22:00, 06:00, 2026-06-08T20:00:00Z, 2026-06-08T22:00,    true",
			// a late shift ending at midnight: 18:00-00:00
			"MON,      18:00, 00:00, 2026-06-08T21:59:00Z, 2026-06-08T23:59,    true",
			"MON,      18:00, 00:00, 2026-06-08T22:00:00Z, 2026-06-09T00:00,    false",
			// --- summer time starts Sunday 2026-03-29: at 02:00 CET (01:00Z) clocks jump to 03:00 CEST.
			// Saturday is still CET (UTC+1), Sunday from 03:00 on CEST (UTC+2); a fixed +1 would be an hour off.
			"SAT|SUN,  09:00, 17:00, 2026-03-28T07:59:00Z, 2026-03-28T08:59,    false",
			"SAT|SUN,  09:00, 17:00, 2026-03-28T08:00:00Z, 2026-03-28T09:00,    true",
			"SAT|SUN,  09:00, 17:00, 2026-03-29T06:59:00Z, 2026-03-29T08:59,    false",
			"SAT|SUN,  09:00, 17:00, 2026-03-29T07:00:00Z, 2026-03-29T09:00,    true",
			"SAT|SUN,  09:00, 17:00, 2026-03-29T14:59:00Z, 2026-03-29T16:59,    true",
			"SAT|SUN,  09:00, 17:00, 2026-03-29T15:00:00Z, 2026-03-29T17:00,    false",
			// Saturday's night shift across the change lasts 7 hours: 21:00Z to 04:00Z
			"SAT,      22:00, 06:00, 2026-03-28T20:59:00Z, 2026-03-28T21:59,    false",
			"SAT,      22:00, 06:00, 2026-03-28T21:00:00Z, 2026-03-28T22:00,    true",
			"SAT,      22:00, 06:00, 2026-03-29T00:59:59Z, 2026-03-29T01:59:59, true",
			"SAT,      22:00, 06:00, 2026-03-29T01:00:00Z, 2026-03-29T03:00,    true",
			"SAT,      22:00, 06:00, 2026-03-29T03:59:00Z, 2026-03-29T05:59,    true",
			"SAT,      22:00, 06:00, 2026-03-29T04:00:00Z, 2026-03-29T06:00,    false",
			// --- summer time ends Sunday 2026-10-25: at 03:00 CEST (01:00Z) clocks go back to 02:00 CET.
			// Saturday is CEST (UTC+2), Sunday from 02:00 (second time) on CET (UTC+1).
			"SAT|SUN,  09:00, 17:00, 2026-10-24T06:59:00Z, 2026-10-24T08:59,    false",
			"SAT|SUN,  09:00, 17:00, 2026-10-24T07:00:00Z, 2026-10-24T09:00,    true",
			"SAT|SUN,  09:00, 17:00, 2026-10-25T07:00:00Z, 2026-10-25T08:00,    false",
			"SAT|SUN,  09:00, 17:00, 2026-10-25T08:00:00Z, 2026-10-25T09:00,    true",
			"SAT|SUN,  09:00, 17:00, 2026-10-25T15:59:00Z, 2026-10-25T16:59,    true",
			"SAT|SUN,  09:00, 17:00, 2026-10-25T16:00:00Z, 2026-10-25T17:00,    false",
			// Saturday's night shift across the change lasts 9 hours: 20:00Z to 05:00Z; 02:30 happens twice
			"SAT,      22:00, 06:00, 2026-10-24T20:00:00Z, 2026-10-24T22:00,    true",
			"SAT,      22:00, 06:00, 2026-10-25T00:30:00Z, 2026-10-25T02:30,    true",
			"SAT,      22:00, 06:00, 2026-10-25T01:30:00Z, 2026-10-25T02:30,    true",
			"SAT,      22:00, 06:00, 2026-10-25T04:59:00Z, 2026-10-25T05:59,    true",
			"SAT,      22:00, 06:00, 2026-10-25T05:00:00Z, 2026-10-25T06:00,    false" })
	void covers(String days, LocalTime start, LocalTime end, Instant moment, LocalDateTime wallTime, boolean covered) {
		WorkSchedule schedule = new WorkSchedule(days(days), start, end);

		assertThat(moment.atZone(BERLIN).toLocalDateTime()).as("the table's wall time").isEqualTo(wallTime);
		assertThat(schedule.covers(moment, BERLIN)).isEqualTo(covered);
	}

	@Test
	void the_same_moment_is_judged_in_the_zone_given() {
		// 2026-06-03T07:30Z is 09:30 in Berlin (at work) but 03:30 in New York (EDT, UTC-4) and 07:30 in UTC
		Instant moment = Instant.parse("2026-06-03T07:30:00Z");

		assertThat(OFFICE_HOURS.covers(moment, BERLIN)).isTrue();
		assertThat(OFFICE_HOURS.covers(moment, ZoneId.of("America/New_York"))).isFalse();
		assertThat(OFFICE_HOURS.covers(moment, ZoneId.of("UTC"))).isFalse();
	}

	@Test
	void the_constructor_rejects_a_schedule_without_days_or_without_length() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkSchedule(Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0)))
			.withMessageContaining("at least one day");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkSchedule(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(9, 0)))
			.withMessageContaining("start different from its end");
	}

	@Test
	void the_schedule_keeps_its_own_copy_of_the_days() {
		Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
		WorkSchedule schedule = new WorkSchedule(days, LocalTime.of(9, 0), LocalTime.of(17, 0));
		days.add(DayOfWeek.TUESDAY);

		assertThat(schedule.days()).containsExactly(DayOfWeek.MONDAY);
	}

	private static RoutingProfile profile(Set<String> skills, @Nullable WorkSchedule schedule, TimeOff... timeOff) {
		Rep rep = new Rep(RepId.of(1), TeamId.of(1), "ann", "Ann", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1),
				null, Availability.AVAILABLE);
		return new RoutingProfile(rep, null, Map.of(), skills, schedule, List.of(timeOff));
	}

	@Test
	void without_a_schedule_a_rep_works_at_any_hour_except_on_time_off() {
		RoutingProfile anyHour = profile(Set.of(), null);
		RoutingProfile offOnSunday = profile(Set.of(), null,
				new TimeOff(LocalDate.of(2026, 6, 7), LocalDate.of(2026, 6, 7)));
		Instant sundayThreeAm = Instant.parse("2026-06-07T01:00:00Z"); // 03:00 in Berlin

		assertThat(anyHour.isWorking(sundayThreeAm, BERLIN)).isTrue();
		assertThat(offOnSunday.isWorking(sundayThreeAm, BERLIN)).isFalse();
		// Monday 00:00 in Berlin (Sunday 22:00Z) is past the day off
		assertThat(offOnSunday.isWorking(Instant.parse("2026-06-07T22:00:00Z"), BERLIN)).isTrue();
	}

	@Test
	void with_a_schedule_a_rep_works_inside_it_and_not_on_time_off() {
		// off Tuesday 2026-06-02 to Wednesday 2026-06-03; office hours
		RoutingProfile profile = profile(Set.of(), OFFICE_HOURS,
				new TimeOff(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 3)));

		// Monday 10:00, Thursday 10:00 (Berlin): at work
		assertThat(profile.isWorking(Instant.parse("2026-06-01T08:00:00Z"), BERLIN)).isTrue();
		assertThat(profile.isWorking(Instant.parse("2026-06-04T08:00:00Z"), BERLIN)).isTrue();
		// Tuesday and Wednesday 10:00: inside the hours, but off
		assertThat(profile.isWorking(Instant.parse("2026-06-02T08:00:00Z"), BERLIN)).isFalse();
		assertThat(profile.isWorking(Instant.parse("2026-06-03T08:00:00Z"), BERLIN)).isFalse();
		// Thursday 18:00: not off, but after hours
		assertThat(profile.isWorking(Instant.parse("2026-06-04T16:00:00Z"), BERLIN)).isFalse();
	}

	@Test
	void a_night_shift_on_a_day_off_is_off_after_midnight_too() {
		// nights MON-FRI 22:00-06:00, off Friday 2026-06-05 only. Friday 23:00 is refused (Friday is off), so
		// Saturday 02:00 (the same Friday shift, per WorkSchedule: "a night shift belongs to the day it started
		// on") should be refused as well; isWorking says true because Saturday is not a day off.
		RoutingProfile offOnFriday = profile(Set.of(), NIGHTS,
				new TimeOff(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5)));

		assertThat(offOnFriday.isWorking(Instant.parse("2026-06-05T21:00:00Z"), BERLIN)).isFalse(); // Fri 23:00
		assertThat(offOnFriday.isWorking(Instant.parse("2026-06-06T00:00:00Z"), BERLIN)).isFalse(); // Sat 02:00
	}

	@Test
	void has_skill_matches_case_insensitively_and_a_request_without_skill_needs_none() {
		RoutingProfile german = profile(Set.of("German", "Export"), null);
		RoutingProfile none = profile(Set.of(), null);

		assertThat(german.hasSkill("German")).isTrue();
		assertThat(german.hasSkill("german")).isTrue();
		assertThat(german.hasSkill("EXPORT")).isTrue();
		assertThat(german.hasSkill("French")).isFalse();
		assertThat(german.hasSkill("Germ")).isFalse();
		assertThat(german.hasSkill(null)).isTrue();
		assertThat(none.hasSkill(null)).isTrue();
		assertThat(none.hasSkill("German")).isFalse();
	}

	@ParameterizedTest(name = "{0}..{1} covers {2}: {3}")
	@CsvSource({
			// first day, last day, day,       covered (both ends included)
			"2026-06-02, 2026-06-05, 2026-06-01, false",
			"2026-06-02, 2026-06-05, 2026-06-02, true",
			"2026-06-02, 2026-06-05, 2026-06-04, true",
			"2026-06-02, 2026-06-05, 2026-06-05, true",
			"2026-06-02, 2026-06-05, 2026-06-06, false",
			"2026-06-03, 2026-06-03, 2026-06-03, true",
			"2026-06-03, 2026-06-03, 2026-06-04, false",
			// across a year end
			"2026-12-28, 2027-01-03, 2026-12-31, true",
			"2026-12-28, 2027-01-03, 2027-01-01, true",
			"2026-12-28, 2027-01-03, 2027-01-04, false" })
	void time_off_covers_its_days_both_ends_included(LocalDate first, LocalDate last, LocalDate day, boolean covered) {
		assertThat(new TimeOff(first, last).covers(day)).isEqualTo(covered);
	}
}
