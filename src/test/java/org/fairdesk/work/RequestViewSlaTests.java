package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A request's resolution SLA as the API shows it: closing exactly at the due time still meets it. */
class RequestViewSlaTests {

	@ParameterizedTest(name = "due {0}, closed {1}: {2}")
	@CsvSource(nullValues = "-", value = {
			"-, -, NONE",
			"-, 2026-11-20T10:00:00Z, NONE",
			"2026-11-20T10:00:00Z, -, PENDING",
			"2026-11-20T10:00:00Z, 2026-11-20T09:59:59Z, MET",
			"2026-11-20T10:00:00Z, 2026-11-20T10:00:00Z, MET",
			"2026-11-20T10:00:00Z, 2026-11-20T10:00:01Z, BREACHED" })
	void metIfClosedByTheDueTime(@Nullable Instant due, @Nullable Instant closed, RequestView.Sla sla) {
		Instant received = Instant.parse("2026-11-16T09:00:00Z");
		RequestView view = new RequestView(new RequestId(UUID.randomUUID()), new TeamId(1), RequestKind.QUERY, "Acme",
				"Where?", null, null, Currency.getInstance("EUR"), closed == null ? RequestState.IN_PROGRESS
						: RequestState.RESOLVED, null, received, null, null, closed, null, null, null, 0, null, null, 0, 0,
				received, null, 0, null, null, null, null, new DueTimes(null, due));
		assertThat(view.getSla()).isEqualTo(sla);
	}
}
