package org.fairdesk.incentives;

import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;

/**
 * One rep's pay for one period under one plan version, with the lines that explain it to the cent.
 *
 * @param provisional computed now from the month's facts as they stand (an open or future month): it may still
 *     change; false for a statement stored when its month closed (docs/pay.md)
 */
public record Statement(RepId repId, String repName, TeamId teamId, YearMonth period, String planName,
		int planVersion, Money payout, List<StatementLine> lines, boolean provisional) {

	/** A statement as the calculator makes it: provisional until its month closes and it is stored. */
	public Statement(RepId repId, String repName, TeamId teamId, YearMonth period, String planName, int planVersion,
			Money payout, List<StatementLine> lines) {
		this(repId, repName, teamId, period, planName, planVersion, payout, lines, true);
	}

	/**
	 * What the statement's adjustment lines pay together: corrections of other months, disputes accepted and a
	 * manager's adjustments, paid in this month on top of what the plan pays for it.
	 */
	public Money adjustmentsPaid() {
		return lines.stream()
			.filter(line -> line.code() == StatementLine.Code.ADJUSTMENT && line.amount() != null)
			.map(StatementLine::amount)
			.reduce(Money.zero(payout.currency()), Money::plus);
	}

	/**
	 * The statement with adjustments paid in its month: their lines before the payout, and the payout grown by their
	 * sum. A closed month's own lines are never touched; corrections of it arrive this way in a later month.
	 */
	Statement withAdjustments(List<StatementLine> adjustments) {
		if (adjustments.isEmpty()) {
			return this;
		}
		Money total = adjustments.stream().map(StatementLine::amount).reduce(payout, Money::plus);
		List<StatementLine> adjusted = new java.util.ArrayList<>(lines.subList(0, lines.size() - 1));
		adjusted.addAll(adjustments);
		adjusted.add(new StatementLine(StatementLine.Code.PAYOUT, "payout", "Payout", PayoutSum.of(adjusted, total),
				total));
		return new Statement(repId, repName, teamId, period, planName, planVersion, total, adjusted, provisional);
	}

	/** The same statement as stored at its month's close. */
	Statement asStored() {
		return new Statement(repId, repName, teamId, period, planName, planVersion, payout, lines, false);
	}

	/** The statement's line of a kind (the first, where a plan makes several). */
	public StatementLine line(StatementLine.Code code) {
		return lines.stream()
			.filter(l -> l.code() == code)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no " + code + " line in the statement of " + repName));
	}
}
