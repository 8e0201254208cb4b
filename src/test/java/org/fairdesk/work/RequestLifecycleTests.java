package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLifecycleTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final TeamId TEAM = TeamId.of(7);

	private static final RepId REP = RepId.of(11);

	private static final RepId COLLEAGUE = RepId.of(12);

	private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");

	private static final Instant ASSIGNED = Instant.parse("2026-03-02T08:01:00Z");

	private static final Instant STARTED = Instant.parse("2026-03-02T09:30:00Z");

	private static final Instant CLOSED = Instant.parse("2026-03-03T16:45:00Z");

	private final RequestId id = RequestId.random();

	private Request received(RequestKind kind) {
		Money amount = kind.hasAmount() ? Money.of("1200.00", "EUR") : null;
		return Request.received(new RequestReceived(id, TEAM, kind, "Acme GmbH", "200 chairs", "by Friday", amount, EUR,
				"shop-4711", RECEIVED));
	}

	private Request assigned(RequestKind kind) {
		Request request = received(kind);
		request.assign(REP, ASSIGNED);
		return request;
	}

	private Request started(RequestKind kind) {
		Request request = assigned(kind);
		request.apply(Transition.to(RequestState.IN_PROGRESS), REP, STARTED);
		return request;
	}

	/** A request of the kind that can reach {@code state}, driven there by its assignee. */
	private Request inState(RequestKind kind, RequestState state) {
		return switch (state) {
			case NEW -> received(kind);
			case ASSIGNED -> assigned(kind);
			case IN_PROGRESS -> started(kind);
			default -> {
				Request request = started(kind);
				request.apply(closing(state, "100.00", "20.00", "no longer needed"), REP, CLOSED);
				yield request;
			}
		};
	}

	private static Transition closing(RequestState to, String value, String margin, String reason) {
		return new Transition(to, to.hasValue() ? new BigDecimal(value) : null,
				to.hasValue() ? new BigDecimal(margin) : null, to.needsReason() ? reason : null);
	}

	private static Transition outcome(RequestState to, String value, String margin, String reason) {
		return new Transition(to, value == null ? null : new BigDecimal(value), margin == null ? null : new BigDecimal(margin),
				reason);
	}

	@Test
	void a_received_request_is_new_and_unassigned() {
		RequestView view = received(RequestKind.ORDER).view();

		assertThat(view.id()).isEqualTo(id);
		assertThat(view.teamId()).isEqualTo(TEAM);
		assertThat(view.kind()).isEqualTo(RequestKind.ORDER);
		assertThat(view.customer()).isEqualTo("Acme GmbH");
		assertThat(view.subject()).isEqualTo("200 chairs");
		assertThat(view.amount()).isEqualTo(Money.of("1200.00", "EUR"));
		assertThat(view.currency()).isEqualTo(EUR);
		assertThat(view.state()).isEqualTo(RequestState.NEW);
		assertThat(view.assigneeId()).isNull();
		assertThat(view.receivedAt()).isEqualTo(RECEIVED);
		assertThat(view.assignedAt()).isNull();
		assertThat(view.startedAt()).isNull();
		assertThat(view.closedAt()).isNull();
		assertThat(view.isClosed()).isFalse();
	}

	@Test
	void assigning_a_new_request_gives_it_to_the_rep() {
		Request request = received(RequestKind.QUOTE);

		request.assign(REP, ASSIGNED);

		RequestView view = request.view();
		assertThat(view.state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(view.assigneeId()).isEqualTo(REP);
		assertThat(view.assignedAt()).isEqualTo(ASSIGNED);
		assertThat(view.isAssignedTo(REP)).isTrue();
		assertThat(view.isAssignedTo(COLLEAGUE)).isFalse();
	}

	@Test
	void starting_an_assigned_request_puts_it_in_progress() {
		Request request = assigned(RequestKind.ORDER);

		Optional<RequestClosed> closed = request.apply(Transition.to(RequestState.IN_PROGRESS), REP, STARTED);

		assertThat(closed).isEmpty();
		assertThat(request.view().state()).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(request.view().startedAt()).isEqualTo(STARTED);
		assertThat(request.view().closedAt()).isNull();
	}

	@ParameterizedTest(name = "{0} -> {1} ({2}, {3}, {4})")
	@CsvSource({
			// kind, outcome,   value,   margin,  reason,              stored value, stored margin
			"ORDER,  FULFILLED, 1200.00, 300.00,  ,                    1200.00,      300.00",
			"ORDER,  FULFILLED, 1200,    -50.5,   ,                    1200.00,      -50.50",
			"ORDER,  FULFILLED, 99.90,   99.90,   ,                    99.90,        99.90",
			"ORDER,  CANCELLED, ,        ,        customer withdrew,   ,             ",
			"QUOTE,  WON,       480.00,  120.00,  ,                    480.00,       120.00",
			"QUOTE,  LOST,      ,        ,        price too high,      ,             ",
			"QUERY,  RESOLVED,  ,        ,        ,                    ,             " })
	void an_assignee_closes_a_started_request(RequestKind kind, RequestState to, String value, String margin,
			String reason, String storedValue, String storedMargin) {
		Request request = started(kind);

		Optional<RequestClosed> closed = request.apply(outcome(to, value, margin, reason), REP, CLOSED);

		Money expectedValue = storedValue == null ? null : Money.of(storedValue, "EUR");
		Money expectedMargin = storedMargin == null ? null : Money.of(storedMargin, "EUR");
		assertThat(closed).contains(new RequestClosed(id, TEAM, REP, kind, to, expectedValue, expectedMargin, CLOSED));
		RequestView view = request.view();
		assertThat(view.state()).isEqualTo(to);
		assertThat(view.isClosed()).isTrue();
		assertThat(view.closedAt()).isEqualTo(CLOSED);
		assertThat(view.startedAt()).isEqualTo(STARTED);
		assertThat(view.value()).isEqualTo(expectedValue);
		assertThat(view.margin()).isEqualTo(expectedMargin);
		assertThat(view.closeReason()).isEqualTo(reason);
	}

	@Test
	void a_fulfilled_order_reports_value_and_margin_as_money() {
		Request request = started(RequestKind.ORDER);

		RequestClosed closed = request
			.apply(outcome(RequestState.FULFILLED, "1500", "412.5", null), REP, CLOSED)
			.orElseThrow();

		assertThat(closed.outcome()).isEqualTo(RequestState.FULFILLED);
		assertThat(closed.value()).isEqualTo(Money.of("1500.00", "EUR"));
		assertThat(closed.value().amount()).hasToString("1500.00");
		assertThat(closed.margin()).isEqualTo(Money.of("412.50", "EUR"));
		assertThat(closed.closedBy()).isEqualTo(REP);
	}

	@Test
	void an_order_may_be_cancelled_before_it_is_started() {
		Request request = assigned(RequestKind.ORDER);

		RequestClosed closed = request
			.apply(outcome(RequestState.CANCELLED, null, null, "  duplicate of another order  "), REP, CLOSED)
			.orElseThrow();

		assertThat(closed.outcome()).isEqualTo(RequestState.CANCELLED);
		assertThat(closed.value()).isNull();
		assertThat(closed.margin()).isNull();
		assertThat(request.view().state()).isEqualTo(RequestState.CANCELLED);
		assertThat(request.view().startedAt()).isNull();
		assertThat(request.view().closeReason()).isEqualTo("duplicate of another order");
	}

	@ParameterizedTest(name = "reason [{0}]")
	@NullSource
	@ValueSource(strings = { "", "   " })
	void a_cancellation_needs_a_reason(String reason) {
		for (RequestState from : new RequestState[] { RequestState.ASSIGNED, RequestState.IN_PROGRESS }) {
			Request request = inState(RequestKind.ORDER, from);
			RequestView before = request.view();

			InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
					() -> request.apply(outcome(RequestState.CANCELLED, null, null, reason), REP, CLOSED));

			assertThat(e.problems()).containsExactly(new FieldProblem("reason", "is required"));
			assertThat(request.view()).isEqualTo(before);
		}
	}

	@Test
	void a_lost_quote_needs_a_reason() {
		Request request = started(RequestKind.QUOTE);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(Transition.to(RequestState.LOST), REP, CLOSED));

		assertThat(e.problems()).containsExactly(new FieldProblem("reason", "is required"));
		assertThat(request.view().state()).isEqualTo(RequestState.IN_PROGRESS);
	}

	@Test
	void a_reason_longer_than_1000_characters_is_rejected() {
		Request request = started(RequestKind.ORDER);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(outcome(RequestState.CANCELLED, null, null, "x".repeat(1001)), REP, CLOSED));

		assertThat(e.problems()).containsExactly(new FieldProblem("reason", "must be at most 1000 characters"));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# kind | from        | to          | the message contains
			# the outcome belongs to another kind: the message names the kind
			ORDER  | IN_PROGRESS | WON         | A ORDER cannot move to WON; it closes as one of [FULFILLED, CANCELLED]
			ORDER  | IN_PROGRESS | LOST        | A ORDER cannot move to LOST
			ORDER  | IN_PROGRESS | RESOLVED    | A ORDER cannot move to RESOLVED
			QUOTE  | IN_PROGRESS | FULFILLED   | A QUOTE cannot move to FULFILLED; it closes as one of [WON, LOST]
			QUOTE  | ASSIGNED    | CANCELLED   | A QUOTE cannot move to CANCELLED
			QUERY  | IN_PROGRESS | WON         | A QUERY cannot move to WON; it closes as one of [RESOLVED]
			ORDER  | IN_PROGRESS | ASSIGNED    | A ORDER cannot move to ASSIGNED
			ORDER  | IN_PROGRESS | NEW         | A ORDER cannot move to NEW
			# the outcome fits the kind but not the current state: the message names the state
			ORDER  | ASSIGNED    | FULFILLED   | is ASSIGNED and cannot move to FULFILLED
			QUOTE  | ASSIGNED    | WON         | is ASSIGNED and cannot move to WON
			QUOTE  | ASSIGNED    | LOST        | is ASSIGNED and cannot move to LOST
			QUERY  | ASSIGNED    | RESOLVED    | is ASSIGNED and cannot move to RESOLVED
			ORDER  | IN_PROGRESS | IN_PROGRESS | is IN_PROGRESS and cannot start (needs ASSIGNED)
			ORDER  | FULFILLED   | CANCELLED   | is FULFILLED and cannot move to CANCELLED
			ORDER  | CANCELLED   | CANCELLED   | is CANCELLED and cannot move to CANCELLED
			ORDER  | CANCELLED   | FULFILLED   | is CANCELLED and cannot move to FULFILLED
			ORDER  | FULFILLED   | IN_PROGRESS | is FULFILLED and cannot start (needs ASSIGNED)
			QUOTE  | WON         | LOST        | is WON and cannot move to LOST
			QUERY  | RESOLVED    | RESOLVED    | is RESOLVED and cannot move to RESOLVED
			""")
	void an_illegal_transition_changes_nothing(RequestKind kind, RequestState from, RequestState to, String message) {
		Request request = inState(kind, from);
		RequestView before = request.view();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.apply(closing(to, "100.00", "20.00", "a reason"), REP, CLOSED.plusSeconds(60)))
			.withMessageContaining(message);

		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void a_request_is_assigned_only_once() {
		Request request = assigned(RequestKind.ORDER);
		RequestView before = request.view();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.assign(COLLEAGUE, STARTED))
			.withMessage("Request " + id + " is ASSIGNED and cannot be assigned (needs NEW)");

		assertThat(request.view()).isEqualTo(before);
		assertThat(request.view().assigneeId()).isEqualTo(REP);
	}

	@Test
	void a_started_request_cannot_be_reassigned() {
		Request request = started(RequestKind.QUERY);

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.assign(COLLEAGUE, CLOSED))
			.withMessageContaining("is IN_PROGRESS and cannot be assigned");
	}

	@ParameterizedTest(name = "{0} by a colleague")
	@CsvSource({ "IN_PROGRESS, ASSIGNED", "FULFILLED, IN_PROGRESS", "CANCELLED, ASSIGNED", "CANCELLED, IN_PROGRESS" })
	void only_the_assignee_may_move_a_request(RequestState to, RequestState from) {
		Request request = inState(RequestKind.ORDER, from);
		RequestView before = request.view();

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> request.apply(closing(to, "100.00", "20.00", "a reason"), COLLEAGUE, CLOSED))
			.withMessage("Request " + id + " is not assigned to rep 12");

		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void nobody_may_move_an_unassigned_request() {
		Request request = received(RequestKind.ORDER);

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> request.apply(Transition.to(RequestState.IN_PROGRESS), REP, STARTED));

		assertThat(request.view().state()).isEqualTo(RequestState.NEW);
	}

	@ParameterizedTest(name = "{0} {1}: value {2}, margin {3} -> {4}: {5}")
	@CsvSource(delimiter = '|', textBlock = """
			# kind | outcome   | value         | margin  | field  | message
			ORDER  | FULFILLED | 100.00        | 100.01  | margin | cannot exceed the value
			QUOTE  | WON       | 50            | 80      | margin | cannot exceed the value
			ORDER  | FULFILLED | 0             | 0       | value  | must be more than zero
			ORDER  | FULFILLED | 0.00          | -5.00   | value  | must be more than zero
			ORDER  | FULFILLED | -10.00        | -20.00  | value  | must be more than zero
			ORDER  | FULFILLED | 10.123        | 5.00    | value  | has more decimals than EUR allows
			ORDER  | FULFILLED | 10.00         | 5.001   | margin | has more decimals than EUR allows
			ORDER  | FULFILLED | 1000000000000 | 1.00    | value  | is too large
			ORDER  | FULFILLED |               | 1.00    | value  | is required
			QUOTE  | WON       | 100.00        |         | margin | is required
			QUERY  | RESOLVED  | 10.00         |         | value  | a RESOLVED request has no value or margin
			QUERY  | RESOLVED  |               | 1.00    | value  | a RESOLVED request has no value or margin
			""")
	void a_bad_amount_is_rejected_and_nothing_is_half_applied(RequestKind kind, RequestState to, String value,
			String margin, String field, String message) {
		Request request = started(kind);
		RequestView before = request.view();

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(outcome(to, value, margin, null), REP, CLOSED));

		assertThat(e.problems()).containsExactly(new FieldProblem(field, message));
		assertThat(request.view()).isEqualTo(before);
		assertThat(request.view().state()).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(request.view().value()).isNull();
		assertThat(request.view().closedAt()).isNull();
	}

	@Test
	void every_bad_amount_is_named_at_once() {
		Request request = started(RequestKind.ORDER);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(outcome(RequestState.FULFILLED, "-1.001", "0.0001", null), REP, CLOSED));

		assertThat(e.problems()).containsExactly(new FieldProblem("value", "must be more than zero"),
				new FieldProblem("value", "has more decimals than EUR allows"),
				new FieldProblem("margin", "has more decimals than EUR allows"));
	}

	@Test
	void a_negative_margin_is_allowed() {
		Request request = started(RequestKind.ORDER);

		RequestClosed closed = request
			.apply(outcome(RequestState.FULFILLED, "250.00", "-75.25", null), REP, CLOSED)
			.orElseThrow();

		assertThat(closed.margin()).isEqualTo(Money.of("-75.25", "EUR"));
		assertThat(closed.margin().isNegative()).isTrue();
		assertThat(request.view().margin()).isEqualTo(Money.of("-75.25", "EUR"));
	}

	@Test
	void trailing_zeros_beyond_the_currency_digits_are_not_extra_decimals() {
		Request request = started(RequestKind.QUOTE);

		RequestClosed closed = request
			.apply(outcome(RequestState.WON, "10.1200", "3.000", null), REP, CLOSED)
			.orElseThrow();

		assertThat(closed.value()).isEqualTo(Money.of("10.12", "EUR"));
		assertThat(closed.margin()).isEqualTo(Money.of("3.00", "EUR"));
	}

	@Test
	void a_yen_team_allows_no_decimals() {
		Currency yen = Currency.getInstance("JPY");
		Request request = Request.received(new RequestReceived(id, TEAM, RequestKind.ORDER, "Sato KK", "desks", null,
				Money.of("50000", "JPY"), yen, null, RECEIVED));
		request.assign(REP, ASSIGNED);
		request.apply(Transition.to(RequestState.IN_PROGRESS), REP, STARTED);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(outcome(RequestState.FULFILLED, "50000.5", "100", null), REP, CLOSED));
		assertThat(e.problems()).containsExactly(new FieldProblem("value", "has more decimals than JPY allows"));

		RequestClosed closed = request.apply(outcome(RequestState.FULFILLED, "50000", "100", null), REP, CLOSED)
			.orElseThrow();
		assertThat(closed.value()).isEqualTo(Money.of("50000", "JPY"));
	}
}
