package org.fairdesk.work;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.junit.jupiter.api.Test;

/** The scheduled job expires quote by quote: one quote that fails holds back neither its team's others nor others'. */
class QuoteExpiryTests {

	@Test
	void aQuoteThatCannotExpireDoesNotStopTheNextQuoteOrTheNextTeam() {
		Instant now = Instant.parse("2026-11-27T06:00:00Z");
		Team first = new Team(new TeamId(1), "First", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Team second = new Team(new TeamId(2), "Second", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		RequestId broken = RequestId.random();
		RequestId nextInTeam = RequestId.random();
		RequestId otherTeams = RequestId.random();
		WorkManagement work = mock(WorkManagement.class);
		PeopleManagement people = mock(PeopleManagement.class);
		when(people.teams()).thenReturn(List.of(first, second));
		when(work.lapsedQuotes(eq(first.id()), any())).thenReturn(List.of(broken, nextInTeam));
		when(work.lapsedQuotes(eq(second.id()), any())).thenReturn(List.of(otherTeams));
		when(work.expireQuote(eq(broken), any())).thenThrow(new IllegalStateException("a quote that would not save"));
		when(work.expireQuote(eq(nextInTeam), any())).thenReturn(true);
		when(work.expireQuote(eq(otherTeams), any())).thenReturn(true);

		new QuoteExpiry(work, people, Clock.fixed(now, ZoneOffset.UTC), new WorkSettings(14, Duration.ofMinutes(15)))
			.expireQuotes();

		verify(work).expireQuote(broken, now);
		verify(work).expireQuote(nextInTeam, now);
		verify(work).expireQuote(otherTeams, now);
	}
}
