package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A correction paid in an open month ({@code period}): never a rewrite of a closed one (docs/pay.md).
 *
 * @param correctsPeriod the closed month it corrects (null for a manual adjustment that corrects no month)
 * @param correctsCode the line of that month's statement it corrects
 * @param requestIds the requests behind the change (its cause)
 */
public record Adjustment(long id, TeamId teamId, YearMonth period, RepId repId, Kind kind,
		@Nullable YearMonth correctsPeriod, StatementLine.@Nullable Code correctsCode, Money amount, String reason,
		List<UUID> requestIds, String createdBy, Instant createdAt) {

	/** Where an adjustment comes from. */
	public enum Kind {
		/** A close found that a closed month's facts now pay a rep differently. */
		RECOMPUTED,
		/** A manager added it, with a reason. */
		MANUAL,
		/** A manager accepted a rep's dispute of a closed month's line: the amount agreed, with the answer. */
		DISPUTE
	}

	/** Its line on the statement of the month it is paid in. */
	StatementLine line() {
		String label = (kind == Kind.DISPUTE ? "Dispute" : "Adjustment")
				+ (correctsPeriod == null ? "" : " for " + correctsPeriod);
		return new StatementLine(StatementLine.Code.ADJUSTMENT, "adjustments[" + id + "]", label, reason, amount,
				requestIds, correctsPeriod == null ? null
						: new StatementLine.Correction(correctsPeriod, correctsCode == null ? StatementLine.Code.PAYOUT
								: correctsCode));
	}
}
