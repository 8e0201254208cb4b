package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which requests an adjustment names as its cause: {@link Corrections#changedRequests}, {@link Corrections#moved}. */
class CorrectionsTests {

	@Test
	void anOrderReturnedAfterAReopenIsNamedThoughItStaysInTheReopenedList() {
		// At the close order 1 was fulfilled and had been reopened; since then it was returned: it left "fulfilled"
		// and stays in "reopened", so every request of the month is still listed somewhere.
		PeriodFacts.Requests was = FactsDocumentsTests.annsRequests();
		UUID returned = was.ordersFulfilled().get(0);
		PeriodFacts then = withAnns(FactsDocumentsTests.november(), reopened(was, was.ordersFulfilled(), returned));
		PeriodFacts now = withAnns(then, reopened(was, was.ordersFulfilled().subList(1, 3), returned));

		assertThat(Corrections.changedRequests(then, now)).containsExactly(returned);
	}

	@Test
	void aRequestThatMovedFromOneRepToAnotherIsNamed() {
		PeriodFacts then = FactsDocumentsTests.november();
		UUID moved = annsFirstEscalated(then);

		assertThat(Corrections.changedRequests(then, escalatedByBen(then, moved))).containsExactly(moved);
	}

	@Test
	void aLookRemembersWhereTheMovedRequestsWentSoTheNextComparisonStartsFromThere() {
		PeriodFacts then = FactsDocumentsTests.november();
		UUID moved = annsFirstEscalated(then);
		PeriodFacts now = escalatedByBen(then, moved);

		var remembered = Corrections.moved(then, now);
		assertThat(remembered).containsOnlyKeys(moved);
		assertThat(remembered.get(moved)).containsExactly(then.reps().get(1).repId().value() + ":queriesEscalated");
		assertThat(Corrections.lastPlacings(then, remembered)).as("the stored places, the moved request's as now")
			.isEqualTo(Corrections.lastPlacings(now, java.util.Map.of()));
		assertThat(Corrections.lastPlacings(then, java.util.Map.of())).isNotEqualTo(Corrections.lastPlacings(now, java.util.Map.of()));
	}

	@Test
	void theSameListsNameNothing() {
		assertThat(Corrections.changedRequests(FactsDocumentsTests.november(), FactsDocumentsTests.november()))
			.isEmpty();
	}

	private static UUID annsFirstEscalated(PeriodFacts facts) {
		return facts.reps().get(0).requests().queriesEscalated().get(0);
	}

	/** The facts with Ann's escalated query {@code moved} as Ben's, and Ben's escalated queries that one alone. */
	private static PeriodFacts escalatedByBen(PeriodFacts then, UUID moved) {
		PeriodFacts.RepFacts ann = then.reps().get(0);
		PeriodFacts.RepFacts ben = then.reps().get(1);
		return new PeriodFacts(then.period(), then.teamId(), then.teamName(), then.currency(), then.team(),
				List.of(ann.withRequests(withoutEscalated(ann.requests())),
						ben.withRequests(onlyEscalated(List.of(moved)))));
	}

	private static PeriodFacts withAnns(PeriodFacts facts, PeriodFacts.Requests requests) {
		return new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), facts.team(),
				List.of(facts.reps().get(0).withRequests(requests), facts.reps().get(1)));
	}

	private static PeriodFacts.Requests reopened(PeriodFacts.Requests r, List<UUID> fulfilled, UUID reopened) {
		return new PeriodFacts.Requests(fulfilled, r.quotesWon(), r.quotesLost(), r.queriesResolved(),
				r.queriesEscalated(), r.surveyed(), r.slaMissed(), List.of(reopened), r.assistsGiven());
	}

	private static PeriodFacts.Requests withoutEscalated(PeriodFacts.Requests r) {
		return new PeriodFacts.Requests(r.ordersFulfilled(), r.quotesWon(), r.quotesLost(), r.queriesResolved(),
				List.of(), r.surveyed(), r.slaMissed(), r.reopened(), r.assistsGiven());
	}

	private static PeriodFacts.Requests onlyEscalated(List<UUID> escalated) {
		return new PeriodFacts.Requests(List.of(), List.of(), List.of(), List.of(), escalated, List.of(), List.of(),
				List.of(), List.of());
	}
}
