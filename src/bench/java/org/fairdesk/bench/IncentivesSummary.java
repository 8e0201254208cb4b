package org.fairdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

import org.fairdesk.bench.IncentivesBench.Measurement;
import org.fairdesk.bench.IncentivesBench.Plan;

/**
 * The incentives bench's one summary block. A target is judged on the p95 (the stricter of the two figures shown):
 * the full evaluation against 1 s, the calculator against 5 ms. The baseline's ratio is of medians, the robust part
 * when hosts differ between sessions (BENCHMARKS.md, "Comparing figures").
 */
final class IncentivesSummary {

	private IncentivesSummary() {
	}

	static void print(Map<String, String> options, IncentivesData.Shape shape, String seeding, String rows,
			String postgres, int members, Measurement m) {
		double baseline = m.baseline().percentileMillis(50);
		System.out.println();
		System.out.printf(Locale.ROOT, "== incentives speed, %s ==%n", Instant.now().truncatedTo(ChronoUnit.MINUTES));
		System.out.printf(Locale.ROOT, "machine:    %d cores, %s, JVM %s, PostgreSQL %s%n",
				Runtime.getRuntime().availableProcessors(), cpu(), Runtime.version(), postgres);
		System.out.printf(Locale.ROOT, "arguments:  %s%n", options);
		System.out.printf(Locale.ROOT, "data:       database %s, %s; month %s in %s, seed %d%n", options.get("database"),
				seeding, shape.month(), IncentivesData.ZONE, shape.seed());
		System.out.printf(Locale.ROOT, "rows:       %s%n", rows);
		System.out.printf(Locale.ROOT, "reps:       %d members of the team, %d of them on the team in %s (in the facts)%n",
				members, m.factsReps(), shape.month());
		System.out.printf(Locale.ROOT, "timing:     in-process, %d rounds after %s warm-up rounds, order rotated each round;"
				+ " calculator %s calls after %s warm-up, in batches of %s (p95 of the batch means)%n", m.runs(),
				options.get("warmup"), options.get("calc-calls"), options.get("calc-warmup"), options.get("calc-batch"));
		System.out.println();
		System.out.printf(Locale.ROOT, "%-66s %10s %10s   %s%n", "figure", "median ms", "p95 ms", "vs. baseline / target");
		row("baseline: MetricsManagement.team(team, month)", m.baseline(), "");
		row("facts:    IncentiveManagement.facts(team, month)", m.facts(),
				ratio(m.facts().percentileMillis(50), baseline));
		for (Map.Entry<Plan, Latencies> full : m.full().entrySet()) {
			Latencies l = full.getValue();
			row("full:     evaluate(yaml, team, month) " + full.getKey().path().getFileName(), l,
					ratio(l.percentileMillis(50), baseline) + "; " + target(l, IncentivesBench.FULL_TARGET_MS));
		}
		for (Map.Entry<Plan, Latencies> calc : m.calculator().entrySet()) {
			Latencies l = calc.getValue();
			row("calculator alone: " + calc.getKey().path().getFileName(), l,
					target(l, IncentivesBench.CALCULATOR_TARGET_MS));
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "where a facts call's time goes: each statement it runs, over %d recorded calls%n",
				IncentivesBench.BREAKDOWN_CALLS);
		m.factsStatements()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Latencies>comparingByValue(
					Comparator.comparingDouble(l -> -l.percentileMillis(50))))
			.forEach(e -> System.out.printf(Locale.ROOT, "  %-30s median %9.3f ms  p95 %9.3f ms  (%d samples)%n",
					e.getKey(), e.getValue().percentileMillis(50), e.getValue().percentileMillis(95),
					e.getValue().size()));
		System.out.println();
		for (Plan plan : m.full().keySet()) {
			System.out.printf(Locale.ROOT, "plan %s: pays %s%n  calculator timed as %s%n", plan.path(),
					m.sanity().get(plan), m.calculatorHow().get(plan));
		}
	}

	private static void row(String name, Latencies l, String versus) {
		System.out.printf(Locale.ROOT, "%-66s %10.3f %10.3f   %s%n", name, l.percentileMillis(50), l.percentileMillis(95),
				versus);
	}

	private static String ratio(double median, double baseline) {
		return String.format(Locale.ROOT, "%.2f x the baseline's median", median / baseline);
	}

	private static String target(Latencies l, double targetMs) {
		boolean met = l.percentileMillis(95) < targetMs;
		return String.format(Locale.ROOT, "target p95 < %.0f ms: %s", targetMs, met ? "met" : "MISSED");
	}

	static String cpu() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException | RuntimeException e) {
			return "unknown CPU";
		}
	}
}
