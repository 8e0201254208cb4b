package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanHistoryTests {

	private static final YearMonth MAY = YearMonth.of(2026, 5);

	private static PlanHistory.Published version(int version, String effectiveFrom, long id) {
		return new PlanHistory.Published("Pool", version, LocalDate.parse(effectiveFrom), Instant.EPOCH, id);
	}

	@Test
	void eachVersionPaysFromTheMonthItsDateOpensUntilTheNextOneTakesOver() {
		// v1 from 1 January; v2 from 15 March (first pays April); v3 from 1 June
		PlanHistory history = PlanHistory.of(1, List.of(version(3, "2026-06-01", 3), version(1, "2026-01-01", 1),
				version(2, "2026-03-15", 2)), MAY);

		assertThat(history.versions()).extracting(PlanHistory.Entry::version).containsExactly(1, 2, 3);
		assertThat(history.versions()).extracting(PlanHistory.Entry::firstMonth)
			.containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 4), YearMonth.of(2026, 6));
		assertThat(history.versions()).extracting(PlanHistory.Entry::lastMonth)
			.containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 5), null);
		assertThat(history.versions()).extracting(PlanHistory.Entry::inForceThisMonth).containsExactly(false, true, false);
		assertThat(history.versions()).noneMatch(PlanHistory.Entry::neverApplies);
	}

	@Test
	void aVersionOvertakenBeforeItsFirstMonthNeverApplies() {
		// v2 from 10 February and v3 from 20 February both first pay March: v3 takes it, v2 pays nothing.
		// v4 republishes 1 June: the later publication of the same date wins.
		PlanHistory history = PlanHistory.of(1, List.of(version(1, "2026-01-01", 1), version(2, "2026-02-10", 2),
				version(3, "2026-02-20", 3), version(4, "2026-06-01", 4), version(5, "2026-06-01", 5)), MAY);

		assertThat(history.versions()).extracting(PlanHistory.Entry::neverApplies)
			.containsExactly(false, true, false, true, false);
		assertThat(history.versions().get(0).lastMonth()).isEqualTo(YearMonth.of(2026, 2));
		assertThat(history.versions().get(1).firstMonth()).isNull();
		assertThat(history.versions().get(2).lastMonth()).isEqualTo(YearMonth.of(2026, 5));
		assertThat(history.versions().get(4).firstMonth()).isEqualTo(YearMonth.of(2026, 6));
	}
}
