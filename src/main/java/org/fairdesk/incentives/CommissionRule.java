package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.incentives.GateRule.Verdict;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Basis;
import org.fairdesk.incentives.PlanDocument.Commission;
import org.fairdesk.incentives.PlanDocument.Tier;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.shared.Money;

/**
 * A rate on each rep's own revenue or margin, in marginal tiers: each tier's rate applies to the part of the basis
 * between its {@code from} and the next tier's (as income tax bands do). The sum is capped per rep and rounded
 * once. A negative margin earns nothing.
 */
final class CommissionRule {

	private CommissionRule() {
	}

	static void apply(Commission commission, String rule, Month month, Ledger ledger) {
		for (RepFacts rep : month.participants()) {
			Verdict verdict = GateRule.judge(commission.gates(), rule, rep, ledger);
			Money earned = earn(commission, rule, rep, month, ledger);
			if (verdict != Verdict.PASSED && earned.isPositive()) {
				ledger.award(rep, new StatementLine(Code.WITHHELD, rule + ".gates", "Withheld: " + commission.title(),
						"a gate failed, so the commission of " + earned + " is not paid",
						earned.times(BigDecimal.ONE.negate())));
			}
		}
	}

	private static Money earn(Commission commission, String rule, RepFacts rep, Month month, Ledger ledger) {
		Money basis = commission.basis() == Basis.REVENUE ? rep.revenue() : rep.grossMargin();
		BigDecimal own = basis.amount().max(BigDecimal.ZERO);
		List<Tier> tiers = commission.tiers();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < tiers.size(); i++) {
			Tier tier = tiers.get(i);
			BigDecimal upTo = i + 1 < tiers.size() ? tiers.get(i + 1).from() : null;
			BigDecimal part = (upTo == null ? own : own.min(upTo)).subtract(tier.from()).max(BigDecimal.ZERO);
			BigDecimal amount = part.multiply(tier.percent()).divide(Numbers.HUNDRED);
			sum = sum.add(amount);
			if (part.signum() > 0 || i == 0) {
				ledger.note(rep, new StatementLine(Code.COMMISSION_TIER, rule + ".tiers[" + i + "]",
						commission.title() + ": tier from " + month.money(tier.from()),
						Numbers.written(tier.percent()) + "% of your " + (commission.basis() == Basis.REVENUE
								? "revenue" : "gross margin") + " between " + month.money(tier.from()) + " and "
								+ (upTo == null ? "any amount" : month.money(upTo)) + " (" + month.money(part)
								+ " of your " + basis + ") = " + Numbers.written(amount), null));
			}
		}
		String working = "the tiers sum to " + Numbers.written(sum);
		if (commission.cap() != null && sum.compareTo(commission.cap()) > 0) {
			working += ", more than the cap of " + month.money(commission.cap());
			sum = commission.cap();
		}
		Money earned = month.money(sum);
		ledger.award(rep, new StatementLine(Code.COMMISSION, rule, commission.title(),
				working + ", rounded once: " + earned, earned));
		return earned;
	}
}
