package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/** Work on its own: it opens requests from intake's event, takes routing's assignments and announces closes. */
@ApplicationModuleTest
class WorkModuleTests {

	static final TeamId TEAM = new TeamId(3);
	static final RepId REP = new RepId(11);
	static final Instant T0 = Instant.parse("2026-10-05T08:00:00Z");

	@MockitoBean PeopleManagement people; // for the pages' controllers and the teams' zones
	@MockitoBean IntakeManagement intake; // receives the order of a won quote
	@MockitoBean org.fairdesk.people.TeamManagerChecks teamChecks; // who may set a team's SLA targets
	@Autowired WorkManagement work;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;

	@Test
	void aReceivedAndAssignedOrderClosesWithItsOutcome(Scenario scenario) {
		RequestId id = RequestId.random();
		publish(order(id));
		assertThat(work.request(id).state()).isEqualTo(RequestState.NEW);

		work.assign(id, REP, T0.plusSeconds(5));
		assertThat(work.request(id).assigneeId()).isEqualTo(REP);

		work.transition(id, REP, Transition.to(RequestState.IN_PROGRESS), T0.plusSeconds(60));
		scenario.stimulate(() -> work.transition(id, REP,
				new Transition(RequestState.FULFILLED, new BigDecimal("800.00"), new BigDecimal("200.00"), null),
				T0.plusSeconds(3600)))
			.andWaitForEventOfType(RequestClosed.class)
			.matching(closed -> closed.requestId().equals(id))
			.toArriveAndVerify(closed -> {
				assertThat(closed.outcome()).isEqualTo(RequestState.FULFILLED);
				assertThat(closed.margin()).isEqualTo(Money.of("200.00", "EUR"));
				assertThat(closed.closedBy()).isEqualTo(REP);
			});

		RequestView fulfilled = work.request(id);
		assertThat(fulfilled.closedBy()).isEqualTo(REP);
		assertThat(fulfilled.value()).isEqualTo(Money.of("800.00", "EUR"));
		assertThat(fulfilled.margin()).isEqualTo(Money.of("200.00", "EUR"));
	}

	@Test
	void anIllegalTransitionIsRefusedAndNothingChanges() {
		RequestId id = RequestId.random();
		publish(order(id));
		work.assign(id, REP, T0);
		assertThatThrownBy(() -> work.transition(id, REP, Transition.to(RequestState.RESOLVED), T0))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("ORDER");
		assertThat(work.request(id).state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(work.openLoads(TEAM)).containsKey(REP);
	}

	@Test
	void aSentQuotePastItsLastValidDayIsAnnouncedAsClosedByItsAssignee(Scenario scenario) {
		Team team = new Team(TEAM, "Module team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		when(people.team(TEAM)).thenReturn(team);
		when(people.teams()).thenReturn(List.of(team));
		RequestId id = RequestId.random();
		publish(new RequestReceived(id, TEAM, RequestKind.QUOTE, "Acme", "10 chairs", null, null,
				Currency.getInstance("EUR"), null, T0));
		work.assign(id, REP, T0);
		work.transition(id, REP, Transition.sent(new BigDecimal("800"), LocalDate.of(2026, 10, 6)), T0.plusSeconds(60));
		Instant midnightInBerlin = Instant.parse("2026-10-06T22:00:00Z");
		assertThat(work.expireQuotes(midnightInBerlin.minusSeconds(1))).isZero();

		scenario.stimulate(() -> work.expireQuotes(midnightInBerlin))
			.andWaitForEventOfType(RequestClosed.class)
			.matching(closed -> closed.requestId().equals(id))
			.toArriveAndVerify(closed -> {
				assertThat(closed.outcome()).isEqualTo(RequestState.EXPIRED);
				assertThat(closed.closedBy()).isEqualTo(REP);
				assertThat(closed.closedAt()).isEqualTo(midnightInBerlin);
				assertThat(closed.value()).isNull();
			});
	}

	@Test
	void aReopenIsAnnouncedWithTheRepWhoClosedIt(Scenario scenario) {
		// a reopen reads the team: a refused one says its times in the team's zone
		when(people.team(TEAM)).thenReturn(new Team(TEAM, "Module team", Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin")));
		RequestId id = RequestId.random();
		publish(order(id));
		work.assign(id, REP, T0);
		work.transition(id, REP, Transition.to(RequestState.IN_PROGRESS), T0);
		work.transition(id, REP, new Transition(RequestState.CANCELLED, null, null, "duplicate"), T0.plusSeconds(60));
		Instant reopenedAt = T0.plusSeconds(3600);
		long openBefore = work.openLoads(TEAM).getOrDefault(REP, 0L);

		scenario.stimulate(() -> work.reopen(id, Reopener.manager("boss"), "not a duplicate after all", reopenedAt))
			.andWaitForEventOfType(RequestReopened.class)
			.toArriveAndVerify(reopened -> assertThat(reopened).isEqualTo(new RequestReopened(id, TEAM, REP, reopenedAt, "boss",
					"not a duplicate after all")));
		assertThat(work.openLoads(TEAM)).containsEntry(REP, openBefore + 1);
	}

	/** Work listens synchronously, inside the publisher's transaction: the change is there when this returns. */
	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private static RequestReceived order(RequestId id) {
		return new RequestReceived(id, TEAM, RequestKind.ORDER, "Acme", "10 chairs", null, Money.of("800.00", "EUR"),
				Currency.getInstance("EUR"), null, T0);
	}
}
