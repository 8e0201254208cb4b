package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fairdesk.work.RequestFixture.REP;
import static org.fairdesk.work.RequestFixture.inState;
import static org.fairdesk.work.RequestFixture.reachedAt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sending a quote (amount and validity), its expiry, and the quote fields other moves refuse. */
class QuoteTests {

	private static final Instant NOW = reachedAt(RequestKind.QUOTE, RequestState.IN_PROGRESS).plusSeconds(600);
	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Test
	void a_sent_quote_keeps_its_amount_and_last_valid_day() {
		Request request = inState(RequestKind.QUOTE, RequestState.IN_PROGRESS);

		request.apply(Transition.sent(new BigDecimal("950.5"), TODAY.plusDays(1)), REP, NOW, TODAY);

		RequestView view = request.view();
		assertThat(view.state()).isEqualTo(RequestState.SENT);
		assertThat(view.quotedAmount()).isEqualTo(Money.of("950.50", "EUR"));
		assertThat(view.validUntil()).isEqualTo(TODAY.plusDays(1));
		assertThat(view.isClosed()).isFalse();
	}

	@ParameterizedTest(name = "amount {0}, valid until {1}: {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# quotedAmount | validUntil | field        | message
			0              | 2026-03-10 | quotedAmount | must be more than zero
			-5.00          | 2026-03-10 | quotedAmount | must be more than zero
			12.345         | 2026-03-10 | quotedAmount | has more decimals than EUR allows
			               | 2026-03-10 | quotedAmount | is required
			100.00         | 2026-03-02 | validUntil   | must be after today (2026-03-02 in the team's time zone), got 2026-03-02
			100.00         | 2026-03-01 | validUntil   | must be after today (2026-03-02 in the team's time zone), got 2026-03-01
			100.00         |            | validUntil   | is required
			""")
	void a_quote_is_sent_only_with_a_positive_amount_valid_after_today(String amount, String until, String field,
			String message) {
		Request request = inState(RequestKind.QUOTE, RequestState.IN_PROGRESS);
		RequestView before = request.view();
		Transition send = new Transition(RequestState.SENT, null, null, null,
				amount == null ? null : new BigDecimal(amount), until == null ? null : LocalDate.parse(until), null);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(send, REP, NOW, TODAY));

		assertThat(e.problems()).containsExactly(new FieldProblem(field, message));
		assertThat(request.view()).isEqualTo(before);
		assertThat(request.takeChanges()).as("only the moves that got it here").hasSize(2);
	}

	@Test
	void every_bad_quote_field_is_named_at_once() {
		Request request = inState(RequestKind.QUOTE, RequestState.IN_PROGRESS);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> request.apply(
				new Transition(RequestState.SENT, new BigDecimal("1"), null, null, new BigDecimal("-1"), TODAY, null),
				REP, NOW, TODAY));

		assertThat(e.problems()).extracting(FieldProblem::field)
			.containsExactly("value", "quotedAmount", "validUntil");
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@CsvSource(delimiter = '|', textBlock = """
			IN_PROGRESS | quotedAmount | only sending a quote (SENT) takes an amount
			IN_PROGRESS | validUntil   | only sending a quote (SENT) takes a date
			LOST        | orderId      | only winning a quote (WON) links an order
			""")
	void quote_fields_belong_to_their_moves(RequestState to, String field, String message) {
		Request request = inState(RequestKind.QUOTE, to == RequestState.LOST ? RequestState.SENT : RequestState.ASSIGNED);
		Transition move = new Transition(to, null, null, "a reason", field.equals("quotedAmount") ? BigDecimal.TEN : null,
				field.equals("validUntil") ? TODAY.plusDays(3) : null,
				field.equals("orderId") ? RequestId.random() : null);

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> request.apply(move, REP, NOW, TODAY));

		assertThat(e.problems()).containsExactly(new FieldProblem(field, message));
	}

	@Test
	void an_expired_quote_is_closed_by_its_assignee_without_value() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);
		request.takeChanges();
		Instant at = NOW.plusSeconds(86_400 * 400L);

		RequestClosed closed = request.expire(at);

		RequestView view = request.view();
		assertThat(closed).isEqualTo(new RequestClosed(view.id(), view.teamId(), REP, RequestKind.QUOTE,
				RequestState.EXPIRED, null, null, at));
		assertThat(view.state()).isEqualTo(RequestState.EXPIRED);
		assertThat(view.closedBy()).isEqualTo(REP);
		assertThat(view.closedAt()).isEqualTo(at);
		assertThat(view.quotedAmount()).as("kept: what the customer let expire").isNotNull();
		assertThat(request.takeChanges()).singleElement().satisfies(change -> {
			assertThat(change.to()).isEqualTo(RequestState.EXPIRED);
			assertThat(change.actor()).as("nobody's move").isNull();
		});
	}

	@ParameterizedTest(name = "not from {0}")
	@CsvSource({ "IN_PROGRESS", "WON", "LOST", "EXPIRED" })
	void only_a_sent_quote_expires(RequestState state) {
		Request request = inState(RequestKind.QUOTE, state);
		RequestView before = request.view();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.expire(NOW.plusSeconds(86_400 * 400L)))
			.withMessageEndingWith("a QUOTE, is " + state + " and cannot expire (only a SENT quote does)");
		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void a_won_quote_is_linked_to_its_order_and_keeps_the_link_when_reopened() {
		Request request = inState(RequestKind.QUOTE, RequestState.WON);
		RequestId order = RequestId.random();

		request.linkOrder(order);
		request.reopen(RequestFixture.MANAGER, "the customer wants another colour", NOW.plusSeconds(86_400),
				RequestFixture.WINDOW);

		assertThat(request.view().linkedOrderId()).isEqualTo(order);
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> request.linkOrder(order));
	}
}
