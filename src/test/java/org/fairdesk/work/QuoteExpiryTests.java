package org.fairdesk.work;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.junit.jupiter.api.Test;

/** The scheduled job expires team by team: one team's failure does not hold back the others. */
class QuoteExpiryTests {

	@Test
	void aTeamWhoseQuotesCannotExpireDoesNotStopTheNextTeam() {
		Instant now = Instant.parse("2026-11-27T06:00:00Z");
		Team broken = new Team(new TeamId(1), "Broken", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Team fine = new Team(new TeamId(2), "Fine", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		WorkManagement work = mock(WorkManagement.class);
		PeopleManagement people = mock(PeopleManagement.class);
		when(people.teams()).thenReturn(List.of(broken, fine));
		when(work.expireQuotes(eq(broken.id()), any())).thenThrow(new IllegalStateException("a quote would not save"));
		when(work.expireQuotes(eq(fine.id()), any())).thenReturn(2);

		new QuoteExpiry(work, people, Clock.fixed(now, ZoneOffset.UTC)).expireQuotes();

		verify(work).expireQuotes(broken.id(), now);
		verify(work).expireQuotes(fine.id(), now);
	}
}
