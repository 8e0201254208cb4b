package org.fairdesk.incentives;

import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Commission;
import org.fairdesk.incentives.PlanDocument.Component;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.Prizes;
import org.fairdesk.incentives.StatementLine.Code;

/**
 * The calculator: {@code (plan version, period facts) -> statements}. A pure function: no I/O, no clock, no
 * state. Preview, close, backtest and simulation all call this one. It runs the plan's components in order, each a
 * rule class of its own ({@link PoolRule}, {@link PrizeRule}, {@link CommissionRule}), then the payout's floor and
 * cap ({@link PayoutRule}); every step writes the lines that explain it. A plan whose components would pay a rep
 * more than the largest amount Fairdesk holds is refused ({@link LargestPayout}).
 */
public final class Calculator {

	private Calculator() {
	}

	public static List<Statement> calculate(PlanVersion plan, PeriodFacts facts) {
		Month month = Month.of(plan.document(), facts);
		if (month.reps().isEmpty()) {
			return List.of();
		}
		Ledger ledger = new Ledger(month);
		for (RepFacts rep : month.reps()) {
			eligibility(rep, month, ledger);
			OwnFigures.show(rep, month, ledger);
		}
		List<Component> components = plan.document().components();
		for (int i = 0; i < components.size(); i++) {
			String rule = "components[" + i + "]";
			Component component = components.get(i);
			if (component instanceof Pool pool) {
				PoolRule.apply(pool, rule, month, ledger);
			}
			else if (component instanceof Prizes prizes) {
				PrizeRule.apply(prizes, rule, month, ledger);
			}
			else if (component instanceof Commission commission) {
				CommissionRule.apply(commission, rule, month, ledger);
			}
		}
		// no rep's components may come to more than the largest amount: the floor and cap then keep every line within it
		LargestPayout.guard(plan.name(), plan.version(), month, ledger);
		PayoutRule.apply(plan.document().payout(), month, ledger);
		return ledger.statements(plan);
	}

	private static void eligibility(RepFacts rep, Month month, Ledger ledger) {
		if (month.minTenureMonths() > 0 || !month.takesPart(rep)) {
			ledger.note(rep, new StatementLine(Code.ELIGIBILITY, "minTenureMonths", "Taking part",
					month.takesPart(rep) ? rep.tenureMonths() + " whole months on the team, at least the "
							+ month.minTenureMonths() + " the plan asks: you take part"
							: rep.daysOnTeam() == 0 ? "no day on the team this period: you do not take part"
									: rep.tenureMonths() + " whole months on the team, fewer than the "
											+ month.minTenureMonths() + " the plan asks: you do not take part this period",
					null));
		}
	}
}
