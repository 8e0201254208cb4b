package org.fairdesk.routing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The live page's due times: a clock for today, a date and clock for any other day (team's zone). */
class LiveFormatTests {

	private final LiveFormat berlin = new LiveFormat(ZoneId.of("Europe/Berlin"));

	private final Instant saturdayAfternoon = Instant.parse("2026-12-05T14:00:00Z"); // 15:00 in Berlin

	@Test
	void aDueTimeTodayIsAClock() {
		assertThat(berlin.due(Instant.parse("2026-12-05T22:30:00Z"), saturdayAfternoon)).isEqualTo("23:30");
	}

	@Test
	void aDueTimeOnAnotherDayCarriesItsDate() {
		assertThat(berlin.due(Instant.parse("2026-12-07T10:00:00Z"), saturdayAfternoon)).isEqualTo("2026-12-07 11:00");
		assertThat(berlin.due(Instant.parse("2026-12-03T15:59:00Z"), saturdayAfternoon)).isEqualTo("2026-12-03 16:59");
		assertThat(berlin.due(Instant.parse("2026-12-05T23:30:00Z"), saturdayAfternoon))
			.as("already Sunday in Berlin").isEqualTo("2026-12-06 00:30");
	}

	@Test
	void noDueTimeIsADash() {
		assertThat(berlin.due(null, saturdayAfternoon)).isEqualTo("—");
	}
}
