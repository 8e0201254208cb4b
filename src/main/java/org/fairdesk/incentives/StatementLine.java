package org.fairdesk.incentives;

import java.util.List;
import java.util.UUID;

import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One step of a statement's arithmetic: what kind of step it is ({@code code}), the plan block that made it
 * ({@code rule}: its path in the plan document, such as {@code components[0]}), what it is in words, how it was
 * computed with its inputs, the amount it came to (none for a step that judges or weighs rather than pays), and the
 * requests behind it. Readers and tests find a line by its code, never by its position or label.
 */
public record StatementLine(Code code, String rule, String label, String calculation, @Nullable Money amount,
		List<UUID> requestIds, @Nullable Correction corrects) {

	public StatementLine(Code code, String rule, String label, String calculation, @Nullable Money amount,
			List<UUID> requestIds) {
		this(code, rule, label, calculation, amount, requestIds, null);
	}

	public StatementLine(Code code, String rule, String label, String calculation, @Nullable Money amount) {
		this(code, rule, label, calculation, amount, List.of(), null);
	}

	/** The line of a closed month's statement an adjustment corrects. */
	public record Correction(java.time.YearMonth period, Code code) {
	}

	/** The kinds of step a statement shows. */
	public enum Code {
		/** Whether the rep takes part in the plan at all (its minimum tenure). */
		ELIGIBILITY,
		/** One of the rep's own figures, with the requests behind it: for reference and for the rules that read it. */
		OWN_FIGURES,
		/** The team's basis for a pool: its revenue or gross margin in the period. */
		TEAM_BASIS,
		/** The part of the basis above the pool's threshold. */
		THRESHOLD,
		/** The pool's rate of the basis, before multipliers. */
		FUNDING,
		/** A factor on the pool from a team metric. */
		MULTIPLIER,
		/** The pool's cap, where it bites. */
		POOL_CAP,
		/** The pool: rounded once, what the split shares. */
		POOL,
		/** A gate: the rep's metric against its threshold, and what the result does. */
		GATE,
		/** The rep's scorecard: each measure normalised against the team and capped. */
		SCORECARD,
		/** The rep's weight in a split, prorated by days on the team. */
		WEIGHT,
		/** The rep's share of a pool. */
		SPLIT,
		/** A pool nobody shares (no rep passed its gates or has a weight): it is not paid. */
		UNSHARED,
		/** A share or an amount not paid because a gate failed (negative). */
		WITHHELD,
		/** A prize: the rep's place and what it pays. */
		PRIZE,
		/** One tier of a commission. */
		COMMISSION_TIER,
		/** A commission: its tiers summed, capped, rounded once. */
		COMMISSION,
		/** The per-rep floor raising a total (positive). */
		FLOOR,
		/** The per-rep cap lowering a total (negative). */
		PAYOUT_CAP,
		/** A correction of a closed month (or a manager's, with a reason), paid in this one. */
		ADJUSTMENT,
		/** What the rep is paid: the sum of the paying lines' amounts. */
		PAYOUT;

		private static final java.util.Set<Code> PAYING = java.util.EnumSet.of(SPLIT, WITHHELD, PRIZE, COMMISSION,
				FLOOR, PAYOUT_CAP, ADJUSTMENT);

		/**
		 * Whether a line of this kind changes what the rep is paid ({@code Ledger#award}, and adjustments): the payout
		 * is the sum of these lines' amounts; the others show a figure or a step.
		 */
		public boolean pays() {
			return PAYING.contains(this);
		}
	}

	/** Whether this line's amount counts in the payout (see {@link Code#pays()}). */
	public boolean pays() {
		return code.pays() && amount != null;
	}
}
