package org.fairdesk.incentives;

import org.fairdesk.shared.Money;

/**
 * One step of a statement's arithmetic: what kind of step it is ({@code code}), the plan block that made it
 * ({@code rule}), what it is in words, how it was computed, and the amount it came to. Readers and tests find a line
 * by its code, never by its position or label.
 */
public record StatementLine(Code code, String rule, String label, String calculation, Money amount) {

	/** The kinds of step a statement shows. */
	public enum Code {
		/** The team's basis for a pool (its gross margin in the period). */
		TEAM_BASIS,
		/** The pool: the plan's rate of the basis. */
		POOL,
		/** The rep's own figures, for reference: they do not change an equal split. */
		OWN_FIGURES,
		/** The rep's share of the pool. */
		SPLIT,
		/** What the rep is paid, with how rounding was settled. */
		PAYOUT
	}
}
