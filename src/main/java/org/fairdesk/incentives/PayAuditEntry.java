package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One thing that changed what a team is paid: who did it, when, to which month (for a plan publication, the first month it
 * pays), what it was, and the state or figure before and after it.
 */
public record PayAuditEntry(Instant at, String actor, Action action, YearMonth period,
		@Nullable Long repId, String what, @Nullable String before, @Nullable String after) {

	/** What happened; the audit lists every kind of pay event in one list. */
	public enum Action {
		PERIOD_CLOSED, PERIOD_APPROVED, PERIOD_PAID, ADJUSTMENT_RECOMPUTED, ADJUSTMENT_MANUAL, ADJUSTMENT_DISPUTE,
		DISPUTE_OPENED, DISPUTE_ACCEPTED, DISPUTE_REJECTED, PLAN_PUBLISHED
	}
}
