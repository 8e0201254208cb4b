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

	/** Whether an SLA target held: NONE without a target, PENDING until it is judged, else MET or BREACHED. */
	public enum Sla {
		NONE, PENDING, MET, BREACHED;

		/**
		 * The one rule for both targets: a target is met when what it asks for happened at or before its due time.
		 * Metrics counts the same in SQL (docs/metrics.md); {@code MetricsScenario} runs both forms on the same cases.
		 */
		static Sla judge(@Nullable Instant due, @Nullable Instant happened) {
			if (due == null) {
				return NONE;
			}
			if (happened == null) {
				return PENDING;
			}
			return happened.isAfter(due) ? BREACHED : MET;
		}
	}

	/** The resolution SLA (shown as {@code sla} in the API): met if the request closed by its due time. */
	public Sla getSla() {
		return Sla.judge(due.resolution(), closedAt);
	}

	/** The first-response SLA: met if the rep first moved the request on (out of ASSIGNED) by its due time. */
	public Sla getFirstResponseSla() {
		return Sla.judge(due.firstResponse(), firstResponseAt);
	}

	/** The due time that matters now: first response until it is given, then resolution ({@link DueTimes#next}). */
	public @Nullable Instant nextDue() {
		return due.next(firstResponseAt);
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
