package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A rep's dispute of one line of their statement for a closed month (docs/pay.md, Disputes): OPEN until a manager
 * accepts it (with an amount, paid as a {@link Adjustment.Kind#DISPUTE} adjustment in the team's current month) or
 * rejects it (with an answer).
 *
 * @param line the line's place in the stored statement, 0 for the first; {@code lineCode}, {@code lineRule} and
 *     {@code lineLabel} are that line's as stored
 * @param paidIn the month the accepted amount is paid in (its adjustment's), null unless ACCEPTED
 */
public record Dispute(long id, TeamId teamId, YearMonth period, RepId repId, int line, StatementLine.Code lineCode,
		String lineRule, String lineLabel, String reason, String openedBy, Instant openedAt, State state,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String answer, @Nullable Money amount,
		@Nullable Long adjustmentId, @Nullable YearMonth paidIn) {

	/** Where a dispute stands: it moves once, from OPEN. */
	public enum State {
		OPEN, ACCEPTED, REJECTED
	}

	/** How a close or a page names it: {@code #12 (ann, 2026-10 line 3, Split)}. */
	public String describe() {
		return "#" + id + " (" + openedBy + ", " + period + " line " + line + ", " + lineLabel + ")";
	}
}
