package org.fairdesk.work;

import java.util.EnumSet;
import java.util.Set;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/** Where a request is in its lifecycle. Closed states are per kind: an order is fulfilled, a quote won. */
public enum RequestState {
	NEW, ASSIGNED, IN_PROGRESS,
	FULFILLED(RequestKind.ORDER), CANCELLED(RequestKind.ORDER),
	WON(RequestKind.QUOTE), LOST(RequestKind.QUOTE),
	RESOLVED(RequestKind.QUERY);

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

	/** The outcome carries a value and a margin (a fulfilled order, a won quote). */
	public boolean hasValue() {
		return this == FULFILLED || this == WON;
	}

	/** Closing this way needs a reason (a cancelled order, a lost quote). */
	public boolean needsReason() {
		return this == CANCELLED || this == LOST;
	}

	/** A state a rep may ask to move a request to (NEW and ASSIGNED belong to routing), read from outside input. */
	public static RequestState target(@Nullable String to) {
		for (RequestState state : values()) {
			if (state != NEW && state != ASSIGNED && to != null && state.name().equalsIgnoreCase(to.strip())) {
				return state;
			}
		}
		throw InvalidInputException.of("to", "must be one of IN_PROGRESS, FULFILLED, CANCELLED, WON, LOST, RESOLVED"
				+ (to == null ? "" : ", got " + to));
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
