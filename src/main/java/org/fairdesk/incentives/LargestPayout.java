package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Commission;
import org.fairdesk.incentives.PlanDocument.Component;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.Prizes;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The one rule on how much a plan pays one rep in a month: its components together pay no rep more than
 * {@link Numbers#LARGEST_AMOUNT} (999,999,999,999.99), the largest amount Fairdesk holds. The payout's floor and cap
 * then work within it (a floor and a cap are amounts themselves), so no line and no payout is ever larger.
 * <p>
 * It is kept twice, by the same sum: a document whose stated amounts can already pay one rep more (each prize
 * component's largest prize, each pool's and commission's cap) is refused when it is read, naming the component that
 * takes the sum over; and a calculation in which a rep's components come to more (uncapped pools or commissions on
 * a basis near 10^12, or a version published before this rule) is refused, naming no rep (any rep's statement
 * calculates the team's month), rather than paying an amount Fairdesk cannot hold. Money stays exact: nothing is
 * rounded. Two older limits stand beside it: a team pool's pot is held at the largest amount before it is split
 * ({@link PoolRule}), and each adjustment is under it on its own ({@link AdjustmentAmount}), so a statement's
 * adjustments are not added into this rule.
 */
final class LargestPayout {

	private LargestPayout() {
	}

	/** Notes the component whose stated amounts take what one rep can be paid over the largest amount, if one does. */
	static void check(@Nullable List<Component> components, FieldChecks checks) {
		if (components == null) {
			return;
		}
		BigDecimal most = BigDecimal.ZERO;
		for (int i = 0; i < components.size(); i++) {
			Stated stated = stated(components.get(i), "document.components[" + i + "]");
			if (stated == null) {
				continue;
			}
			most = most.add(stated.amount());
			if (most.compareTo(Numbers.LARGEST_AMOUNT) > 0) {
				checks.require(false, stated.path(), (i == 0 ? "can pay one rep " : "with the components before it, "
						+ "the plan can pay one rep ") + Numbers.written(most)
						+ ", more than the largest amount Fairdesk pays (" + Numbers.written(Numbers.LARGEST_AMOUNT)
						+ "): the components together must pay a rep at most that; lower this amount or those before it");
				return;
			}
		}
	}

	/** The most a component's own amounts can pay one rep, and where that amount is written; null when it states none. */
	private static @Nullable Stated stated(@Nullable Component component, String path) {
		if (component instanceof Prizes prizes && prizes.amounts() != null) {
			Stated largest = null;
			for (int j = 0; j < prizes.amounts().size(); j++) {
				BigDecimal amount = prizes.amounts().get(j);
				if (inRange(amount) && (largest == null || amount.compareTo(largest.amount()) > 0)) {
					largest = new Stated(amount, path + ".amounts[" + j + "]");
				}
			}
			return largest;
		}
		BigDecimal cap = component instanceof Pool pool ? pool.cap()
				: component instanceof Commission commission ? commission.cap() : null;
		return inRange(cap) ? new Stated(cap, path + ".cap") : null;
	}

	/** An amount the document's ranges accept (another is named by them, not added up here). */
	private static boolean inRange(@Nullable BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.compareTo(Numbers.LARGEST_AMOUNT) <= 0;
	}

	private record Stated(BigDecimal amount, String path) {
	}

	/**
	 * Refuses the calculation if a rep's components came to more than the largest amount (before floor and cap). The
	 * refusal names neither the rep nor the amount: a statement read by any rep of the team calculates the whole team,
	 * and a rep sees only their own pay.
	 */
	static void guard(String planName, int version, Month month, Ledger ledger) {
		for (RepFacts rep : month.reps()) {
			Money total = ledger.total(rep);
			if (total.amount().compareTo(Numbers.LARGEST_AMOUNT) > 0) {
				throw InvalidInputException.of("document", (version == 0 ? "the plan " + planName
						: planName + " version " + version) + " would pay a rep more for "
						+ month.facts().period() + " than the largest amount Fairdesk pays ("
						+ Numbers.written(Numbers.LARGEST_AMOUNT) + "): its components together must pay a rep at "
						+ "most that; cap its pools and commissions or lower its prizes");
			}
		}
	}
}
