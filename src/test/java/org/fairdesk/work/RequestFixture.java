package org.fairdesk.work;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;

/**
 * Request aggregates for unit tests, without a database, driven along their kind's legal path: each step one hour
 * after the one before, from {@link #RECEIVED}. Dates are UTC, as if the team were in UTC.
 */
final class RequestFixture {

	static final Currency EUR = Currency.getInstance("EUR");
	static final TeamId TEAM = TeamId.of(7);
	static final RepId REP = RepId.of(11);
	static final RepId COLLEAGUE = RepId.of(12);
	static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");
	static final Duration STEP = Duration.ofHours(1);
	static final LocalDate FAR_FUTURE = LocalDate.of(2027, 1, 31);
	static final Duration WINDOW = Duration.ofDays(14);
	static final Reopener MANAGER = Reopener.manager("boss");

	private RequestFixture() {
	}

	static Request received(RequestKind kind) {
		Money amount = kind.hasAmount() ? Money.of("1200.00", "EUR") : null;
		return Request.received(new RequestReceived(RequestId.random(), TEAM, kind, "Acme GmbH", "200 chairs",
				"by Friday", amount, EUR, "shop-4711", RECEIVED), DueTimes.NONE);
	}

	/** A request of {@code kind} driven to {@code state} by the shortest legal path. */
	static Request inState(RequestKind kind, RequestState state) {
		Request request = received(kind);
		Instant at = RECEIVED;
		for (RequestState step : pathTo(kind, state)) {
			at = at.plus(STEP);
			drive(request, step, at);
		}
		return request;
	}

	/** When the last step of {@link #inState} happened. */
	static Instant reachedAt(RequestKind kind, RequestState state) {
		return RECEIVED.plus(STEP.multipliedBy(pathTo(kind, state).size()));
	}

	static List<RequestState> pathTo(RequestKind kind, RequestState state) {
		return switch (state) {
			case NEW -> List.of();
			case ASSIGNED -> List.of(RequestState.ASSIGNED);
			case IN_PROGRESS -> List.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS);
			case SENT, RESOLVED, ESCALATED, FULFILLED, CANCELLED ->
				List.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS, state);
			case WAITING_ON_CUSTOMER -> List.of(RequestState.ASSIGNED, RequestState.WAITING_ON_CUSTOMER);
			case WON, LOST, EXPIRED -> List.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS, RequestState.SENT, state);
			case REOPENED -> List.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS, firstClosed(kind), state);
		};
	}

	private static RequestState firstClosed(RequestKind kind) {
		return switch (kind) {
			case ORDER -> RequestState.FULFILLED;
			case QUOTE -> RequestState.LOST;
			case QUERY -> RequestState.RESOLVED;
		};
	}

	/**
	 * Makes one step the way its owner would: routing assigns and hands back, the job expires, a manager reopens,
	 * the assignee does the rest with the fields the target needs.
	 */
	static void drive(Request request, RequestState to, Instant at) {
		switch (to) {
			case ASSIGNED -> request.assign(REP, at);
			case NEW -> request.handBack(REP, at);
			case EXPIRED -> request.expire(at);
			case REOPENED -> request.reopen(MANAGER, "the customer called back", at, WINDOW);
			default -> move(request, valid(to), REP, at);
		}
	}

	/** The assignee's move, on the day of {@code at} (UTC). */
	static Optional<RequestClosed> move(Request request, Transition transition, RepId actor, Instant at) {
		return request.apply(transition, actor, at, LocalDate.ofInstant(at, ZoneOffset.UTC));
	}

	/** A move to {@code to} with exactly the fields it takes, all of them valid. */
	static Transition valid(RequestState to) {
		BigDecimal value = to.hasValue() ? new BigDecimal("100.00") : null;
		BigDecimal margin = to.hasValue() ? new BigDecimal("20.00") : null;
		String reason = to.needsReason() ? "a reason" : null;
		if (to == RequestState.SENT) {
			return Transition.sent(new BigDecimal("950.00"), FAR_FUTURE);
		}
		return new Transition(to, value, margin, reason);
	}
}
