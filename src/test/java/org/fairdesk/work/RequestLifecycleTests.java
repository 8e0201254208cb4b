package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fairdesk.work.RequestFixture.COLLEAGUE;
import static org.fairdesk.work.RequestFixture.EUR;
import static org.fairdesk.work.RequestFixture.REP;
import static org.fairdesk.work.RequestFixture.TEAM;
import static org.fairdesk.work.RequestFixture.inState;
import static org.fairdesk.work.RequestFixture.move;
import static org.fairdesk.work.RequestFixture.received;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The aggregate's outcomes: what closing stores and announces, and which outcome fields it refuses. */
class RequestLifecycleTests {

	private static final Instant LATER = Instant.parse("2026-03-03T16:45:00Z");

	private static Transition outcome(RequestState to, String value, String margin, String reason) {
		return new Transition(to, value == null ? null : new BigDecimal(value), margin == null ? null : new BigDecimal(margin),
				reason);
	}

	/** Where a request waits for its outcome: a quote is won or lost once SENT, the rest while IN_PROGRESS. */
	private static Request readyToClose(RequestKind kind) {
		return inState(kind, kind == RequestKind.QUOTE ? RequestState.SENT : RequestState.IN_PROGRESS);
	}

	@Test
	void a_received_request_is_new_and_unassigned() {
		RequestView view = received(RequestKind.ORDER).view();

		assertThat(view.teamId()).isEqualTo(TEAM);
		assertThat(view.kind()).isEqualTo(RequestKind.ORDER);
		assertThat(view.customer()).isEqualTo("Acme GmbH");
		assertThat(view.amount()).isEqualTo(Money.of("1200.00", "EUR"));
		assertThat(view.currency()).isEqualTo(EUR);
		assertThat(view.state()).isEqualTo(RequestState.NEW);
		assertThat(view.assigneeId()).isNull();
		assertThat(view.receivedAt()).isEqualTo(RequestFixture.RECEIVED);
		assertThat(view.stateSince()).isEqualTo(RequestFixture.RECEIVED);
		assertThat(view.assignedAt()).isNull();
		assertThat(view.firstResponseAt()).isNull();
		assertThat(view.handlingSeconds()).isZero();
		assertThat(view.customerWaitSeconds()).isZero();
		assertThat(view.reopenCount()).isZero();
		assertThat(view.isClosed()).isFalse();
		assertThat(view.moves()).isEmpty();
	}

	@Test
	void assigning_a_new_request_gives_it_to_the_rep() {
		Request request = received(RequestKind.QUOTE);
		Instant at = RequestFixture.RECEIVED.plusSeconds(60);

		request.assign(REP, at);

		RequestView view = request.view();
		assertThat(view.state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(view.assigneeId()).isEqualTo(REP);
		assertThat(view.assignedAt()).isEqualTo(at);
		assertThat(view.stateSince()).isEqualTo(at);
		assertThat(view.isAssignedTo(REP)).isTrue();
		assertThat(view.isAssignedTo(COLLEAGUE)).isFalse();
		assertThat(request.takeChanges()).containsExactly(
				new StateChange(view.id(), RequestState.NEW, RequestState.ASSIGNED, REP, at, null));
	}

	@Test
	void starting_an_assigned_request_puts_it_in_progress() {
		Request request = inState(RequestKind.ORDER, RequestState.ASSIGNED);
		request.takeChanges();

		Optional<RequestClosed> closed = move(request, Transition.to(RequestState.IN_PROGRESS), REP, LATER);

		assertThat(closed).isEmpty();
		assertThat(request.view().state()).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(request.view().startedAt()).isEqualTo(LATER);
		assertThat(request.view().closedAt()).isNull();
		assertThat(request.takeChanges()).singleElement().satisfies(change -> {
			assertThat(change.from()).isEqualTo(RequestState.ASSIGNED);
			assertThat(change.to()).isEqualTo(RequestState.IN_PROGRESS);
			assertThat(change.actor()).isEqualTo(REP);
		});
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
			"QUERY,  RESOLVED,  ,        ,        ,                    ,             ",
			"QUERY,  ESCALATED, ,        ,        ,                    ,             ",
			"QUERY,  ESCALATED, ,        ,        needs engineering,   ,             " })
	void an_assignee_closes_a_request_with_its_outcome(RequestKind kind, RequestState to, String value, String margin,
			String reason, String storedValue, String storedMargin) {
		Request request = readyToClose(kind);
		RequestView before = request.view();

		Optional<RequestClosed> closed = move(request, outcome(to, value, margin, reason), REP, LATER);

		Money expectedValue = storedValue == null ? null : Money.of(storedValue, "EUR");
		Money expectedMargin = storedMargin == null ? null : Money.of(storedMargin, "EUR");
		assertThat(closed).contains(new RequestClosed(before.id(), TEAM, REP, kind, to, expectedValue, expectedMargin, LATER));
		RequestView view = request.view();
		assertThat(view.state()).isEqualTo(to);
		assertThat(view.isClosed()).isTrue();
		assertThat(view.closedAt()).isEqualTo(LATER);
		assertThat(view.closedBy()).isEqualTo(REP);
		assertThat(view.startedAt()).isEqualTo(before.startedAt());
		assertThat(view.value()).isEqualTo(expectedValue);
		assertThat(view.margin()).isEqualTo(expectedMargin);
		assertThat(view.closeReason()).isEqualTo(reason);
		assertThat(view.moves()).isEmpty();
	}

	@Test
	void an_order_may_be_cancelled_before_it_is_started() {
		Request request = inState(RequestKind.ORDER, RequestState.ASSIGNED);

		RequestClosed closed = move(request, outcome(RequestState.CANCELLED, null, null, "  duplicate of another order  "),
				REP, LATER).orElseThrow();

		assertThat(closed.outcome()).isEqualTo(RequestState.CANCELLED);
		assertThat(closed.value()).isNull();
		assertThat(request.view().startedAt()).isNull();
		assertThat(request.view().firstResponseAt()).as("closing directly is a response").isEqualTo(LATER);
		assertThat(request.view().closeReason()).isEqualTo("duplicate of another order");
	}

	@ParameterizedTest(name = "reason [{0}]")
	@NullSource
	@ValueSource(strings = { "", "   " })
	void a_cancellation_needs_a_reason(String reason) {
		for (RequestState from : new RequestState[] { RequestState.ASSIGNED, RequestState.IN_PROGRESS,
				RequestState.WAITING_ON_CUSTOMER, RequestState.REOPENED }) {
			Request request = inState(RequestKind.ORDER, from);
			RequestView before = request.view();

			InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
					() -> move(request, outcome(RequestState.CANCELLED, null, null, reason), REP, LATER));

			assertThat(e.problems()).containsExactly(new FieldProblem("reason", "is required"));
			assertThat(request.view()).isEqualTo(before);
		}
	}

	@Test
	void a_lost_quote_needs_a_reason() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(request, Transition.to(RequestState.LOST), REP, LATER));

		assertThat(e.problems()).containsExactly(new FieldProblem("reason", "is required"));
		assertThat(request.view().state()).isEqualTo(RequestState.SENT);
	}

	@Test
	void a_sent_quote_is_revised_with_a_new_amount_and_validity_and_the_revision_is_in_its_history() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);
		request.takeChanges();
		java.time.LocalDate longer = java.time.LocalDate.of(2099, 6, 30);

		Optional<RequestClosed> closed = move(request, new Transition(RequestState.SENT, null, null,
				"customer asked for 12 chairs", new BigDecimal("1140.00"), longer, null), REP, LATER);

		assertThat(closed).isEmpty();
		assertThat(request.view().state()).isEqualTo(RequestState.SENT);
		assertThat(request.view().quotedAmount()).isEqualTo(Money.of(new BigDecimal("1140.00"), EUR));
		assertThat(request.view().validUntil()).isEqualTo(longer);
		assertThat(request.takeChanges()).singleElement().satisfies(change -> {
			assertThat(change.from()).isEqualTo(RequestState.SENT);
			assertThat(change.to()).isEqualTo(RequestState.SENT);
			assertThat(change.reason()).isEqualTo("customer asked for 12 chairs");
		});
	}

	@Test
	void a_quote_past_its_validity_cannot_be_revised_before_the_expiry_job_closes_it() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);
		java.time.LocalDate lastValidDay = request.view().validUntil();
		RequestView before = request.view();
		Instant dayAfter = lastValidDay.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).plusSeconds(3600).toInstant();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> move(request, Transition.sent(new BigDecimal("900.00"), lastValidDay.plusDays(30)), REP,
					dayAfter))
			.withMessageContaining("valid only until " + lastValidDay);
		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void a_revision_without_an_amount_or_with_a_past_date_changes_nothing() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);
		RequestView before = request.view();

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(request, new Transition(RequestState.SENT, null, null, null, null,
						java.time.LocalDate.ofInstant(LATER, java.time.ZoneOffset.UTC), null), REP, LATER));

		assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("quotedAmount", "validUntil");
		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void a_reason_longer_than_1000_characters_is_rejected() {
		Request request = inState(RequestKind.ORDER, RequestState.IN_PROGRESS);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(request, outcome(RequestState.CANCELLED, null, null, "x".repeat(1001)), REP, LATER));

		assertThat(e.problems()).containsExactly(new FieldProblem("reason", "must be at most 1000 characters"));
	}

	@Test
	void a_reason_given_with_any_move_goes_to_the_history() {
		Request request = inState(RequestKind.QUERY, RequestState.IN_PROGRESS);
		request.takeChanges();

		move(request, outcome(RequestState.WAITING_ON_CUSTOMER, null, null, " asked for the serial number "), REP, LATER);

		assertThat(request.takeChanges()).singleElement()
			.extracting(StateChange::reason)
			.isEqualTo("asked for the serial number");
		assertThat(request.view().closeReason()).isNull();
	}

	@Test
	void a_request_is_assigned_only_once() {
		Request request = inState(RequestKind.ORDER, RequestState.ASSIGNED);
		RequestView before = request.view();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.assign(COLLEAGUE, LATER))
			.withMessage("Request " + before.id() + ", an ORDER, is ASSIGNED and cannot be assigned (needs NEW)");

		assertThat(request.view()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} by a colleague from {1}")
	@CsvSource({ "IN_PROGRESS, ASSIGNED", "FULFILLED, IN_PROGRESS", "CANCELLED, ASSIGNED", "CANCELLED, IN_PROGRESS",
			"IN_PROGRESS, WAITING_ON_CUSTOMER", "WAITING_ON_CUSTOMER, IN_PROGRESS" })
	void only_the_assignee_may_move_a_request(RequestState to, RequestState from) {
		Request request = inState(RequestKind.ORDER, from);
		RequestView before = request.view();

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> move(request, RequestFixture.valid(to), COLLEAGUE, LATER))
			.withMessage("Request " + before.id() + " is not assigned to rep 12");

		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void nobody_may_move_an_unassigned_request() {
		Request request = received(RequestKind.ORDER);

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> move(request, Transition.to(RequestState.IN_PROGRESS), REP, LATER));

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
			QUERY  | ESCALATED | 10.00         |         | value  | an ESCALATED request has no value or margin
			ORDER  | WAITING_ON_CUSTOMER | 1.00 |        | value  | a move to WAITING_ON_CUSTOMER takes no value or margin
			""")
	void a_bad_amount_is_rejected_and_nothing_is_half_applied(RequestKind kind, RequestState to, String value,
			String margin, String field, String message) {
		Request request = readyToClose(kind);
		RequestView before = request.view();

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(request, outcome(to, value, margin, null), REP, LATER));

		assertThat(e.problems()).containsExactly(new FieldProblem(field, message));
		assertThat(request.view()).isEqualTo(before);
		assertThat(request.view().closedAt()).isNull();
	}

	@Test
	void every_bad_amount_is_named_at_once() {
		Request request = inState(RequestKind.ORDER, RequestState.IN_PROGRESS);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(request, outcome(RequestState.FULFILLED, "-1.001", "0.0001", null), REP, LATER));

		assertThat(e.problems()).containsExactly(new FieldProblem("value", "must be more than zero"),
				new FieldProblem("value", "has more decimals than EUR allows"),
				new FieldProblem("margin", "has more decimals than EUR allows"));
	}

	@Test
	void a_negative_margin_is_allowed() {
		Request request = inState(RequestKind.ORDER, RequestState.IN_PROGRESS);

		RequestClosed closed = move(request, outcome(RequestState.FULFILLED, "250.00", "-75.25", null), REP, LATER)
			.orElseThrow();

		assertThat(closed.margin()).isEqualTo(Money.of("-75.25", "EUR"));
		assertThat(request.view().margin()).isEqualTo(Money.of("-75.25", "EUR"));
	}

	@Test
	void trailing_zeros_beyond_the_currency_digits_are_not_extra_decimals() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);

		RequestClosed closed = move(request, outcome(RequestState.WON, "10.1200", "3.000", null), REP, LATER)
			.orElseThrow();

		assertThat(closed.value()).isEqualTo(Money.of("10.12", "EUR"));
		assertThat(closed.margin()).isEqualTo(Money.of("3.00", "EUR"));
	}

	@Test
	void a_yen_team_allows_no_decimals() {
		Currency yen = Currency.getInstance("JPY");
		Request request = Request.received(new RequestReceived(RequestId.random(), TEAM, RequestKind.ORDER, "Sato KK",
				"desks", null, Money.of("50000", "JPY"), yen, null, RequestFixture.RECEIVED), DueTimes.NONE);
		request.assign(REP, LATER);
		move(request, Transition.to(RequestState.IN_PROGRESS), REP, LATER);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> move(request, outcome(RequestState.FULFILLED, "50000.5", "100", null), REP, LATER));
		assertThat(e.problems()).containsExactly(new FieldProblem("value", "has more decimals than JPY allows"));

		RequestClosed closed = move(request, outcome(RequestState.FULFILLED, "50000", "100", null), REP, LATER)
			.orElseThrow();
		assertThat(closed.value()).isEqualTo(Money.of("50000", "JPY"));
	}
}
