package org.fairdesk.lab.simulation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fairdesk.shared.CsvCells;
import org.jspecify.annotations.Nullable;

/**
 * A finished run as CSV, one measure per row so that a spreadsheet can pivot it: for each plan × policy its figures
 * (mean and 95 % interval), the mean effort, the share of reps using each behaviour, and each behaviour goal's
 * verdict with its threshold. docs/lab.md ("Exports") lists the measures.
 */
public final class LabRunCsv {

	static final String[] HEADER = { "plan", "policy", "measure", "mean", "low", "high", "threshold", "verdict",
			"settled", "rounds" };

	private LabRunCsv() {
	}

	public static String write(SimulationResult result, Iterable<GoalVerdicts.CellVerdicts> verdicts) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			CsvCells.row(csv, (Object[]) HEADER);
			for (SimulationResult.Cell cell : result.cells()) {
				figures(csv, cell);
			}
			for (GoalVerdicts.CellVerdicts cell : verdicts) {
				goals(csv, cell, result.cell(cell.plan(), cell.policy()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static void figures(CSVPrinter csv, SimulationResult.Cell cell) throws IOException {
		for (Map.Entry<String, Estimate> figure : cell.figures().entrySet()) {
			row(csv, cell, figure.getKey(), figure.getValue());
		}
		CsvCells.row(csv, cell.plan(), cell.policy(), "effort", cell.meanEffort(), null, null, null, null,
				cell.settled(), cell.rounds());
		for (Map.Entry<String, Double> behaviour : cell.prevalence().entrySet()) {
			CsvCells.row(csv, cell.plan(), cell.policy(), "prevalence." + behaviour.getKey(), behaviour.getValue(),
					null, null, null, null, cell.settled(), cell.rounds());
		}
	}

	private static void row(CSVPrinter csv, SimulationResult.Cell cell, String measure, Estimate e)
			throws IOException {
		CsvCells.row(csv, cell.plan(), cell.policy(), measure, e.mean(), e.low(), e.high(), null, null,
				cell.settled(), cell.rounds());
	}

	private static void goals(CSVPrinter csv, GoalVerdicts.CellVerdicts verdicts, SimulationResult.Cell cell)
			throws IOException {
		for (GoalVerdicts.GoalVerdict goal : verdicts.goals()) {
			@Nullable Estimate figure = goal.figure();
			CsvCells.row(csv, verdicts.plan(), verdicts.policy(), "goal." + goal.behaviour(),
					figure == null ? null : figure.mean(), figure == null ? null : figure.low(),
					figure == null ? null : figure.high(), goal.threshold(), goal.verdict(), cell.settled(),
					cell.rounds());
		}
	}
}
