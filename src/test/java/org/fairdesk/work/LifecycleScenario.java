package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.routing.OpenRequest;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.Money;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lifecycle through the real modules and database: won quotes and their orders, the expiry job, reopens and
 * how routing counts them, the history, and refused input that stores nothing. Every team routes by PULL, so a
 * rep gets work when the test asks for it, synchronously. The clock stands on Monday 16 November 2026, 10:00 in
 * Berlin. Subclasses choose H2 or PostgreSQL.
 */
@SpringBootTest(properties = "fairdesk.routing.hand-out-interval=PT1H")
@Import(TestClockConfiguration.class)
abstract class LifecycleScenario {

	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired RoutingManagement routing;
	@Autowired RoutingAdministration administration;
	@Autowired WorkManagement work;
	@Autowired QuoteExpiry expiry;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	Team team;
	Rep rep;
	Rep colleague;

	@BeforeEach
	void aPullTeamOfTwo() {
		clock.set(TestClockConfiguration.START);
		String prefix = "l" + TEAMS.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		team = people.createTeam("Lifecycle " + prefix, Currency.getInstance("EUR"), BERLIN);
		rep = people.addRep(new NewRep(team.id(), prefix + "a", "Ada", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		colleague = people.addRep(new NewRep(team.id(), prefix + "b", "Ben", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		administration.setMode(team.id(), RoutingMode.PULL, clock.instant());
	}

	@Test
	void aQuoteWonWithoutAnOrderBringsANewOrderThroughIntakeRoutedLikeAnyOther() {
		RequestId quote = sentQuote("5000.00", LocalDate.of(2026, 11, 30));
		long before = requestsOfTeam();

		RequestView won = move(quote, Transition.won(new BigDecimal("4500"), new BigDecimal("900"), null));

		assertThat(won.state()).isEqualTo(RequestState.WON);
		assertThat(won.value()).isEqualTo(Money.of("4500.00", "EUR"));
		RequestId orderId = won.linkedOrderId();
		assertThat(orderId).isNotNull();
		RequestView order = work.request(orderId);
		assertThat(order.kind()).isEqualTo(org.fairdesk.shared.RequestKind.ORDER);
		assertThat(order.teamId()).isEqualTo(team.id());
		assertThat(order.customer()).isEqualTo("Acme GmbH");
		assertThat(order.subject()).isEqualTo("Order from quote: 40 desks");
		assertThat(order.amount()).isEqualTo(Money.of("4500.00", "EUR"));
		assertThat(order.quoteId()).isEqualTo(quote);
		assertThat(order.state()).as("waits for PULL like any order").isEqualTo(RequestState.NEW);
		assertThat(routing.waiting(team.id())).extracting(OpenRequest::id).contains(orderId);
		assertThat(requestsOfTeam()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select received_by from arrivals where request_id = ?").param(orderId.value())
			.query(String.class).single()).isEqualTo("quote " + quote);
	}

	@Test
	void aQuoteWonWithAnOrderIdLinksThatOrderBothWays() {
		RequestId order = receive("ORDER", "4400.00");
		RequestId quote = sentQuote("5000.00", LocalDate.of(2026, 11, 30));
		long before = requestsOfTeam();

		RequestView won = move(quote, Transition.won(new BigDecimal("4400"), new BigDecimal("800"), order));

		assertThat(won.linkedOrderId()).isEqualTo(order);
		assertThat(work.request(order).quoteId()).isEqualTo(quote);
		assertThat(requestsOfTeam()).as("no second order").isEqualTo(before);
	}

	@Test
	void aWonQuoteRefusesAnOrderIdThatIsNotAFreeOrderOfItsTeamAndStoresNothing() {
		Team other = people.createTeam(team.name() + " other", Currency.getInstance("EUR"), BERLIN);
		RequestId elsewhere = intake.receive(new NewRequest("ORDER", other.id().value(), "Globex", "desks", null,
				new BigDecimal("10"), "EUR", null), "test", clock.instant()).requestId();
		RequestId aQuote = receive("QUOTE", null);
		RequestId taken = receive("ORDER", "100.00");
		RequestId firstQuote = sentQuote("100.00", LocalDate.of(2026, 11, 30));
		move(firstQuote, Transition.won(new BigDecimal("100"), new BigDecimal("10"), taken));
		RequestId quote = sentQuote("5000.00", LocalDate.of(2026, 11, 30));

		for (RequestId orderId : List.of(elsewhere, aQuote, RequestId.random())) {
			assertRefusedWithNothingStored(quote, orderId, "is not an ORDER of this team: " + orderId);
		}
		assertRefusedWithNothingStored(quote, taken, "order " + taken + " belongs to another quote already");
	}

	@Test
	void aWinWithABadValueAndABadOrderIdNamesBothAtOnceAndStoresNothing() {
		RequestId query = receive("QUERY", null);
		RequestId quote = sentQuote("5000.00", LocalDate.of(2026, 11, 30));
		RequestView before = work.request(quote);
		long requests = requestsOfTeam();
		long history = historyOf(quote).size();

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(quote, Transition.won(new BigDecimal("-10"), BigDecimal.ONE, query)));

		assertThat(e.problems()).containsExactly(new FieldProblem("value", "must be more than zero"),
				new FieldProblem("orderId", "is not an ORDER of this team: " + query));
		assertThat(work.request(quote)).isEqualTo(before);
		assertThat(requestsOfTeam()).isEqualTo(requests);
		assertThat(historyOf(quote)).hasSize((int) history);
	}

	private void assertRefusedWithNothingStored(RequestId quote, RequestId orderId, String message) {
		RequestView before = work.request(quote);
		long requests = requestsOfTeam();
		long history = historyOf(quote).size();

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(quote, Transition.won(new BigDecimal("4500"), new BigDecimal("900"), orderId)));

		assertThat(e.problems()).containsExactly(new FieldProblem("orderId", message));
		assertThat(work.request(quote)).isEqualTo(before);
		assertThat(requestsOfTeam()).isEqualTo(requests);
		assertThat(historyOf(quote)).hasSize((int) history);
		assertThat(routingLog(quote)).doesNotContain("CLOSE");
	}

	@Test
	void aSentQuoteExpiresOnceItsLastValidDayHasEndedInTheTeamsZone() {
		RequestId quote = sentQuote("700.00", LocalDate.of(2026, 11, 17));
		Instant lastMomentValid = Instant.parse("2026-11-17T22:59:59Z"); // 23:59:59 in Berlin
		Instant nextDay = Instant.parse("2026-11-17T23:00:00Z"); // midnight in Berlin

		assertThat(work.expireQuotes(lastMomentValid)).isZero();
		assertThat(work.request(quote).state()).isEqualTo(RequestState.SENT);
		assertThat(work.heldInTeam(team.id(), 10)).as("a sent quote is not reassigned").extracting(RequestView::id)
			.doesNotContain(quote);

		clock.set(nextDay);
		expiry.expireQuotes(); // the scheduled job, at its next run

		RequestView expired = work.request(quote);
		assertThat(expired.state()).isEqualTo(RequestState.EXPIRED);
		assertThat(expired.closedAt()).isEqualTo(nextDay);
		assertThat(expired.closedBy()).isEqualTo(rep.id());
		assertThat(expired.customerWaitSeconds()).isEqualTo(Duration.between(TestClockConfiguration.START, nextDay)
			.getSeconds());
		assertThat(routingLog(quote)).endsWith("CLOSE");
		assertThat(jdbc.sql("select closed_at is not null from routing_queue where request_id = ?").param(quote.value())
			.query(Boolean.class).single()).as("routing freed the rep").isTrue();
		assertThat(historyOf(quote)).last().isEqualTo("SENT>EXPIRED by -");
		assertThat(work.history(quote)).as("what the request's page and API show: nobody's move, and why").last()
			.extracting(RequestMove::rep, RequestMove::reason)
			.containsExactly(null, "valid until 2026-11-17");
		assertThat(work.expireQuotes(nextDay.plusSeconds(3600))).as("only once").isZero();
	}

	@Test
	void aReopenedRequestIsActiveAgainWithItsCloserAndRoutingCountsIt() {
		RequestId order = fulfilledOrder();
		assertThat(work.openLoads(team.id())).doesNotContainKey(rep.id());
		clock.advance(Duration.ofDays(3));

		RequestView reopened = work.reopen(order, Reopener.rep(rep.username(), rep.id()), "Two desks were damaged",
				clock.instant());

		assertThat(reopened.state()).isEqualTo(RequestState.REOPENED);
		assertThat(reopened.assigneeId()).isEqualTo(rep.id());
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(reopened.closedAt()).isNull();
		assertThat(reopened.value()).isNull();
		assertThat(work.openLoads(team.id())).containsEntry(rep.id(), 1L);
		assertThat(jdbc.sql("select closed_at is null from routing_queue where request_id = ?").param(order.value())
			.query(Boolean.class).single()).isTrue();
		assertThat(routingLog(order)).endsWith("CLOSE, REOPEN");
		assertThat(jdbc.sql("select closed_by, outcome, reopened_by_user, reason from request_reopens where request_id = ?")
			.param(order.value())
			.query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
			.single()).isEqualTo(rep.id() + " FULFILLED " + rep.username() + " Two desks were damaged");

		move(order, Transition.to(RequestState.IN_PROGRESS));
		RequestView closedAgain = move(order, new Transition(RequestState.FULFILLED, new BigDecimal("900"),
				new BigDecimal("150"), null));
		assertThat(closedAgain.closedBy()).isEqualTo(rep.id());
		assertThat(work.openLoads(team.id())).doesNotContainKey(rep.id());
	}

	@Test
	void aReopenAfterTheWindowIsRefusedAndStoresNothing() {
		RequestId order = fulfilledOrder();
		Instant closedAt = work.request(order).closedAt();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> work.reopen(order, Reopener.manager("boss"), "late complaint",
					closedAt.plus(Duration.ofDays(14)).plusSeconds(1)))
			.withMessageContaining("the window to reopen it (14 days) passed")
			.withMessageContaining("since " + org.fairdesk.shared.MomentFormat.format(closedAt, BERLIN, team.locale())
					+ "; ")
			.withMessageContaining("passed at " + org.fairdesk.shared.MomentFormat.format(
					closedAt.plus(Duration.ofDays(14)), BERLIN, team.locale()))
			.withMessageContaining("(Europe/Berlin)")
			.withMessageNotContaining(closedAt.toString());
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> work.reopen(order, Reopener.rep(colleague.username(), colleague.id()), "mine", closedAt));
		assertThat(work.request(order).state()).isEqualTo(RequestState.FULFILLED);
		assertThat(jdbc.sql("select count(*) from request_reopens where request_id = ?").param(order.value())
			.query(Long.class).single()).isZero();

		// What the pages offer (WorkManagement.mayReopen) is what the reopen accepts.
		RequestView closed = work.request(order);
		Instant lastMoment = closedAt.plus(Duration.ofDays(14));
		assertThat(work.mayReopen(closed, Reopener.manager("boss"), lastMoment.plusSeconds(1))).isFalse();
		assertThat(work.mayReopen(closed, Reopener.rep(colleague.username(), colleague.id()), closedAt)).isFalse();
		assertThat(work.mayReopen(closed, Reopener.rep(rep.username(), rep.id()), lastMoment)).as("its closer").isTrue();
		assertThat(work.mayReopen(closed, Reopener.manager("boss"), lastMoment)).isTrue();

		RequestView reopened = work.reopen(order, Reopener.manager("boss"), "just in time", lastMoment);
		assertThat(reopened.state()).isEqualTo(RequestState.REOPENED);
		assertThat(work.mayReopen(reopened, Reopener.manager("boss"), lastMoment)).as("no longer closed").isFalse();
	}

	@Test
	void theHistoryHasOneRowPerMoveIncludingAssignmentsAndHandBacks() {
		RequestId query = receive("QUERY", null);
		assertThat(routing.next(rep.id(), clock.instant())).contains(query);
		move(query, Transition.to(RequestState.IN_PROGRESS));
		routing.handBack(rep.id(), query, "needs Ben's product knowledge", false, clock.instant());
		assertThat(routing.next(colleague.id(), clock.instant())).contains(query);
		work.transition(query, colleague.id(), Transition.to(RequestState.WAITING_ON_CUSTOMER), clock.instant());
		work.transition(query, colleague.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		work.transition(query, colleague.id(), new Transition(RequestState.ESCALATED, null, null, "product team"),
				clock.instant());

		assertThat(historyOf(query)).containsExactly("NEW>ASSIGNED by " + rep.id(), "ASSIGNED>IN_PROGRESS by " + rep.id(),
				"IN_PROGRESS>NEW by " + rep.id(), "NEW>ASSIGNED by " + colleague.id(),
				"ASSIGNED>WAITING_ON_CUSTOMER by " + colleague.id(), "WAITING_ON_CUSTOMER>IN_PROGRESS by " + colleague.id(),
				"IN_PROGRESS>ESCALATED by " + colleague.id());
		assertThat(work.request(query).firstResponseAt()).isEqualTo(TestClockConfiguration.START);
	}

	@Test
	void assigningARequestTwiceIsRefusedAndLeavesNoSecondHistoryRow() {
		RequestId query = receive("QUERY", null);
		assertThat(routing.next(rep.id(), clock.instant())).contains(query);
		Instant later = clock.instant().plusSeconds(60);

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> work.assign(query, rep.id(), later))
			.withMessageContaining("ASSIGNED");

		assertThat(historyOf(query)).containsExactly("NEW>ASSIGNED by " + rep.id());
		assertThat(jdbc.sql("select at from request_events where request_id = ?").param(query.value())
			.query((rs, row) -> org.fairdesk.shared.DbTime.instant(rs, "at")).single())
			.isEqualTo(TestClockConfiguration.START);
	}

	@Test
	void aBadQuoteIsRefusedWithEveryFieldNamedAndNothingStored() {
		RequestId quote = receive("QUOTE", "5000.00");
		assign(quote);
		move(quote, Transition.to(RequestState.IN_PROGRESS));
		RequestView before = work.request(quote);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> move(quote,
				Transition.sent(new BigDecimal("0"), LocalDate.of(2026, 11, 16))));

		assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("quotedAmount", "validUntil");
		assertThat(e.getMessage()).contains("quotedAmount: must be more than zero",
				"validUntil: must be after today (2026-11-16 in the team's time zone)");
		assertThat(work.request(quote)).isEqualTo(before);
		assertThat(historyOf(quote)).hasSize(2);
	}

	private RequestId sentQuote(String amount, LocalDate validUntil) {
		RequestId quote = receive("QUOTE", "5000.00");
		assign(quote);
		move(quote, Transition.to(RequestState.IN_PROGRESS));
		RequestView sent = move(quote, Transition.sent(new BigDecimal(amount), validUntil));
		assertThat(sent.state()).isEqualTo(RequestState.SENT);
		assertThat(sent.quotedAmount()).isEqualTo(Money.of(amount, "EUR"));
		assertThat(sent.validUntil()).isEqualTo(validUntil);
		return quote;
	}

	private RequestId fulfilledOrder() {
		RequestId order = receive("ORDER", "900.00");
		assign(order);
		move(order, Transition.to(RequestState.IN_PROGRESS));
		clock.advance(Duration.ofHours(2));
		move(order, new Transition(RequestState.FULFILLED, new BigDecimal("900"), new BigDecimal("200"), null));
		return order;
	}

	private RequestId receive(String kind, String amount) {
		return intake.receive(new NewRequest(kind, team.id().value(), "Acme GmbH", "40 desks", null,
				amount == null ? null : new BigDecimal(amount), amount == null ? null : "EUR", null), "test",
				clock.instant()).requestId();
	}

	/** Gives the request to the rep by hand: PULL would serve the team's oldest waiting request instead. */
	private void assign(RequestId id) {
		routing.assignByManager(id, rep.id(), false, null, "boss", clock.instant());
	}

	private RequestView move(RequestId id, Transition transition) {
		return work.transition(id, rep.id(), transition, clock.instant());
	}

	private long requestsOfTeam() {
		return jdbc.sql("select count(*) from requests where team_id = ?").param(team.id().value()).query(Long.class)
			.single();
	}

	private List<String> historyOf(RequestId id) {
		return jdbc.sql("select from_state, to_state, actor_rep_id from request_events where request_id = ? order by id")
			.param(id.value())
			.query((rs, row) -> rs.getString(1) + ">" + rs.getString(2) + " by "
					+ (rs.getObject(3) == null ? "-" : rs.getLong(3)))
			.list();
	}

	private String routingLog(RequestId id) {
		return String.join(", ", jdbc.sql("select action from routing_assignments where request_id = ? order by id")
			.param(id.value())
			.query(String.class)
			.list());
	}
}
