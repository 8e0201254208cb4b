package org.fairdesk.incentives;

import java.math.BigDecimal;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.PayoutLimits;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The per-rep floor and cap on the total of a plan's components, then the payout line. The floor is prorated by
 * the days on the team (a rep who joined mid-month is guaranteed that part of it) and is paid only to reps who take
 * part and failed no gate (a floor must not pay back what a gate took); the cap is not prorated.
 */
final class PayoutRule {

	private PayoutRule() {
	}

	static void apply(@Nullable PayoutLimits limits, Month month, Ledger ledger) {
		for (RepFacts rep : month.reps()) {
			if (limits != null && month.takesPart(rep)) {
				floor(limits.floor(), rep, month, ledger);
				cap(limits.cap(), rep, month, ledger);
			}
			ledger.note(rep, new StatementLine(Code.PAYOUT, "payout", "Payout",
					PayoutSum.of(ledger.lines(rep), ledger.total(rep)), ledger.total(rep)));
		}
	}

	private static void floor(@Nullable BigDecimal floor, RepFacts rep, Month month, Ledger ledger) {
		if (floor == null) {
			return;
		}
		Money prorated = month.money(floor.multiply(BigDecimal.valueOf(rep.daysOnTeam()))
			.divide(BigDecimal.valueOf(month.days()), month.currency().getDefaultFractionDigits(), Money.ROUNDING));
		Money total = ledger.total(rep);
		if (ledger.hasFailedGate(rep)) {
			if (total.compareTo(prorated) < 0) {
				ledger.note(rep, new StatementLine(Code.FLOOR, "payout.floor", "Floor", "a gate failed for you this "
						+ "period, so the floor of " + prorated + " does not apply", null));
			}
			return;
		}
		if (total.compareTo(prorated) < 0) {
			ledger.award(rep, new StatementLine(Code.FLOOR, "payout.floor", "Floor", "the floor of "
					+ month.money(floor) + " × " + month.presence(rep) + " = " + prorated + "; your total " + total
					+ " is raised by the difference", prorated.minus(total)));
		}
	}

	private static void cap(@Nullable BigDecimal cap, RepFacts rep, Month month, Ledger ledger) {
		if (cap == null) {
			return;
		}
		Money total = ledger.total(rep);
		if (total.compareTo(month.money(cap)) > 0) {
			ledger.award(rep, new StatementLine(Code.PAYOUT_CAP, "payout.cap", "Cap", "your total " + total
					+ " is more than the cap of " + month.money(cap) + ", so it is lowered by the difference",
					month.money(cap).minus(total)));
		}
	}
}
