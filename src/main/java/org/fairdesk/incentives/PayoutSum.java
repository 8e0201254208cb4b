package org.fairdesk.incentives;

import java.util.List;

import org.fairdesk.shared.Money;

/**
 * The payout line's arithmetic, written out: each line that pays, named, then the total, so a rep traces the payout to
 * the cent without telling paying lines from the figures shown beside them ("386.46 EUR (Your share of Team pool)
 * − 8.78 EUR (Adjustment for 2026-10) = 377.68 EUR").
 */
final class PayoutSum {

	private PayoutSum() {
	}

	/**
	 * The sum of the lines that pay ({@link StatementLine#pays()}), each amount with its label, and the total; none
	 * reads "no line pays …".
	 */
	static String of(List<StatementLine> lines, Money total) {
		List<StatementLine> paying = lines.stream().filter(StatementLine::pays).toList();
		if (paying.isEmpty()) {
			return "no line pays this period: " + total;
		}
		StringBuilder sum = new StringBuilder();
		for (StatementLine line : paying) {
			Money amount = line.amount();
			if (sum.isEmpty()) {
				sum.append(amount);
			}
			else {
				sum.append(amount.isNegative() ? " − " : " + ").append(amount.isNegative() ? negated(amount) : amount);
			}
			sum.append(" (").append(line.label()).append(')');
		}
		return paying.size() == 1 ? sum.toString() : sum.append(" = ").append(total).toString();
	}

	private static Money negated(Money amount) {
		return Money.zero(amount.currency()).minus(amount);
	}
}
