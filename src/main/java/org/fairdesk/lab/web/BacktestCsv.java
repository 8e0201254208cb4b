package org.fairdesk.lab.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fairdesk.lab.BacktestResult;
import org.fairdesk.shared.CsvCells;

/**
 * A backtest's per-rep-per-month table as CSV for a spreadsheet: one row per outcome (what was paid, then each plan),
 * month and rep, amounts as plain numbers; every cell written through {@link CsvCells}, so a rep's name cannot become
 * a formula.
 */
final class BacktestCsv {

	static final String[] HEADER = { "outcome", "month", "provisional", "rep_id", "rep", "payout", "against",
			"difference", "currency" };

	private BacktestCsv() {
	}

	static String write(BacktestResult result) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			CsvCells.row(csv, (Object[]) HEADER);
			rows(csv, result.paid(), result.currency());
			for (BacktestResult.Outcome plan : result.plans()) {
				rows(csv, plan, result.currency());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static void rows(CSVPrinter csv, BacktestResult.Outcome outcome, String currency) throws IOException {
		for (BacktestResult.MonthPay month : outcome.months()) {
			for (BacktestResult.RepPay rep : month.reps()) {
				CsvCells.row(csv, outcome.name(), month.period().toString(), month.provisional(), rep.repId().value(),
						rep.repName(), rep.payout().amount(), rep.against().amount(), rep.difference().amount(),
						currency);
			}
		}
	}
}
