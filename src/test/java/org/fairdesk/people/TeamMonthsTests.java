package org.fairdesk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;

import org.fairdesk.shared.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A team's months: every module asks {@link Team} for them, so these cases hold for routing, metrics and pay alike. */
class TeamMonthsTests {

	private static Instant start(YearMonth month, ZoneId zone) {
		return team(zone).start(Period.month(month));
	}

	private static Instant end(YearMonth month, ZoneId zone) {
		return team(zone).end(Period.month(month));
	}

	private static Team team(ZoneId zone) {
		return new Team(new TeamId(1), "Sales", Currency.getInstance("EUR"), zone);
	}


	@ParameterizedTest(name = "{1} in {0}: [{2}, {3}), {4} h")
	@CsvSource({
			// zone,           period,  start (UTC),          end (UTC, exclusive), hours
			// Berlin: CET is +01:00, CEST +02:00; summer time starts 2026-03-29 and ends 2026-10-25
			"Europe/Berlin,    2026-03, 2026-02-28T23:00:00Z, 2026-03-31T22:00:00Z, 743",
			"Europe/Berlin,    2026-07, 2026-06-30T22:00:00Z, 2026-07-31T22:00:00Z, 744",
			"Europe/Berlin,    2026-10, 2026-09-30T22:00:00Z, 2026-10-31T23:00:00Z, 745",
			"Europe/Berlin,    2026-12, 2026-11-30T23:00:00Z, 2026-12-31T23:00:00Z, 744",
			"Europe/Berlin,    2027-01, 2026-12-31T23:00:00Z, 2027-01-31T23:00:00Z, 744",
			"Europe/Berlin,    2028-02, 2028-01-31T23:00:00Z, 2028-02-29T23:00:00Z, 696",
			// New York: EST is -05:00, EDT -04:00; DST starts 2026-03-08 and ends 2026-11-01 at 02:00,
			// so midnight of 1 November is still EDT
			"America/New_York, 2026-03, 2026-03-01T05:00:00Z, 2026-04-01T04:00:00Z, 743",
			"America/New_York, 2026-11, 2026-11-01T04:00:00Z, 2026-12-01T05:00:00Z, 721",
			"America/New_York, 2026-12, 2026-12-01T05:00:00Z, 2027-01-01T05:00:00Z, 744",
			"America/New_York, 2028-02, 2028-02-01T05:00:00Z, 2028-03-01T05:00:00Z, 696",
			// Kolkata: +05:30 all year, no DST; the period starts the evening before in UTC
			"Asia/Kolkata,     2026-03, 2026-02-28T18:30:00Z, 2026-03-31T18:30:00Z, 744",
			"Asia/Kolkata,     2026-12, 2026-11-30T18:30:00Z, 2026-12-31T18:30:00Z, 744",
			"Asia/Kolkata,     2028-02, 2028-01-31T18:30:00Z, 2028-02-29T18:30:00Z, 696",
			// UTC: a month is exactly its days
			"UTC,              2026-02, 2026-02-01T00:00:00Z, 2026-03-01T00:00:00Z, 672",
			"UTC,              2026-12, 2026-12-01T00:00:00Z, 2027-01-01T00:00:00Z, 744",
			"UTC,              2028-02, 2028-02-01T00:00:00Z, 2028-03-01T00:00:00Z, 696" })
	void a_period_is_the_month_in_the_team_zone(String zone, String period, String start, String end, long hours) {
		ZoneId zoneId = ZoneId.of(zone);
		YearMonth month = YearMonth.parse(period);

		assertThat(start(month, zoneId)).isEqualTo(Instant.parse(start));
		assertThat(end(month, zoneId)).isEqualTo(Instant.parse(end));
		assertThat(Duration.between(start(month, zoneId), end(month, zoneId)).toHours()).isEqualTo(hours);
		assertThat(end(month, zoneId)).isEqualTo(start(month.plusMonths(1), zoneId));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC" })
	void consecutive_periods_neither_overlap_nor_leave_gaps(String zone) {
		ZoneId zoneId = ZoneId.of(zone);
		YearMonth first = YearMonth.of(2026, 1);
		Duration covered = Duration.ZERO;

		for (YearMonth month = first; month.isBefore(YearMonth.of(2029, 1)); month = month.plusMonths(1)) {
			assertThat(end(month, zoneId)).isEqualTo(start(month.plusMonths(1), zoneId));
			assertThat(start(month, zoneId)).isBefore(end(month, zoneId));
			covered = covered.plus(Duration.between(start(month, zoneId), end(month, zoneId)));
		}

		// 2026, 2027 and 2028 (a leap year): 365 + 365 + 366 days; DST hours cancel out within each year
		assertThat(covered).isEqualTo(Duration.ofDays(365 + 365 + 366));
	}

	@ParameterizedTest(name = "{1} in {0} belongs to {2}")
	@CsvSource({
			"Europe/Berlin,    2026-03-31T23:59:59, 2026-03",
			"Europe/Berlin,    2026-04-01T00:00:00, 2026-04",
			"America/New_York, 2026-12-31T23:59:59, 2026-12",
			"America/New_York, 2027-01-01T00:00:00, 2027-01",
			"Asia/Kolkata,     2028-02-29T12:00:00, 2028-02",
			"UTC,              2028-03-01T00:00:00, 2028-03" })
	void a_local_time_falls_in_exactly_its_own_month(String zone, String localTime, String period) {
		ZoneId zoneId = ZoneId.of(zone);
		YearMonth month = YearMonth.parse(period);
		Instant instant = LocalDateTime.parse(localTime).atZone(zoneId).toInstant();

		assertThat(instant).isAfterOrEqualTo(start(month, zoneId)).isBefore(end(month, zoneId));
		assertThat(instant).isBefore(start(month.plusMonths(1), zoneId));
		assertThat(instant).isAfterOrEqualTo(end(month.minusMonths(1), zoneId));
		assertThat(team(zoneId).monthOf(instant)).isEqualTo(month);
		assertThat(team(zoneId).startOfMonth(instant)).isEqualTo(start(month, zoneId));
	}
}
