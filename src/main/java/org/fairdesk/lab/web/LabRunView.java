package org.fairdesk.lab.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fairdesk.lab.Indicator;
import org.fairdesk.lab.simulation.Estimate;
import org.fairdesk.lab.simulation.GoalVerdicts;
import org.fairdesk.lab.simulation.LabRuns;
import org.fairdesk.lab.simulation.SimulationResult;
import org.jspecify.annotations.Nullable;

/**
 * A finished run as the comparison page shows it: one column per plan × policy; the team's figures, effort and
 * behaviours as rows; each behaviour goal's verdict with its figure and by how much it is met or missed; the
 * charts' data. Formatting only: every number comes from the run's result and verdicts.
 */
record LabRunView(String currency, List<String> columns, List<Row> figures, List<Row> behaviours,
		List<GoalRow> goals, Map<String, Object> charts) {

	/** A row of texts, one per column; {@code key} names the figure (docs/lab.md). */
	record Row(String key, List<String> cells) {
	}

	/** A goal across the columns: its behaviour, indicator, aim ("at most 0.55") and each column's verdict. */
	record GoalRow(String behaviour, Indicator indicator, Indicator.Direction direction, String threshold,
			List<GoalCell> cells) {
	}

	/**
	 * One goal on one plan × policy: the verdict, the figure with its interval, and the margin (positive on the
	 * goal's side of the threshold, negative on the other) of the figure's mean.
	 */
	record GoalCell(GoalVerdicts.Verdict verdict, String figure, String margin) {
	}

	/** How a figure reads: money in the run's currency, hours, a share in per cent, or a plain number. */
	enum Unit {
		MONEY, HOURS, SHARE, NUMBER
	}

	private static final Map<String, Unit> UNITS = units();

	private static Map<String, Unit> units() {
		Map<String, Unit> units = new LinkedHashMap<>();
		units.put("revenue", Unit.MONEY);
		units.put("margin", Unit.MONEY);
		units.put("payoutCost", Unit.MONEY);
		units.put("paySpread", Unit.MONEY);
		units.put("csat", Unit.NUMBER);
		units.put("waitHours", Unit.HOURS);
		units.put("waitSmallHours", Unit.HOURS);
		units.put("waitLargeHours", Unit.HOURS);
		units.put("handlingHours", Unit.HOURS);
		units.put("payGini", Unit.NUMBER);
		units.put("payVariability", Unit.NUMBER);
		units.put("reopenRate", Unit.SHARE);
		units.put("slaMetShare", Unit.SHARE);
		units.put("quoteConversion", Unit.SHARE);
		units.put("assists", Unit.NUMBER);
		units.put("cherryPickIndex", Unit.NUMBER);
		return units;
	}

	static LabRunView of(LabRuns.Run run) {
		SimulationResult result = run.result();
		if (result == null) {
			throw new IllegalArgumentException("run " + run.id() + " has no result yet");
		}
		String currency = run.currency();
		List<SimulationResult.Cell> cells = result.cells();
		List<String> columns = cells.stream().map(c -> c.plan() + " · " + c.policy()).toList();
		return new LabRunView(currency, columns, figureRows(cells, currency), behaviourRows(cells),
				goalRows(run.verdicts()), charts(columns, cells));
	}

	private static List<Row> figureRows(List<SimulationResult.Cell> cells, String currency) {
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, Unit> figure : UNITS.entrySet()) {
			if (cells.stream().allMatch(c -> c.figures().containsKey(figure.getKey()))) {
				rows.add(new Row(figure.getKey(), cells.stream()
					.map(c -> estimate(c.figure(figure.getKey()), figure.getValue(), currency))
					.toList()));
			}
		}
		rows.add(new Row("effort", cells.stream().map(c -> number(c.meanEffort())).toList()));
		rows.add(new Row("settled", cells.stream()
			.map(c -> (c.settled() ? "yes, round " : "no, after round ") + c.rounds())
			.toList()));
		return rows;
	}

	private static List<Row> behaviourRows(List<SimulationResult.Cell> cells) {
		List<String> behaviours = cells.stream().flatMap(c -> c.prevalence().keySet().stream()).distinct().toList();
		return behaviours.stream()
			.map(b -> new Row(b, cells.stream().map(c -> share(c.prevalence().getOrDefault(b, 0.0))).toList()))
			.toList();
	}

	private static List<GoalRow> goalRows(List<GoalVerdicts.CellVerdicts> verdicts) {
		List<GoalRow> rows = new ArrayList<>();
		if (verdicts.isEmpty()) {
			return rows;
		}
		for (int g = 0; g < verdicts.get(0).goals().size(); g++) {
			GoalVerdicts.GoalVerdict first = verdicts.get(0).goals().get(g);
			List<GoalCell> cells = new ArrayList<>();
			for (GoalVerdicts.CellVerdicts cell : verdicts) {
				cells.add(goalCell(cell.goals().get(g)));
			}
			rows.add(new GoalRow(first.behaviour(), first.indicator(), first.direction(),
					first.threshold().stripTrailingZeros().toPlainString(), cells));
		}
		return rows;
	}

	private static GoalCell goalCell(GoalVerdicts.GoalVerdict goal) {
		@Nullable Estimate figure = goal.figure();
		if (figure == null) {
			return new GoalCell(goal.verdict(), "—", "");
		}
		double threshold = goal.threshold().doubleValue();
		double margin = goal.direction() == Indicator.Direction.AT_MOST ? threshold - figure.mean()
				: figure.mean() - threshold;
		return new GoalCell(goal.verdict(), estimate(figure, Unit.NUMBER, ""), signed(margin));
	}

	private static Map<String, Object> charts(List<String> columns, List<SimulationResult.Cell> cells) {
		Map<String, Object> charts = new LinkedHashMap<>();
		charts.put("columns", columns);
		for (String key : List.of("payoutCost", "revenue", "csat", "cherryPickIndex", "waitSmallHours",
				"waitLargeHours")) {
			if (cells.stream().allMatch(c -> c.figures().containsKey(key))) {
				charts.put(key, cells.stream().map(c -> c.figure(key).mean()).toList());
			}
		}
		charts.put("effort", cells.stream().map(SimulationResult.Cell::meanEffort).toList());
		return charts;
	}

	static String estimate(Estimate e, Unit unit, String currency) {
		String mean = format(e.mean(), unit, currency);
		if (e.replications() < 2) {
			return mean;
		}
		return mean + " (" + format(e.low(), unit, "") + " – " + format(e.high(), unit, "") + ")";
	}

	private static String format(double value, Unit unit, String currency) {
		switch (unit) {
			case MONEY:
				return String.format(Locale.ROOT, "%,.0f", value) + (currency.isEmpty() ? "" : " " + currency);
			case HOURS:
				return String.format(Locale.ROOT, "%.1f h", value);
			case SHARE:
				return share(value);
			default:
				return number(value);
		}
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String share(double value) {
		return String.format(Locale.ROOT, "%.1f %%", value * 100);
	}

	private static String signed(double value) {
		return String.format(Locale.ROOT, "%+.2f", value);
	}
}
