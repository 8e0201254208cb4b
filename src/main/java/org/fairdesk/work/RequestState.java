package org.fairdesk.work;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a request is in its lifecycle. Active states are shared by the kinds (SENT only by quotes); closed states
 * are per kind: an order is fulfilled, a quote won, a query resolved. Which moves a kind allows is in
 * {@link Lifecycle}.
 */
public enum RequestState {
	NEW, ASSIGNED, IN_PROGRESS,
	/** The rep waits for the customer's answer; the customer-wait clock runs. */
	WAITING_ON_CUSTOMER,
	/** A quote is with the customer until its validUntil date; the customer-wait clock runs. */
	SENT,
	/** A closed request opened again, back with the rep who closed it. */
	REOPENED,
	FULFILLED(RequestKind.ORDER), CANCELLED(RequestKind.ORDER),
	WON(RequestKind.QUOTE), LOST(RequestKind.QUOTE), EXPIRED(RequestKind.QUOTE),
	RESOLVED(RequestKind.QUERY), ESCALATED(RequestKind.QUERY);

	/** What a caller may never ask for: routing assigns and hands back, the expiry job expires. */
	private static final Set<RequestState> NOT_ASKED_FOR = EnumSet.of(NEW, ASSIGNED, EXPIRED);

	private final Set<RequestKind> closesKinds;

	RequestState(RequestKind... closes) {
		this.closesKinds = closes.length == 0 ? EnumSet.noneOf(RequestKind.class) : EnumSet.of(closes[0], closes);
	}

	public boolean isClosed() {
		return !closesKinds.isEmpty();
	}

	public boolean closes(RequestKind kind) {
		return closesKinds.contains(kind);
	}

	/** The customer has the ball: time in this state counts as customer wait, not as handling. */
	public boolean isCustomerWait() {
		return this == WAITING_ON_CUSTOMER || this == SENT;
	}

	/** The outcome carries a value and a margin (a fulfilled order, a won quote). */
	public boolean hasValue() {
		return this == FULFILLED || this == WON;
	}

	/** Moving here needs a reason (a cancelled order, a lost quote, a reopened request). */
	public boolean needsReason() {
		return this == CANCELLED || this == LOST || this == REOPENED;
	}

	/** A state a caller may ask to move a request to, read from outside input. */
	public static RequestState target(@Nullable String to) {
		Optional<RequestState> state = Inputs.named(RequestState.class, to).filter(s -> !NOT_ASKED_FOR.contains(s));
		if (state.isPresent()) {
			return state.get();
		}
		String allowed = Arrays.stream(values()).filter(s -> !NOT_ASKED_FOR.contains(s)).map(Enum::name)
			.collect(Collectors.joining(", "));
		throw InvalidInputException.of("to", "must be one of " + allowed
				+ " (routing assigns, a quote expires by itself)" + (to == null ? "" : ", got " + to));
	}

	public static Set<RequestState> closedStates(RequestKind kind) {
		EnumSet<RequestState> states = EnumSet.noneOf(RequestState.class);
		for (RequestState state : values()) {
			if (state.closes(kind)) {
				states.add(state);
			}
		}
		return states;
	}
}
