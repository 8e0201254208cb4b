package org.fairdesk.metrics.web;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.fairdesk.metrics.Dashboard;
import org.fairdesk.metrics.Figures;
import org.jspecify.annotations.Nullable;

/** The dashboard's tables as CSV: one header row, then plain values (amounts without currency, fractions as 0.25). */
final class DashboardCsv {

	private DashboardCsv() {
	}

	record Row(String name, Figures figures) {
	}

	static void figures(CSVPrinter csv, List<Row> rows) throws IOException {
		csv.printRecord("name", "closed", "revenue", "gross_margin", "quotes_won", "quotes_decided", "quote_conversion",
				"queries_resolved", "queries_escalated", "handling_median_s", "handling_p90_s", "first_response_median_s",
				"sla_counted", "sla_met", "sla_met_share", "surveys_issued", "surveys_answered", "response_rate",
				"csat_responses", "csat_average", "reopens", "reopen_rate", "assists_given", "assists_received",
				"transfers_given", "transfers_received", "current_wip");
		for (Row row : rows) {
			Figures f = row.figures();
			var o = f.outcomes();
			var s = f.speed();
			var q = f.satisfaction();
			var c = f.collaboration();
			csv.printRecord(row.name(), o.closed(), o.revenue().amount(), o.grossMargin().amount(), o.quotesWon(),
					o.quotesDecided(), text(o.quoteConversion()), o.queriesResolved(), o.queriesEscalated(),
					text(s.handlingMedianSeconds()), text(s.handlingP90Seconds()), text(s.firstResponseMedianSeconds()),
					s.slaCounted(), s.slaMet(), text(s.slaMetShare()), q.surveysIssued(), q.surveysAnswered(),
					text(q.responseRate()), q.csatResponses(), text(q.csatAverage()), q.reopens(), text(q.reopenRate()),
					c.assistsGiven(), c.assistsReceived(), c.transfersGiven(), c.transfersReceived(), f.currentWip());
		}
	}

	static void weeks(CSVPrinter csv, List<Dashboard.Week> weeks) throws IOException {
		csv.printRecord("week", "orders_closed", "quotes_closed", "queries_closed", "revenue", "sla_met_share",
				"csat_responses", "csat_average");
		for (Dashboard.Week w : weeks) {
			csv.printRecord(w.week(), w.orders(), w.quotes(), w.queries(), w.revenue().amount(), text(w.slaMetShare()),
					w.csatResponses(), text(w.csatAverage()));
		}
	}

	static void outcomes(CSVPrinter csv, List<Figures.OutcomeCount> outcomes) throws IOException {
		csv.printRecord("kind", "outcome", "count");
		for (Figures.OutcomeCount o : outcomes) {
			csv.printRecord(o.kind(), o.outcome(), o.count());
		}
	}

	static void ratings(CSVPrinter csv, List<Long> ratings) throws IOException {
		csv.printRecord("rating", "answers");
		for (int i = 0; i < ratings.size(); i++) {
			csv.printRecord(i + 1, ratings.get(i));
		}
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
	}
}
