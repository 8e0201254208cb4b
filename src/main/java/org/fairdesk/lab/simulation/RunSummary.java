package org.fairdesk.lab.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A finished run as plain-text tables for a terminal: one row per plan × policy with the figures docs/lab.md's
 * walk-through reads, then each modelled behaviour goal's verdict with its margin (positive on the goal's side).
 */
final class RunSummary {

	private RunSummary() {
	}

	static String figures(SimulationResult result) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("plan", "routing", "settled (rounds)", "effort", "cherry-pick index",
				"small / large order wait (h)", "CSAT", "handling (h)", "pay a month", "Gini"));
		for (SimulationResult.Cell c : result.cells()) {
			rows.add(List.of(c.plan(), c.policy().name(), (c.settled() ? "yes" : "no") + " (" + c.rounds() + ")",
					f2(c.meanEffort()), f2(c.figure("cherryPickIndex").mean()),
					f2(c.figure("waitSmallHours").mean()) + " / " + f2(c.figure("waitLargeHours").mean()),
					f2(c.figure("csat").mean()), f2(c.figure("handlingHours").mean()),
					String.format(Locale.ROOT, "%,.0f", c.figure("payoutCost").mean()),
					f2(c.figure("payGini").mean())));
		}
		return table(rows);
	}

	/** Verdicts per plan × policy, one column per goal the model has a figure for. */
	static String verdicts(List<GoalVerdicts.CellVerdicts> cells) {
		if (cells.isEmpty()) {
			return "";
		}
		List<GoalVerdicts.GoalVerdict> modelled = cells.get(0).goals().stream()
			.filter(g -> g.verdict() != GoalVerdicts.Verdict.NOT_MODELLED)
			.toList();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("plan", "routing"));
		modelled.forEach(g -> header.add(g.behaviour() + " (" + g.indicator() + " "
				+ (g.direction().name().equals("AT_MOST") ? "<= " : ">= ")
				+ g.threshold().stripTrailingZeros().toPlainString() + ")"));
		rows.add(header);
		for (GoalVerdicts.CellVerdicts cell : cells) {
			List<String> row = new ArrayList<>(List.of(cell.plan(), cell.policy().name()));
			for (GoalVerdicts.GoalVerdict g : cell.goals()) {
				if (g.verdict() != GoalVerdicts.Verdict.NOT_MODELLED) {
					row.add(verdict(g));
				}
			}
			rows.add(row);
		}
		return table(rows);
	}

	private static String verdict(GoalVerdicts.GoalVerdict goal) {
		@Nullable Estimate figure = goal.figure();
		if (figure == null) {
			return goal.verdict().name();
		}
		double threshold = goal.threshold().doubleValue();
		double margin = goal.direction().name().equals("AT_MOST") ? threshold - figure.mean()
				: figure.mean() - threshold;
		return goal.verdict() + " " + f2(figure.mean()) + " (" + String.format(Locale.ROOT, "%+.2f", margin) + ")";
	}

	/** Columns padded to their widest cell, a rule under the header. */
	static String table(List<List<String>> rows) {
		int columns = rows.get(0).size();
		int[] widths = new int[columns];
		for (List<String> row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			line(out, rows.get(r), widths);
			if (r == 0) {
				List<String> rule = new ArrayList<>();
				for (int w : widths) {
					rule.add("-".repeat(w));
				}
				line(out, rule, widths);
			}
		}
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> cells, int[] widths) {
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			out.append(cell).append(" ".repeat(widths[i] - cell.length()));
			out.append(i + 1 < cells.size() ? "  " : "");
		}
		out.append(System.lineSeparator());
	}

	private static String f2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
