package org.fairdesk.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.fairdesk.work.RequestFixture.REP;
import static org.fairdesk.work.RequestFixture.STEP;
import static org.fairdesk.work.RequestFixture.inState;
import static org.fairdesk.work.RequestFixture.move;
import static org.fairdesk.work.RequestFixture.reachedAt;
import static org.fairdesk.work.RequestFixture.valid;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine per kind: every move an assignee may make succeeds, every other one is refused (the API's 409)
 * with the request's kind and current state named, and changes nothing.
 */
class LifecycleTableTests {

	/** The lifecycle as docs/lifecycle.md draws it: kind | from | where the assignee may move it. */
	private static final String ALLOWED = """
			ORDER | ASSIGNED            | IN_PROGRESS WAITING_ON_CUSTOMER CANCELLED
			ORDER | IN_PROGRESS         | WAITING_ON_CUSTOMER FULFILLED CANCELLED
			ORDER | WAITING_ON_CUSTOMER | IN_PROGRESS CANCELLED
			ORDER | REOPENED            | IN_PROGRESS CANCELLED
			QUOTE | ASSIGNED            | IN_PROGRESS WAITING_ON_CUSTOMER SENT
			QUOTE | IN_PROGRESS         | WAITING_ON_CUSTOMER SENT LOST
			QUOTE | WAITING_ON_CUSTOMER | IN_PROGRESS LOST
			QUOTE | SENT                | SENT WON LOST
			QUOTE | REOPENED            | IN_PROGRESS
			QUERY | ASSIGNED            | IN_PROGRESS WAITING_ON_CUSTOMER
			QUERY | IN_PROGRESS         | WAITING_ON_CUSTOMER RESOLVED ESCALATED
			QUERY | WAITING_ON_CUSTOMER | IN_PROGRESS
			QUERY | REOPENED            | IN_PROGRESS
			""";

	private static final Map<RequestKind, Map<RequestState, Set<RequestState>>> TABLE = parse(ALLOWED);

	/** Every state a request of the kind can be in with an assignee (NEW has none: nobody may move it). */
	private static Set<RequestState> reachable(RequestKind kind) {
		Set<RequestState> states = EnumSet.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS,
				RequestState.WAITING_ON_CUSTOMER, RequestState.REOPENED);
		states.addAll(RequestState.closedStates(kind));
		if (kind == RequestKind.QUOTE) {
			states.add(RequestState.SENT);
		}
		return states;
	}

	static Stream<Arguments> everyMove() {
		return Arrays.stream(RequestKind.values())
			.flatMap(kind -> reachable(kind).stream()
				.flatMap(from -> Arrays.stream(RequestState.values()).map(to -> Arguments.of(kind, from, to))));
	}

	@Test
	void the_aggregate_offers_exactly_the_moves_of_the_table() {
		for (RequestKind kind : RequestKind.values()) {
			for (RequestState from : RequestState.values()) {
				assertThat(Lifecycle.moves(kind, from)).as(kind + " from " + from).isEqualTo(allowed(kind, from));
			}
		}
	}

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@MethodSource("everyMove")
	void every_move_is_allowed_or_refused_as_the_table_says(RequestKind kind, RequestState from, RequestState to) {
		Request request = inState(kind, from);
		request.takeChanges();
		RequestView before = request.view();
		Instant at = reachedAt(kind, from).plus(STEP);

		if (allowed(kind, from).contains(to)) {
			move(request, valid(to), REP, at);
			assertThat(request.view().state()).isEqualTo(to);
			assertThat(request.view().stateSince()).isEqualTo(at);
			assertThat(request.takeChanges()).singleElement()
				.isEqualTo(new StateChange(before.id(), from, to, REP, at, valid(to).reason()));
			return;
		}
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> move(request, valid(to), REP, at))
			.withMessageContaining("Request " + before.id() + ", " + (kind == RequestKind.ORDER ? "an " : "a ") + kind
					+ ", is " + from + " and cannot move to " + to + "; ");
		assertThat(request.view()).isEqualTo(before);
		assertThat(request.takeChanges()).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# kind | from                | to                  | the 409's detail ends with
			ORDER  | IN_PROGRESS         | WON                 | an ORDER, is IN_PROGRESS and cannot move to WON; an ORDER closes as one of [FULFILLED, CANCELLED]
			QUOTE  | IN_PROGRESS         | FULFILLED           | a QUOTE, is IN_PROGRESS and cannot move to FULFILLED; a QUOTE closes as one of [WON, LOST, EXPIRED]
			QUOTE  | ASSIGNED            | CANCELLED           | a QUOTE, is ASSIGNED and cannot move to CANCELLED; a QUOTE closes as one of [WON, LOST, EXPIRED]
			QUERY  | IN_PROGRESS         | WON                 | a QUERY, is IN_PROGRESS and cannot move to WON; a QUERY closes as one of [RESOLVED, ESCALATED]
			ORDER  | IN_PROGRESS         | SENT                | an ORDER, is IN_PROGRESS and cannot move to SENT; only a QUOTE is sent
			ORDER  | IN_PROGRESS         | ASSIGNED            | an ORDER, is IN_PROGRESS and cannot move to ASSIGNED; routing assigns requests and takes them back
			QUOTE  | SENT                | EXPIRED             | a QUOTE, is SENT and cannot move to EXPIRED; a quote expires by itself when its validUntil date has passed
			ORDER  | FULFILLED           | REOPENED            | an ORDER, is FULFILLED and cannot move to REOPENED; a closed request is reopened, not moved there
			ORDER  | ASSIGNED            | FULFILLED           | an ORDER, is ASSIGNED and cannot move to FULFILLED; from ASSIGNED it may move to [IN_PROGRESS, WAITING_ON_CUSTOMER, CANCELLED]
			ORDER  | WAITING_ON_CUSTOMER | FULFILLED           | an ORDER, is WAITING_ON_CUSTOMER and cannot move to FULFILLED; from WAITING_ON_CUSTOMER it may move to [IN_PROGRESS, CANCELLED]
			QUOTE  | ASSIGNED            | WON                 | a QUOTE, is ASSIGNED and cannot move to WON; from ASSIGNED it may move to [IN_PROGRESS, WAITING_ON_CUSTOMER, SENT]
			QUOTE  | IN_PROGRESS         | WON                 | a QUOTE, is IN_PROGRESS and cannot move to WON; from IN_PROGRESS it may move to [WAITING_ON_CUSTOMER, SENT, LOST]
			QUOTE  | SENT                | IN_PROGRESS         | a QUOTE, is SENT and cannot move to IN_PROGRESS; from SENT it may move to [SENT, WON, LOST]
			QUOTE  | REOPENED            | SENT                | a QUOTE, is REOPENED and cannot move to SENT; from REOPENED it may move to [IN_PROGRESS]
			QUERY  | ASSIGNED            | RESOLVED            | a QUERY, is ASSIGNED and cannot move to RESOLVED; from ASSIGNED it may move to [IN_PROGRESS, WAITING_ON_CUSTOMER]
			QUERY  | WAITING_ON_CUSTOMER | RESOLVED            | a QUERY, is WAITING_ON_CUSTOMER and cannot move to RESOLVED; from WAITING_ON_CUSTOMER it may move to [IN_PROGRESS]
			ORDER  | IN_PROGRESS         | IN_PROGRESS         | an ORDER, is IN_PROGRESS and cannot move to IN_PROGRESS; from IN_PROGRESS it may move to [WAITING_ON_CUSTOMER, FULFILLED, CANCELLED]
			ORDER  | FULFILLED           | CANCELLED           | an ORDER, is FULFILLED and cannot move to CANCELLED; it is closed, and only reopening it (REOPENED) moves it again
			QUOTE  | WON                 | LOST                | a QUOTE, is WON and cannot move to LOST; it is closed, and only reopening it (REOPENED) moves it again
			QUOTE  | EXPIRED             | WON                 | a QUOTE, is EXPIRED and cannot move to WON; it is closed, and only reopening it (REOPENED) moves it again
			QUERY  | ESCALATED           | IN_PROGRESS         | a QUERY, is ESCALATED and cannot move to IN_PROGRESS; it is closed, and only reopening it (REOPENED) moves it again
			""")
	void an_illegal_move_names_the_kind_and_the_state(RequestKind kind, RequestState from, RequestState to,
			String message) {
		Request request = inState(kind, from);

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> move(request, valid(to), REP, reachedAt(kind, from).plus(STEP)))
			.withMessageEndingWith(message);
	}

	@ParameterizedTest(name = "{0} hands back from {1}")
	@CsvSource({ "ORDER, ASSIGNED", "ORDER, IN_PROGRESS", "QUOTE, WAITING_ON_CUSTOMER", "QUERY, REOPENED" })
	void routing_takes_a_request_back_from_an_active_state(RequestKind kind, RequestState from) {
		Request request = inState(kind, from);
		Instant at = reachedAt(kind, from).plus(STEP);

		request.handBack(REP, at);

		RequestView view = request.view();
		assertThat(view.state()).isEqualTo(RequestState.NEW);
		assertThat(view.assigneeId()).isNull();
		assertThat(view.assignedAt()).isNull();
		assertThat(view.startedAt()).isNull();
		assertThat(view.stateSince()).isEqualTo(at);
	}

	@ParameterizedTest(name = "{0} cannot be handed back from {1}")
	@CsvSource({ "ORDER, FULFILLED", "QUOTE, EXPIRED", "QUERY, ESCALATED" })
	void a_closed_request_is_not_handed_back(RequestKind kind, RequestState from) {
		Request request = inState(kind, from);
		RequestView before = request.view();

		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.handBack(REP, reachedAt(kind, from).plus(STEP)))
			.withMessageContaining("is " + from + " with rep 11 and cannot leave its rep: only a request that is "
					+ "[ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, REOPENED] goes back to the queue");
		assertThat(request.view()).isEqualTo(before);
	}

	@Test
	void a_sent_quote_stays_with_its_rep_whoever_asks() {
		Request request = inState(RequestKind.QUOTE, RequestState.SENT);
		RequestView before = request.view();

		// the refusal names no one's move: a manager's reassignment and a rep's transfer read it too
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> request.handBack(REP, reachedAt(RequestKind.QUOTE, RequestState.SENT).plus(STEP)))
			.withMessageContaining("is SENT with rep 11: a sent quote stays with its rep until the customer answers or"
					+ " it expires, so it cannot be handed back, skipped, transferred or reassigned");
		assertThat(request.view()).isEqualTo(before);
	}

	private static Set<RequestState> allowed(RequestKind kind, RequestState from) {
		return TABLE.getOrDefault(kind, Map.of()).getOrDefault(from, EnumSet.noneOf(RequestState.class));
	}

	private static Map<RequestKind, Map<RequestState, Set<RequestState>>> parse(String table) {
		Map<RequestKind, Map<RequestState, Set<RequestState>>> parsed = new HashMap<>();
		table.lines().map(line -> line.split("\\|")).forEach(cells -> parsed
			.computeIfAbsent(RequestKind.valueOf(cells[0].strip()), k -> new HashMap<>())
			.put(RequestState.valueOf(cells[1].strip()), Arrays.stream(cells[2].strip().split("\\s+"))
				.map(RequestState::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestState.class)))));
		return parsed;
	}
}
