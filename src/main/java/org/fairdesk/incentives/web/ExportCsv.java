package org.fairdesk.incentives.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fairdesk.incentives.PayrollLine;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;
import org.fairdesk.shared.CsvCells;

/**
 * Pay as CSV (docs/pay.md, Exports): one statement, a team's month, and a paid month's payroll file. Every row goes
 * through {@link CsvCells#row}, so a rep's name, a plan's name or a line's label that a spreadsheet would take for a
 * formula is written as text; amounts are plain numbers (a negative one stays {@code -5.00}) and their currency has a
 * column of its own.
 */
final class ExportCsv {

	private ExportCsv() {
	}

	/**
	 * One statement: first what it is (one {@code name,value} row each: team, rep, period, plan, version, status,
	 * payout), then a header row and its lines in order.
	 */
	static String statement(Statement statement, String teamName) {
		return write(csv -> {
			CsvCells.row(csv, "team", teamName);
			CsvCells.row(csv, "rep", statement.repName());
			CsvCells.row(csv, "period", statement.period());
			CsvCells.row(csv, "plan", statement.planName());
			CsvCells.row(csv, "version", statement.planVersion());
			CsvCells.row(csv, "status", status(statement));
			CsvCells.row(csv, "payout", statement.payout().amount(), statement.payout().currency().getCurrencyCode());
			CsvCells.row(csv, "code", "label", "calculation", "amount", "currency", "request_ids");
			for (StatementLine line : statement.lines()) {
				CsvCells.row(csv, line.code().name(), line.label(), line.calculation(),
						line.amount() == null ? null : line.amount().amount(),
						line.amount() == null ? null : line.amount().currency().getCurrencyCode(),
						line.requestIds().stream().map(UUID::toString).collect(Collectors.joining(" ")));
			}
		});
	}

	/** A team's month: a header row, then one row per rep (ordered as the statements are). */
	static String team(List<Statement> statements) {
		return write(csv -> {
			CsvCells.row(csv, "rep_id", "name", "payout", "currency", "provisional");
			for (Statement s : statements) {
				CsvCells.row(csv, s.repId().value(), s.repName(), s.payout().amount(),
						s.payout().currency().getCurrencyCode(), Boolean.toString(s.provisional()));
			}
		});
	}

	/** A paid month's payroll file: a header row, then one row per rep, the employee id empty when none is recorded. */
	static String payroll(List<PayrollLine> lines) {
		return write(csv -> {
			CsvCells.row(csv, "employee_id", "name", "amount", "currency", "period");
			for (PayrollLine line : lines) {
				CsvCells.row(csv, line.employeeId(), line.name(), line.amount().amount(),
						line.amount().currency().getCurrencyCode(), line.period());
			}
		});
	}

	/** What the status row says: closed (stored, never changes) or provisional (computed now, may change). */
	static String status(Statement statement) {
		return statement.provisional() ? "provisional" : "closed";
	}

	private interface Rows {
		void write(CSVPrinter csv) throws IOException;
	}

	private static String write(Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			rows.write(csv);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}
}
