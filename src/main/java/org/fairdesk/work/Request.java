package org.fairdesk.work;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The request aggregate: owns its lifecycle. Every change goes through a method that checks the current state
 * and throws {@link IllegalTransitionException} naming it.
 */
class Request {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private final RequestContent content;
	private RequestState state;
	private @Nullable RepId assignee;
	private @Nullable Instant assignedAt;
	private @Nullable Instant startedAt;
	private @Nullable Instant closedAt;
	private @Nullable Money value;
	private @Nullable Money margin;
	private @Nullable String closeReason;
	private final int version;

	Request(RequestView view, int version) {
		this.content = RequestContent.of(view);
		this.state = view.state();
		this.assignee = view.assigneeId();
		this.assignedAt = view.assignedAt();
		this.startedAt = view.startedAt();
		this.closedAt = view.closedAt();
		this.value = view.value();
		this.margin = view.margin();
		this.closeReason = view.closeReason();
		this.version = version;
	}

	static Request received(RequestReceived event) {
		return new Request(new RequestView(event.requestId(), event.teamId(), event.kind(), event.customer(),
				event.subject(), event.description(), event.amount(), event.currency(), RequestState.NEW, null, event.receivedAt(),
				null, null, null, null, null, null, event.priority(), event.skill()), 0);
	}

	/** Only a NEW request is assigned ({@code Requests.assignIfNew} does the same in one statement). */
	void assign(RepId rep, Instant at) {
		requireState(RequestState.NEW, "be assigned");
		this.state = RequestState.ASSIGNED;
		this.assignee = rep;
		this.assignedAt = at;
	}

	/** Routing took the request back from its rep (a hand-back or a skip): it waits for its next rep. */
	void handBack(RepId from) {
		if (state != RequestState.ASSIGNED && state != RequestState.IN_PROGRESS || !from.equals(assignee)) {
			throw new IllegalTransitionException("Request " + content.id() + " is " + state
					+ (assignee == null ? "" : " with rep " + assignee) + " and cannot be handed back by rep " + from);
		}
		this.state = RequestState.NEW;
		this.assignee = null;
		this.assignedAt = null;
		this.startedAt = null;
	}

	/** Moves the request as its assignee asks; returns the closing event when the request reached an outcome. */
	Optional<RequestClosed> apply(Transition transition, RepId actor, Instant at) {
		if (!actor.equals(assignee)) {
			throw new ForbiddenException("Request " + content.id() + " is not assigned to rep " + actor);
		}
		RequestState to = transition.to();
		if (to == RequestState.IN_PROGRESS) {
			requireState(RequestState.ASSIGNED, "start");
			new FieldChecks().require(transition.value() == null && transition.margin() == null, "value",
					"starting a request takes no value or margin").throwIfAny();
			this.state = to;
			this.startedAt = at;
			return Optional.empty();
		}
		if (!to.closes(content.kind())) {
			throw new IllegalTransitionException("A " + content.kind() + " cannot move to " + to + "; it closes as one of "
					+ RequestState.closedStates(content.kind()));
		}
		if (to == RequestState.CANCELLED ? state.isClosed() || state == RequestState.NEW : state != RequestState.IN_PROGRESS) {
			throw new IllegalTransitionException("Request " + content.id() + " is " + state + " and cannot move to " + to);
		}
		close(transition, at);
		return Optional.of(new RequestClosed(content.id(), content.teamId(), actor, content.kind(), state, value, margin,
				at));
	}

	private void close(Transition transition, Instant at) {
		RequestState to = transition.to();
		Currency currency = content.currency();
		var checks = new FieldChecks();
		if (to.hasValue()) {
			checkAmount(checks, "value", transition.value(), currency, false);
			checkAmount(checks, "margin", transition.margin(), currency, true);
			checks.require(checks.hasProblem("value") || checks.hasProblem("margin")
					|| transition.margin().compareTo(transition.value()) <= 0, "margin", "cannot exceed the value");
		}
		else {
			checks.require(transition.value() == null && transition.margin() == null, "value",
					"a " + to + " request has no value or margin");
		}
		if (to.needsReason()) {
			checks.requireText(transition.reason(), "reason", 1000);
		}
		else {
			checks.require(transition.reason() == null || transition.reason().length() <= 1000, "reason",
					"must be at most 1000 characters");
		}
		checks.throwIfAny();
		this.state = to;
		this.closedAt = at;
		this.value = to.hasValue() ? Money.of(transition.value(), currency) : null;
		this.margin = to.hasValue() ? Money.of(transition.margin(), currency) : null;
		this.closeReason = transition.reason() == null ? null : transition.reason().strip();
	}

	/** A margin may be negative (a loss-making order); a value must be positive. */
	private static void checkAmount(FieldChecks checks, String field, @Nullable BigDecimal amount, Currency currency,
			boolean mayBeNegative) {
		if (amount == null) {
			checks.require(false, field, "is required");
			return;
		}
		checks.require(mayBeNegative || amount.signum() > 0, field, "must be more than zero")
			.require(amount.abs().compareTo(MAX_AMOUNT) < 0, field, "is too large")
			.require(amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits(), field,
					"has more decimals than " + currency + " allows");
	}

	private void requireState(RequestState expected, String action) {
		if (state != expected) {
			throw new IllegalTransitionException(
					"Request " + content.id() + " is " + state + " and cannot " + action + " (needs " + expected + ")");
		}
	}

	int version() {
		return version;
	}

	RequestView view() {
		return new RequestView(content.id(), content.teamId(), content.kind(), content.customer(), content.subject(),
				content.description(), content.amount(), content.currency(), state, assignee, content.receivedAt(), assignedAt, startedAt,
				closedAt, value, margin, closeReason, content.priority(), content.skill());
	}

	RequestId id() {
		return content.id();
	}

	TeamId teamId() {
		return content.teamId();
	}

	RequestKind kind() {
		return content.kind();
	}
}
