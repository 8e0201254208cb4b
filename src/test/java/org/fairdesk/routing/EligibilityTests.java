package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairdesk.routing.RoutingFixtures.rep;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fairdesk.people.Availability;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.RoutingProfile.TimeOff;
import org.fairdesk.people.WorkSchedule;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Wednesday 2026-06-03, 10:00 in Berlin (CEST, +02:00). */
	private static final Instant WEDNESDAY_10 = Instant.parse("2026-06-03T08:00:00Z");
	private static final Instant SUNDAY_NOON = Instant.parse("2026-06-07T10:00:00Z");

	private static final WorkSchedule OFFICE_HOURS = new WorkSchedule(
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);

	private static final String OUTSIDE_HOURS = "is outside working hours or on time off";

	private static RoutingProfile profile(Availability availability, @Nullable Integer wipCap,
			Map<RequestKind, Integer> kindCaps, Set<String> skills, @Nullable WorkSchedule schedule,
			List<TimeOff> timeOff) {
		return new RoutingProfile(rep(1, 40, availability), wipCap, kindCaps, skills, schedule, timeOff);
	}

	/** Rep 1: available, caps 5 in total and 2 orders, speaks German, office hours, no time off. */
	private static RoutingProfile usual() {
		return profile(Availability.AVAILABLE, 5, Map.of(RequestKind.ORDER, 2), Set.of("German"), OFFICE_HOURS,
				List.of());
	}

	/** The usual rep on the team from {@code start} to {@code leaving} (null: they stay). */
	private static RoutingProfile usualOnTeam(LocalDate start, @Nullable LocalDate leaving) {
		RoutingProfile usual = usual();
		var r = usual.rep();
		return new RoutingProfile(new org.fairdesk.people.Rep(r.id(), r.teamId(), r.username(), r.displayName(),
				r.hoursPerWeek(), start, leaving, r.availability()), usual.wipCap(), usual.kindCaps(), usual.skills(),
				usual.schedule(), usual.timeOff());
	}

	private static Candidate candidate(RoutingProfile profile, Map<RequestKind, Integer> load) {
		int total = load.values().stream().mapToInt(Integer::intValue).sum();
		return new Candidate(profile, total, load, null, BigDecimal.ZERO, 0);
	}

	private static QueuedRequest request(RequestKind kind, @Nullable String skill) {
		return RoutingFixtures.request(kind, 0, kind.hasAmount() ? "100" : null, skill, WEDNESDAY_10);
	}

	private static @Nullable String refusal(Candidate candidate, QueuedRequest request, Instant now) {
		return Eligibility.refusal(candidate, request, now, BERLIN, Set.of());
	}

	@Test
	void an_available_rep_with_room_skill_and_hours_is_eligible() {
		// load 1 order + 1 query = 2 of 5, orders 1 of 2; German asked, German spoken; Wednesday 10:00
		Candidate rep = candidate(usual(), Map.of(RequestKind.ORDER, 1, RequestKind.QUERY, 1));

		assertThat(refusal(rep, request(RequestKind.ORDER, "German"), WEDNESDAY_10)).isNull();
		assertThat(refusal(rep, request(RequestKind.QUERY, null), WEDNESDAY_10)).isNull();
	}

	@Test
	void a_rep_who_has_left_gets_nothing_new_from_the_day_after_their_leaving_date_in_the_teams_zone() {
		Candidate rep = candidate(usualOnTeam(usual().rep().startDate(), LocalDate.of(2026, 6, 2)), Map.of());
		String left = "has left the team (last day 2026-06-02)";

		assertThat(refusal(rep, request(RequestKind.ORDER, "German"), WEDNESDAY_10)).isEqualTo(left);
		assertThat(Eligibility.refusalOfAnyWork(rep, WEDNESDAY_10, () -> BERLIN)).isEqualTo(left);
		assertThat(Eligibility.toRep(left)).isEqualTo("you have left the team (last day 2026-06-02)");
		// 14:00 in Berlin on Tuesday the 2nd, their last day, in office hours: still on the team
		Instant lastDay = Instant.parse("2026-06-02T12:00:00Z");
		assertThat(refusal(rep, request(RequestKind.ORDER, "German"), lastDay)).isNull();
		// 00:30 on the 3rd in Berlin is still the 2nd in UTC: the team's zone decides
		assertThat(refusal(rep, request(RequestKind.QUERY, null), Instant.parse("2026-06-02T22:30:00Z")))
			.isEqualTo(left);
	}

	@Test
	void a_rep_gets_nothing_before_their_first_day_in_the_teams_zone() {
		RoutingProfile starting = usualOnTeam(LocalDate.of(2026, 6, 4), null);
		Candidate rep = candidate(starting, Map.of());
		String early = "has not started on the team (first day 2026-06-04)";

		assertThat(refusal(rep, request(RequestKind.ORDER, "German"), WEDNESDAY_10)).isEqualTo(early);
		assertThat(Eligibility.refusalOfAnyWork(rep, WEDNESDAY_10, () -> BERLIN)).isEqualTo(early);
		assertThat(Eligibility.toRep(early)).isEqualTo("you have not started on the team (first day 2026-06-04)");
		assertThat(starting.rep().isOnTeamOn(LocalDate.of(2026, 6, 3))).isFalse();
		assertThat(starting.rep().isOnTeamOn(LocalDate.of(2026, 6, 4))).isTrue();
		// 00:30 on the 4th in Berlin is still the 3rd in UTC: the team's zone decides, and the rep has started
		Instant firstDayEarly = Instant.parse("2026-06-03T22:30:00Z");
		assertThat(Eligibility.refusalOfAnyWork(rep, firstDayEarly, () -> BERLIN)).isNotEqualTo(early);
		// 10:00 on Thursday the 4th in Berlin, in office hours: eligible
		assertThat(refusal(rep, request(RequestKind.ORDER, "German"), Instant.parse("2026-06-04T08:00:00Z"))).isNull();
	}

	@Test
	void an_overloaded_or_away_rep_gets_nothing_new() {
		Candidate overloaded = candidate(profile(Availability.OVERLOADED, null, Map.of(), Set.of(), null, List.of()),
				Map.of());
		Candidate away = candidate(profile(Availability.AWAY, null, Map.of(), Set.of(), null, List.of()), Map.of());

		assertThat(refusal(overloaded, request(RequestKind.QUERY, null), WEDNESDAY_10)).isEqualTo("is OVERLOADED");
		assertThat(refusal(away, request(RequestKind.QUERY, null), WEDNESDAY_10)).isEqualTo("is AWAY");
	}

	@Test
	void availability_is_named_before_capacity() {
		// away and also at cap (1 of 1): the manager reads the first reason in the filter order
		Candidate away = candidate(profile(Availability.AWAY, 1, Map.of(), Set.of(), null, List.of()),
				Map.of(RequestKind.QUERY, 1));

		assertThat(refusal(away, request(RequestKind.QUERY, null), WEDNESDAY_10)).isEqualTo("is AWAY");
	}

	@Test
	void a_rep_at_the_total_cap_gets_no_kind_at_all() {
		// 1 order + 4 queries = 5 of 5; orders 1 of 2 would still have room
		Candidate full = candidate(usual(), Map.of(RequestKind.ORDER, 1, RequestKind.QUERY, 4));

		assertThat(refusal(full, request(RequestKind.ORDER, null), WEDNESDAY_10))
			.isEqualTo("is at capacity (5/5 active, 1/2 ORDER)");
		assertThat(refusal(full, request(RequestKind.QUOTE, null), WEDNESDAY_10))
			.isEqualTo("is at capacity (5/5 active)");
	}

	@Test
	void a_rep_at_a_kind_cap_gets_no_more_of_that_kind_but_still_others() {
		// 2 orders + 1 query = 3 of 5 in total, but orders 2 of 2
		Candidate ordersFull = candidate(usual(), Map.of(RequestKind.ORDER, 2, RequestKind.QUERY, 1));

		assertThat(refusal(ordersFull, request(RequestKind.ORDER, null), WEDNESDAY_10))
			.isEqualTo("is at capacity (3/5 active, 2/2 ORDER)");
		assertThat(refusal(ordersFull, request(RequestKind.QUOTE, null), WEDNESDAY_10)).isNull();
		assertThat(refusal(ordersFull, request(RequestKind.QUERY, null), WEDNESDAY_10)).isNull();
	}

	@Test
	void a_rep_asking_for_work_hears_the_same_rule_and_the_caps_that_actually_block_them() {
		Candidate overloaded = candidate(profile(Availability.OVERLOADED, null, Map.of(), Set.of(), null, List.of()),
				Map.of());
		Candidate atTotal = candidate(usual(), Map.of(RequestKind.ORDER, 1, RequestKind.QUERY, 4));
		Candidate everyKindFull = candidate(profile(Availability.AVAILABLE, null, Map.of(RequestKind.ORDER, 2,
				RequestKind.QUOTE, 1, RequestKind.QUERY, 3), Set.of(), null, List.of()),
				Map.of(RequestKind.ORDER, 2, RequestKind.QUOTE, 1, RequestKind.QUERY, 3));
		Candidate ordersFull = candidate(usual(), Map.of(RequestKind.ORDER, 2));

		assertThat(Eligibility.refusalOfAnyWork(overloaded, WEDNESDAY_10, () -> BERLIN)).isEqualTo("is OVERLOADED");
		assertThat(Eligibility.refusalOfAnyWork(atTotal, WEDNESDAY_10, () -> BERLIN))
			.isEqualTo("is at capacity (5/5 active)");
		assertThat(Eligibility.refusalOfAnyWork(everyKindFull, WEDNESDAY_10, () -> BERLIN))
			.as("each kind's own cap, not the QUERY cap for all")
			.isEqualTo("is at capacity (2/2 ORDER, 1/1 QUOTE, 3/3 QUERY)");
		assertThat(Eligibility.refusalOfAnyWork(ordersFull, WEDNESDAY_10, () -> BERLIN)).isNull();
		assertThat(Eligibility.refusalOfAnyWork(candidate(usual(), Map.of()), SUNDAY_NOON, () -> BERLIN))
			.isEqualTo(OUTSIDE_HOURS);
		assertThat(Eligibility.toRep("is at capacity (5/5 active)")).isEqualTo("you are at capacity (5/5 active)");
	}

	@Test
	void a_rep_lacking_the_required_skill_is_refused_and_case_does_not_matter() {
		Candidate germanSpeaker = candidate(usual(), Map.of());

		assertThat(refusal(germanSpeaker, request(RequestKind.QUERY, "French"), WEDNESDAY_10))
			.isEqualTo("lacks the skill French");
		assertThat(refusal(germanSpeaker, request(RequestKind.QUERY, "german"), WEDNESDAY_10)).isNull();
		assertThat(refusal(germanSpeaker, request(RequestKind.QUERY, "GERMAN"), WEDNESDAY_10)).isNull();
		assertThat(refusal(germanSpeaker, request(RequestKind.QUERY, null), WEDNESDAY_10)).isNull();
	}

	@ParameterizedTest(name = "{0} UTC = {1} in Berlin: {2}")
	@CsvSource(nullValues = "eligible", value = {
			// office hours MON-FRI 09:00-17:00 in Berlin, which is UTC+2 (CEST) in June
			"2026-06-03T08:00:00Z, Wednesday 10:00, eligible",
			"2026-06-03T06:59:00Z, Wednesday 08:59, is outside working hours or on time off",
			"2026-06-03T07:00:00Z, Wednesday 09:00, eligible",
			"2026-06-03T14:59:00Z, Wednesday 16:59, eligible",
			"2026-06-03T15:00:00Z, Wednesday 17:00, is outside working hours or on time off",
			"2026-06-06T10:00:00Z, Saturday 12:00,  is outside working hours or on time off",
			"2026-06-05T14:00:00Z, Friday 16:00,    eligible" })
	void a_rep_outside_working_hours_is_refused(Instant now, String local, @Nullable String expected) {
		Candidate rep = candidate(usual(), Map.of());

		assertThat(DAY_AND_TIME.format(now.atZone(BERLIN))).as("the table's wall time").isEqualTo(local);
		assertThat(refusal(rep, request(RequestKind.QUERY, null), now)).isEqualTo(expected);
	}

	@Test
	void a_rep_on_time_off_is_refused_on_every_day_of_it_in_the_team_zone() {
		// off Wednesday 2026-06-03 to Thursday 2026-06-04; no schedule, so any hour counts as working
		Candidate off = candidate(profile(Availability.AVAILABLE, null, Map.of(), Set.of(), null,
				List.of(new TimeOff(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 4)))), Map.of());
		QueuedRequest query = request(RequestKind.QUERY, null);

		assertThat(refusal(off, query, WEDNESDAY_10)).isEqualTo(OUTSIDE_HOURS);
		// Thursday 23:59 in Berlin (21:59Z) is still the last day off
		assertThat(refusal(off, query, Instant.parse("2026-06-04T21:59:00Z"))).isEqualTo(OUTSIDE_HOURS);
		// 2026-06-02T22:30Z is still Tuesday in UTC but already Wednesday 00:30 in Berlin: off
		assertThat(refusal(off, query, Instant.parse("2026-06-02T22:30:00Z"))).isEqualTo(OUTSIDE_HOURS);
		// Tuesday 23:59 in Berlin (21:59Z) and Friday 00:00 in Berlin (Thursday 22:00Z): back at work
		assertThat(refusal(off, query, Instant.parse("2026-06-02T21:59:00Z"))).isNull();
		assertThat(refusal(off, query, Instant.parse("2026-06-04T22:00:00Z"))).isNull();
	}

	@Test
	void a_rep_who_handed_the_request_back_does_not_get_it_again() {
		Candidate rep = candidate(usual(), Map.of());
		QueuedRequest query = request(RequestKind.QUERY, null);

		assertThat(Eligibility.refusal(rep, query, WEDNESDAY_10, BERLIN, Set.of(RepId.of(1))))
			.isEqualTo("gave this request back (handed back or skipped)");
		assertThat(Eligibility.refusal(rep, query, WEDNESDAY_10, BERLIN, Set.of(RepId.of(2)))).isNull();
	}

	@Test
	void has_room_for_counts_the_total_and_the_kind_cap() {
		RoutingProfile noCaps = profile(Availability.AVAILABLE, null, Map.of(), Set.of(), null, List.of());
		RoutingProfile caps = usual(); // 5 in total, 2 orders

		// without caps, any load leaves room
		assertThat(candidate(noCaps, Map.of(RequestKind.ORDER, 100)).hasRoomFor(RequestKind.ORDER)).isTrue();
		// 4 of 5 in total, orders 1 of 2: room for either
		Candidate four = candidate(caps, Map.of(RequestKind.ORDER, 1, RequestKind.QUERY, 3));
		assertThat(four.hasRoomFor(RequestKind.ORDER)).isTrue();
		assertThat(four.hasRoomFor(RequestKind.QUERY)).isTrue();
		// 5 of 5: none
		Candidate five = candidate(caps, Map.of(RequestKind.ORDER, 1, RequestKind.QUERY, 4));
		assertThat(five.hasRoomFor(RequestKind.QUERY)).isFalse();
		assertThat(five.hasRoomFor(RequestKind.ORDER)).isFalse();
		// orders 2 of 2 with 2 of 5 in total: no order, a quote yes; a kind with no load yet counts as 0
		Candidate ordersFull = candidate(caps, Map.of(RequestKind.ORDER, 2));
		assertThat(ordersFull.hasRoomFor(RequestKind.ORDER)).isFalse();
		assertThat(ordersFull.hasRoomFor(RequestKind.QUOTE)).isTrue();
		// a kind cap of 0 means none of that kind
		Candidate noQuotes = candidate(profile(Availability.AVAILABLE, null, Map.of(RequestKind.QUOTE, 0), Set.of(),
				null, List.of()), Map.of());
		assertThat(noQuotes.hasRoomFor(RequestKind.QUOTE)).isFalse();
		assertThat(noQuotes.hasRoomFor(RequestKind.ORDER)).isTrue();
	}

	@Test
	void cap_text_shows_the_load_against_each_cap_that_applies() {
		RoutingProfile noCaps = profile(Availability.AVAILABLE, null, Map.of(), Set.of(), null, List.of());
		RoutingProfile quoteCapOnly = profile(Availability.AVAILABLE, null, Map.of(RequestKind.QUOTE, 1), Set.of(),
				null, List.of());

		assertThat(candidate(noCaps, Map.of(RequestKind.QUERY, 7)).capText(RequestKind.QUERY)).isEqualTo("7 active");
		assertThat(candidate(usual(), Map.of(RequestKind.ORDER, 2, RequestKind.QUERY, 1)).capText(RequestKind.ORDER))
			.isEqualTo("3/5 active, 2/2 ORDER");
		assertThat(candidate(usual(), Map.of(RequestKind.QUERY, 1)).capText(RequestKind.ORDER))
			.isEqualTo("1/5 active, 0/2 ORDER");
		assertThat(candidate(usual(), Map.of(RequestKind.QUERY, 1)).capText(RequestKind.QUERY)).isEqualTo("1/5 active");
		assertThat(candidate(quoteCapOnly, Map.of(RequestKind.QUOTE, 1)).capText(RequestKind.QUOTE))
			.isEqualTo("1 active, 1/1 QUOTE");
	}
}
