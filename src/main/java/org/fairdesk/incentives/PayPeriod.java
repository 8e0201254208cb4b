package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;

import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A team's month on its way to being paid: OPEN (statements provisional), then CLOSED (statements stored), APPROVED
 * by a manager and PAID by finance. Who moved it and when are kept with it.
 *
 * @param planName the plan version its statements were computed under; null while OPEN
 */
public record PayPeriod(TeamId teamId, YearMonth period, State state, @Nullable String planName,
		@Nullable Integer planVersion, @Nullable Instant closedAt, @Nullable String closedBy,
		@Nullable Instant approvedAt, @Nullable String approvedBy, @Nullable Instant paidAt,
		@Nullable String paidBy) {

	/** Where a team's month stands, in the order it moves through them. */
	public enum State {
		/** Not closed: its statements are computed on every read and may change. */
		OPEN,
		/** Closed by a manager: its statements are stored and never change. */
		CLOSED,
		/** Approved by a manager for payment. */
		APPROVED,
		/** Marked paid by finance. */
		PAID
	}

	static PayPeriod open(TeamId team, YearMonth period) {
		return new PayPeriod(team, period, State.OPEN, null, null, null, null, null, null, null, null);
	}

	boolean isClosed() {
		return state != State.OPEN;
	}

	/** Whether the month is at {@code state} or past it: moving it there again changes nothing. */
	boolean hasReached(State state) {
		return this.state.compareTo(state) >= 0;
	}
}
