package org.fairdesk.metrics.web;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.fairdesk.metrics.Dashboard;
import org.fairdesk.metrics.Figures;
import org.fairdesk.shared.CsvCells;

/**
 * The dashboard's tables as CSV: one header row, then plain values (amounts without currency, fractions as 0.25). Every
 * row goes through {@link CsvCells#row}, so a rep's name that looks like a formula is written as text.
 */
final class DashboardCsv {

	private DashboardCsv() {
	}

	record Row(String name, Figures figures) {
	}

	static void figures(CSVPrinter csv, List<Row> rows) throws IOException {
		CsvCells.row(csv, "name", "closed", "revenue", "gross_margin", "quotes_won", "quotes_decided", "quote_conversion",
				"queries_resolved", "queries_escalated", "handling_median_s", "handling_p90_s", "first_response_median_s",
				"sla_counted", "sla_met", "sla_met_share", "surveys_issued", "surveys_answered", "response_rate",
				"csat_responses", "csat_average", "reopens", "reopen_rate", "assists_given", "assists_received",
				"transfers_given", "transfers_received", "current_wip", "quotes_sent", "won_quote_value",
				"won_quote_margin", "first_response_sla_counted", "first_response_sla_met", "first_response_sla_met_share");
		for (Row row : rows) {
			Figures f = row.figures();
			var o = f.outcomes();
			var s = f.speed();
			var q = f.satisfaction();
			var c = f.collaboration();
			CsvCells.row(csv, row.name(), o.closed(), o.revenue().amount(), o.grossMargin().amount(), o.quotesWon(),
					o.quotesDecided(), o.quoteConversion(), o.queriesResolved(), o.queriesEscalated(),
					s.handlingMedianSeconds(), s.handlingP90Seconds(), s.firstResponseMedianSeconds(),
					s.slaCounted(), s.slaMet(), s.slaMetShare(), q.surveysIssued(), q.surveysAnswered(),
					q.responseRate(), q.csatResponses(), q.csatAverage(), q.reopens(), q.reopenRate(),
					c.assistsGiven(), c.assistsReceived(), c.transfersGiven(), c.transfersReceived(), f.currentWip(),
					o.quotesSent(), o.wonQuoteValue().amount(), o.wonQuoteMargin().amount(), s.firstResponseSlaCounted(),
					s.firstResponseSlaMet(), s.firstResponseSlaMetShare());
		}
	}

	static void weeks(CSVPrinter csv, List<Dashboard.Week> weeks) throws IOException {
		CsvCells.row(csv, "week", "orders_closed", "quotes_closed", "queries_closed", "revenue", "sla_met_share",
				"csat_responses", "csat_average");
		for (Dashboard.Week w : weeks) {
			CsvCells.row(csv, w.week(), w.orders(), w.quotes(), w.queries(), w.revenue().amount(), w.slaMetShare(),
					w.csatResponses(), w.csatAverage());
		}
	}

	static void outcomes(CSVPrinter csv, List<Figures.OutcomeCount> outcomes) throws IOException {
		CsvCells.row(csv, "kind", "outcome", "count");
		for (Figures.OutcomeCount o : outcomes) {
			CsvCells.row(csv, o.kind(), o.outcome(), o.count());
		}
	}

	static void ratings(CSVPrinter csv, List<Long> ratings) throws IOException {
		CsvCells.row(csv, "rating", "answers");
		for (int i = 0; i < ratings.size(); i++) {
			CsvCells.row(csv, i + 1, ratings.get(i));
		}
	}
}
