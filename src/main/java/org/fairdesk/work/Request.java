package org.fairdesk.work;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.MomentFormat;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * The request aggregate: owns its lifecycle. Every change goes through a method that checks the current state
 * and throws {@link IllegalTransitionException} naming it and the kind, moves the time facts on, and records the
 * move for the request's history. Nothing changes before every check has passed.
 */
class Request {

	private final RequestContent content;
	private RequestState state;
	private @Nullable RepId assignee;
	private @Nullable Instant assignedAt;
	private @Nullable Instant startedAt;
	private @Nullable Instant closedAt;
	private @Nullable RepId closedBy;
	private @Nullable Money value;
	private @Nullable Money margin;
	private @Nullable String closeReason;
	private TimeFacts times;
	private int reopenCount;
	private @Nullable Money quotedAmount;
	private @Nullable LocalDate validUntil;
	private @Nullable RequestId linkedOrderId;
	private final @Nullable RequestId quoteId;
	private final int version;
	private final List<StateChange> changes = new ArrayList<>();

	Request(RequestView view, int version) {
		this.content = RequestContent.of(view);
		this.state = view.state();
		this.assignee = view.assigneeId();
		this.assignedAt = view.assignedAt();
		this.startedAt = view.startedAt();
		this.closedAt = view.closedAt();
		this.closedBy = view.closedBy();
		this.value = view.value();
		this.margin = view.margin();
		this.closeReason = view.closeReason();
		this.times = new TimeFacts(view.firstResponseAt(), view.handlingSeconds(), view.customerWaitSeconds(),
				view.stateSince());
		this.reopenCount = view.reopenCount();
		this.quotedAmount = view.quotedAmount();
		this.validUntil = view.validUntil();
		this.linkedOrderId = view.linkedOrderId();
		this.quoteId = view.quoteId();
		this.version = version;
	}

	static Request received(RequestReceived event, DueTimes due) {
		return new Request(new RequestView(event.requestId(), event.teamId(), event.kind(), event.customer(),
				event.subject(), event.description(), event.amount(), event.currency(), RequestState.NEW, null,
				event.receivedAt(), null, null, null, null, null, null, event.priority(), event.skill(), null, 0, 0,
				event.receivedAt(), null, 0, null, null, null, null, due), 0);
	}

	/** Only a NEW request is assigned ({@code Requests.assignIfNew} does the same in one statement). */
	void assign(RepId rep, Instant at) {
		assign(rep, at, null);
	}

	void assign(RepId rep, Instant at, @Nullable String reason) {
		if (state != RequestState.NEW) {
			throw new IllegalTransitionException(Lifecycle.describe(content.id(), content.kind(), state)
					+ " and cannot be assigned (needs NEW)");
		}
		move(RequestState.ASSIGNED, rep, at, reason);
		this.assignee = rep;
		this.assignedAt = at;
	}

	/**
	 * Routing took the request back from its rep (a hand-back, a skip, a transfer or a manager's reassignment): it
	 * waits for its next rep.
	 */
	void handBack(RepId from, Instant at) {
		if (!Lifecycle.HANDED_BACK_FROM.contains(state) || !from.equals(assignee)) {
			throw new IllegalTransitionException(whyItStays(from));
		}
		move(RequestState.NEW, from, at, null);
		this.assignee = null;
		this.assignedAt = null;
		this.startedAt = null;
	}

	/**
	 * Why the request cannot leave {@code from}, in words that fit every caller: a manager reassigning it and a rep
	 * transferring it read this as much as a rep handing it back, so it names no one's move but the request's state.
	 */
	private String whyItStays(RepId from) {
		String request = Lifecycle.describe(content.id(), content.kind(), state)
				+ (assignee == null ? "" : " with rep " + assignee);
		if (!from.equals(assignee) && Lifecycle.HANDED_BACK_FROM.contains(state)) {
			return request + ", not with rep " + from;
		}
		if (state == RequestState.SENT) {
			return request + ": a sent quote stays with its rep until the customer answers or it expires, so it cannot"
					+ " be handed back, skipped, transferred or reassigned";
		}
		return request + " and cannot leave its rep: only a request that is " + Lifecycle.HANDED_BACK_FROM
				+ " goes back to the queue (a hand-back, a skip, a transfer or a reassignment)";
	}

	/**
	 * Moves the request as its assignee asks.
	 *
	 * @param today the team's date at {@code at}; needed only to send a quote
	 * @return the closing event when the request reached an outcome
	 */
	Optional<RequestClosed> apply(Transition transition, RepId actor, Instant at, @Nullable LocalDate today) {
		return apply(transition, actor, at, today, List.of());
	}

	/**
	 * Moves the request as its assignee asks, naming the problems of the order a win links with the move's others.
	 *
	 * @param orderProblems what is wrong with the win's {@code orderId} ({@link QuoteOrders#problems})
	 */
	Optional<RequestClosed> apply(Transition transition, RepId actor, Instant at, @Nullable LocalDate today,
			List<InvalidInputException.FieldProblem> orderProblems) {
		if (!actor.equals(assignee)) {
			throw new ForbiddenException("Request " + content.id() + " is not assigned to rep " + actor);
		}
		RequestState to = transition.to();
		Lifecycle.requireMove(content.id(), content.kind(), state, to);
		if (state == RequestState.SENT && to == RequestState.SENT && validUntil != null && today != null
				&& validUntil.isBefore(today)) {
			// Lapsed, only not yet closed by the expiry job: a revision must not rescue it from EXPIRED.
			throw new IllegalTransitionException(Lifecycle.describe(content.id(), content.kind(), state)
					+ " but was valid only until " + validUntil + " and cannot be revised; it expires");
		}
		TransitionFields.check(transition, content.currency(), today, orderProblems);
		String reason = transition.reason() == null ? null : transition.reason().strip();
		move(to, actor, at, reason);
		if (to == RequestState.IN_PROGRESS && startedAt == null) {
			this.startedAt = at;
		}
		if (to == RequestState.SENT) {
			this.quotedAmount = Money.of(transition.quotedAmount(), content.currency());
			this.validUntil = transition.validUntil();
		}
		if (!to.isClosed()) {
			return Optional.empty();
		}
		this.value = to.hasValue() ? Money.of(transition.value(), content.currency()) : null;
		this.margin = to.hasValue() ? Money.of(transition.margin(), content.currency()) : null;
		return Optional.of(close(actor, at, reason));
	}

	/** The quote's validUntil date has passed unanswered: it closes as EXPIRED, by its assignee. */
	RequestClosed expire(Instant at) {
		if (state != RequestState.SENT || assignee == null) {
			throw new IllegalTransitionException(Lifecycle.describe(content.id(), content.kind(), state)
					+ " and cannot expire (only a SENT quote does)");
		}
		RepId rep = assignee;
		move(RequestState.EXPIRED, null, at, "valid until " + validUntil);
		this.value = null;
		this.margin = null;
		return close(rep, at, null);
	}

	/** Whether a request closed at {@code closedAt} may still be reopened at {@code at}: up to the window's end. */
	static boolean withinReopenWindow(Instant closedAt, Instant at, Duration window) {
		return !at.isAfter(closedAt.plus(window));
	}

	/**
	 * Opens a closed request again, with the rep who closed it, within {@code window} of its closing.
	 *
	 * @throws IllegalTransitionException when the request is not closed or the window has passed
	 * @throws ForbiddenException when the caller is neither a manager nor the rep who closed it
	 */
	Reopening reopen(Reopener by, @Nullable String reason, Instant at, Duration window) {
		return reopen(by, reason, at, window, ZoneOffset.UTC, Locale.UK);
	}

	/**
	 * As {@link #reopen(Reopener, String, Instant, Duration)}, a passed window's moments written as the team's pages
	 * write them: on its clock ({@code zone}), in its {@code locale}, with the zone's name ({@link MomentFormat}).
	 */
	Reopening reopen(Reopener by, @Nullable String reason, Instant at, Duration window, ZoneId zone, Locale locale) {
		if (!state.isClosed() || closedAt == null || closedBy == null) {
			throw new IllegalTransitionException(Lifecycle.describe(content.id(), content.kind(), state)
					+ " and cannot be reopened; only a closed request can");
		}
		if (!by.mayReopen(closedBy)) {
			throw new ForbiddenException("Only a manager or the rep who closed request " + content.id()
					+ " (rep " + closedBy + ") may reopen it");
		}
		Instant deadline = closedAt.plus(window);
		if (!withinReopenWindow(closedAt, at, window)) {
			throw new IllegalTransitionException(Lifecycle.describe(content.id(), content.kind(), state)
					+ " since " + MomentFormat.format(closedAt, zone, locale) + "; the window to reopen it ("
					+ window.toDays() + " days) passed at " + MomentFormat.format(deadline, zone, locale));
		}
		new FieldChecks().requireText(reason, "reason", TransitionFields.MAX_REASON).throwIfAny();
		Reopening reopening = new Reopening(content.id(), content.teamId(), closedBy, state, closedAt, at,
				by.username(), reason.strip());
		move(RequestState.REOPENED, by.rep(), at, reopening.reason());
		this.assignee = closedBy;
		this.closedAt = null;
		this.closedBy = null;
		this.value = null;
		this.margin = null;
		this.closeReason = null;
		this.reopenCount++;
		return reopening;
	}

	/** The won quote became this order (created for it, or one that existed); the link survives a reopen. */
	void linkOrder(RequestId order) {
		if (state != RequestState.WON) {
			throw new IllegalTransitionException(Lifecycle.describe(content.id(), content.kind(), state)
					+ " and cannot be linked to an order (only a WON quote is)");
		}
		this.linkedOrderId = order;
	}

	private RequestClosed close(RepId by, Instant at, @Nullable String reason) {
		this.closedAt = at;
		this.closedBy = by;
		this.closeReason = reason;
		return new RequestClosed(content.id(), content.teamId(), by, content.kind(), state, value, margin, at);
	}

	/** Every change of state goes through here: the time facts move on and the history gets its row. */
	private void move(RequestState to, @Nullable RepId actor, Instant at, @Nullable String reason) {
		changes.add(new StateChange(content.id(), state, to, actor, at, reason));
		this.times = times.moved(state, to, at);
		this.state = to;
	}

	/** The moves made since the request was loaded, oldest first, for its history; the list is emptied. */
	List<StateChange> takeChanges() {
		List<StateChange> taken = List.copyOf(changes);
		changes.clear();
		return taken;
	}

	int version() {
		return version;
	}

	RequestView view() {
		return new RequestView(content.id(), content.teamId(), content.kind(), content.customer(), content.subject(),
				content.description(), content.amount(), content.currency(), state, assignee, content.receivedAt(),
				assignedAt, startedAt, closedAt, value, margin, closeReason, content.priority(), content.skill(),
				times.firstResponseAt(), times.handlingSeconds(), times.customerWaitSeconds(), times.stateSince(),
				closedBy, reopenCount, quotedAmount, validUntil, linkedOrderId, quoteId, content.due());
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

	@Nullable RequestId linkedOrderId() {
		return linkedOrderId;
	}
}
