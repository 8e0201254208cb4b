package org.fairdesk.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A request as readers see it: its state, who has it, its outcome and its times.
 *
 * @param firstResponseAt the first time the assignee moved it out of ASSIGNED
 * @param handlingSeconds whole seconds spent IN_PROGRESS
 * @param customerWaitSeconds whole seconds spent WAITING_ON_CUSTOMER or SENT
 * @param stateSince when the current state began
 * @param closedBy the rep who closed it (for an expired quote, its assignee); null while it is not closed
 * @param reopenCount how often it was reopened
 * @param quotedAmount what a sent quote offers, in the request's currency
 * @param validUntil the last day a sent quote is valid, in the team's time zone
 * @param linkedOrderId for a won quote, the order it became
 * @param quoteId for an order, the won quote it came from
 * @param due when its first response and its resolution are due by the team's SLA (stamped on arrival)
 */
public record RequestView(RequestId id, TeamId teamId, RequestKind kind, String customer, String subject,
		@Nullable String description, @Nullable Money amount, Currency currency, RequestState state, @Nullable RepId assigneeId,
		Instant receivedAt, @Nullable Instant assignedAt, @Nullable Instant startedAt, @Nullable Instant closedAt,
		@Nullable Money value, @Nullable Money margin, @Nullable String closeReason, int priority,
		@Nullable String skill, @Nullable Instant firstResponseAt, long handlingSeconds, long customerWaitSeconds,
		Instant stateSince, @Nullable RepId closedBy, int reopenCount, @Nullable Money quotedAmount,
		@Nullable LocalDate validUntil, @Nullable RequestId linkedOrderId, @Nullable RequestId quoteId, DueTimes due) {

	/** Whether the resolution SLA held: NONE without a target, PENDING while open, else MET or BREACHED. */
	public enum Sla {
		NONE, PENDING, MET, BREACHED
	}

	/** The resolution SLA (shown as {@code sla} in the API): a closed request met it if it closed by its due time. */
	public Sla getSla() {
		if (due.resolution() == null) {
			return Sla.NONE;
		}
		if (closedAt == null) {
			return Sla.PENDING;
		}
		return closedAt.isAfter(due.resolution()) ? Sla.BREACHED : Sla.MET;
	}

	public boolean isClosed() {
		return state.isClosed();
	}

	public boolean isAssignedTo(@Nullable RepId rep) {
		return rep != null && rep.equals(assigneeId);
	}

	/** Where its assignee may move it now (what the pages offer); empty when it is closed or waits for a rep. */
	public Set<RequestState> moves() {
		return Lifecycle.moves(kind, state);
	}
}
