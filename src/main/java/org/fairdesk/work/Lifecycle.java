package org.fairdesk.work;

import static org.fairdesk.work.RequestState.ASSIGNED;
import static org.fairdesk.work.RequestState.CANCELLED;
import static org.fairdesk.work.RequestState.ESCALATED;
import static org.fairdesk.work.RequestState.FULFILLED;
import static org.fairdesk.work.RequestState.IN_PROGRESS;
import static org.fairdesk.work.RequestState.LOST;
import static org.fairdesk.work.RequestState.REOPENED;
import static org.fairdesk.work.RequestState.RESOLVED;
import static org.fairdesk.work.RequestState.SENT;
import static org.fairdesk.work.RequestState.WAITING_ON_CUSTOMER;
import static org.fairdesk.work.RequestState.WON;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * The moves an assignee may make, per kind and state: the one table the aggregate checks and the pages offer.
 * Routing's moves (NEW → ASSIGNED, hand-back to NEW), the expiry job's (SENT → EXPIRED) and reopening (closed →
 * REOPENED) are not the assignee's and live with the aggregate.
 * <p>
 * A SENT quote may be sent again: a revision with a new amount or validity (the customer asked for more, or for
 * longer), recorded in its history like any move; it keeps the customer-wait clock running.
 * <p>
 * Leaving WAITING_ON_CUSTOMER goes through IN_PROGRESS (“Resume”), so the customer-wait clock stops when the
 * customer answered, not when the work was done; only giving up (CANCELLED, LOST) skips it.
 */
final class Lifecycle {

	/** Routing may take a request back from these (a hand-back, a skip, a manager's reassignment). */
	static final Set<RequestState> HANDED_BACK_FROM = EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, REOPENED);

	private static final Map<RequestKind, Map<RequestState, Set<RequestState>>> MOVES = Map.of(
			RequestKind.ORDER, Map.of(
					ASSIGNED, EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, CANCELLED),
					IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, FULFILLED, CANCELLED),
					WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, CANCELLED),
					REOPENED, EnumSet.of(IN_PROGRESS, CANCELLED)),
			RequestKind.QUOTE, Map.of(
					ASSIGNED, EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, SENT),
					IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, SENT, LOST),
					WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, LOST),
					SENT, EnumSet.of(SENT, WON, LOST), // SENT again: the rep revises the quote (amount, validity)
					REOPENED, EnumSet.of(IN_PROGRESS)),
			RequestKind.QUERY, Map.of(
					ASSIGNED, EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER),
					IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED, ESCALATED),
					WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS),
					REOPENED, EnumSet.of(IN_PROGRESS)));

	private Lifecycle() {
	}

	/** Where the assignee may move a request of this kind from this state (empty when closed or not theirs yet). */
	static Set<RequestState> moves(RequestKind kind, RequestState from) {
		Set<RequestState> moves = MOVES.get(kind).get(from);
		return moves == null ? EnumSet.noneOf(RequestState.class) : EnumSet.copyOf(moves);
	}

	/** @throws IllegalTransitionException naming the request's kind and current state when the move is not allowed */
	static void requireMove(RequestId id, RequestKind kind, RequestState from, RequestState to) {
		if (moves(kind, from).contains(to)) {
			return;
		}
		String why = whyNever(kind, to);
		if (why == null) {
			why = from.isClosed() ? "it is closed, and only reopening it (REOPENED) moves it again"
					: "from " + from + " it may move to " + moves(kind, from);
		}
		throw new IllegalTransitionException(describe(id, kind, from) + " and cannot move to " + to + "; " + why);
	}

	/** How every refusal names the request, its kind and its state: Request …, an ORDER, is ASSIGNED. */
	static String describe(RequestId id, RequestKind kind, RequestState state) {
		return "Request " + id + ", " + article(kind) + " " + kind + ", is " + state;
	}

	/** Why no request of this kind ever moves to {@code to} by its assignee; null when some state allows it. */
	private static @Nullable String whyNever(RequestKind kind, RequestState to) {
		if (to.isClosed() && !to.closes(kind)) {
			return article(kind) + " " + kind + " closes as one of " + RequestState.closedStates(kind);
		}
		return switch (to) {
			case NEW, ASSIGNED -> "routing assigns requests and takes them back";
			case EXPIRED -> "a quote expires by itself when its validUntil date has passed";
			case SENT -> kind == RequestKind.QUOTE ? null : "only a QUOTE is sent";
			case REOPENED -> "a closed request is reopened, not moved there";
			default -> null;
		};
	}

	private static String article(RequestKind kind) {
		return kind == RequestKind.ORDER ? "an" : "a";
	}
}
