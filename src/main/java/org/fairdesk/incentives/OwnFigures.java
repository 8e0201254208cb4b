package org.fairdesk.incentives;

import java.util.List;
import java.util.UUID;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.StatementLine.Code;

/**
 * The rep's own figures at the head of their statement, one line per group, each with the requests behind it, so a
 * rep can check every figure a rule read. They pay nothing themselves.
 */
final class OwnFigures {

	private static final String RULE = "facts";

	private OwnFigures() {
	}

	static void show(RepFacts rep, Month month, Ledger ledger) {
		Figures f = rep.figures();
		PeriodFacts.Requests ids = rep.requests();
		PeriodFacts.Orders orders = f.orders();
		ledger.note(rep, line("Your fulfilled orders", orders.fulfilled() + " orders, revenue " + orders.revenue()
				+ ", gross margin " + orders.margin(), orders.margin(), ids.ordersFulfilled()));
		PeriodFacts.Quotes quotes = f.quotes();
		ledger.note(rep, line("Your quotes", quotes.sent() + " sent, " + quotes.won() + " won and " + quotes.lost()
				+ " lost of " + quotes.decided() + " decided (conversion "
				+ Metric.QUOTE_CONVERSION_PERCENT.written(Metric.QUOTE_CONVERSION_PERCENT.of(f)) + "); won value "
				+ quotes.wonValue() + ", won margin " + quotes.wonMargin(), null,
				concat(ids.quotesWon(), ids.quotesLost())));
		ledger.note(rep, line("Your queries", f.queries().resolved() + " resolved, " + f.queries().escalated()
				+ " escalated", null, concat(ids.queriesResolved(), ids.queriesEscalated())));
		ledger.note(rep, line("Your customers' satisfaction", "CSAT " + Metric.CSAT.written(f.csat().mean()) + " on "
				+ f.csat().responses() + " survey answers", null, ids.surveyed()));
		ledger.note(rep, line("Your resolution SLA", f.sla().met() + " of " + f.sla().counted() + " met ("
				+ Metric.SLA_MET_PERCENT.written(Metric.SLA_MET_PERCENT.of(f)) + "); the requests listed missed it", null,
				ids.slaMissed()));
		ledger.note(rep, line("Your handling time and reopens", "median handling "
				+ Metric.HANDLING_MEDIAN_MINUTES.written(Metric.HANDLING_MEDIAN_MINUTES.of(f)) + "; " + f.reopens().reopens()
				+ " reopened of " + f.reopens().closed() + " closed ("
				+ Metric.REOPEN_PERCENT.written(Metric.REOPEN_PERCENT.of(f)) + ")", null, ids.reopened()));
		ledger.note(rep, line("Your assists", f.assists().given() + " given, " + f.assists().received()
				+ " received (confirmed)", null, ids.assistsGiven()));
		ledger.note(rep, new StatementLine(Code.OWN_FIGURES, RULE, "Your time on the team", rep.hoursPerWeek()
				+ " h a week, " + month.presence(rep) + " of the period, " + rep.tenureMonths() + " whole months since "
				+ rep.startDate() + (rep.leavingDate() == null ? "" : ", leaving after " + rep.leavingDate()), null));
	}

	private static StatementLine line(String label, String calculation, org.fairdesk.shared.@org.jspecify.annotations.Nullable Money amount,
			List<UUID> ids) {
		return new StatementLine(Code.OWN_FIGURES, RULE, label, calculation, amount, ids);
	}

	private static List<UUID> concat(List<UUID> a, List<UUID> b) {
		return JoinedRequestIds.of(a, b);
	}
}
