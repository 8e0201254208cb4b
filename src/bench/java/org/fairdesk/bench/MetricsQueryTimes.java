package org.fairdesk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's queries one by one, in the application itself: {@code MetricsManagement.dashboard} (whose queries
 * include all of {@code GET /api/metrics/teams/{id}}'s) is called for random teams and months, one call at a time,
 * while {@link MetricsStatements} records every statement it runs with its parameters and time. Prints p50 / p95 /
 * max per query, replays one recorded execution of each under {@code EXPLAIN (ANALYZE, BUFFERS)} (plans appended to
 * a file) and replays two query rewrites against the originals.
 */
final class MetricsQueryTimes {

	/** Which query a statement is, by what its text contains (checked in order); anything else is named by its text. */
	private static final Map<String, Pattern> NAMES = names();

	private MetricsQueryTimes() {
	}

	private static Map<String, Pattern> names() {
		Map<String, Pattern> names = new LinkedHashMap<>();
		names.put("trend: closed per week", Pattern.compile("bucket.*from requests", Pattern.DOTALL));
		names.put("trend: answers per week", Pattern.compile("bucket.*from survey_response", Pattern.DOTALL));
		names.put("closed, per rep", Pattern.compile("won_quote_value.*group by closed_by", Pattern.DOTALL));
		names.put("closed rows: durations, outcomes, lists", Pattern.compile("handling_seconds, extract"));
		names.put("ratings", Pattern.compile("select a\\.rating, count"));
		names.put("surveys and CSAT", Pattern.compile("issued, 0 answered"));
		names.put("reopens", Pattern.compile("from request_reopens"));
		names.put("assists", Pattern.compile("from request_assists"));
		names.put("transfers", Pattern.compile("from routing_assignments"));
		names.put("current WIP", Pattern.compile("closed_at is null and assignee_id is not null"));
		return names;
	}

	static String name(String sql) {
		for (Map.Entry<String, Pattern> e : NAMES.entrySet()) {
			if (e.getValue().matcher(sql).find()) {
				return e.getKey();
			}
		}
		Matcher from = Pattern.compile("(?i)\\bfrom\\s+(\\w+)").matcher(sql);
		return "other: " + (from.find() ? "from " + from.group(1) : sql.strip().split("\\s+")[0]);
	}

	/** What one pass of timed dashboard calls recorded. */
	record Timing(Map<String, Latencies> byQuery, Latencies call, Latencies statements, int statementsPerCall,
			List<List<MetricsStatements.Executed>> executions) {

		double p95(String query) {
			Latencies l = byQuery.get(query);
			return l == null ? Double.NaN : l.percentileMillis(95);
		}
	}

	/**
	 * Calls the dashboard for random teams and months (the same sequence for the same seed), one call at a time.
	 *
	 * @param calls dashboard calls after {@code warmup} unmeasured ones
	 */
	static Timing time(MetricsManagement metrics, List<Long> teams, List<String> periods, int warmup, int calls,
			long seed) {
		Random random = new Random(seed);
		Map<String, Latencies> byQuery = new LinkedHashMap<>();
		Latencies dashboard = new Latencies();
		Latencies inQueries = new Latencies();
		List<List<MetricsStatements.Executed>> all = new ArrayList<>();
		int statementsPerCall = 0;
		for (int i = 0; i < warmup + calls; i++) {
			long team = teams.get(random.nextInt(teams.size()));
			String period = periods.get(random.nextInt(periods.size()));
			long start = System.nanoTime();
			List<MetricsStatements.Executed> executed = MetricsStatements
				.record(() -> metrics.dashboard(new TeamId(team), period));
			long took = System.nanoTime() - start;
			if (i < warmup) {
				continue;
			}
			all.add(executed);
			dashboard.record(took);
			statementsPerCall = executed.size();
			long sum = 0;
			for (MetricsStatements.Executed e : executed) {
				byQuery.computeIfAbsent(name(e.sql()), n -> new Latencies()).record(e.nanos());
				sum += e.nanos();
			}
			inQueries.record(sum);
		}
		Map<String, Latencies> merged = new LinkedHashMap<>();
		byQuery.forEach((name, latencies) -> merged.put(name, Latencies.merge(List.of(latencies))));
		return new Timing(merged, Latencies.merge(List.of(dashboard)), Latencies.merge(List.of(inQueries)),
				statementsPerCall, all);
	}

	/** The per-query table; with {@code after}, its figures side by side ({@code label}: what changed). */
	static void print(Timing before, @Nullable Timing after, String label) {
		System.out.printf(Locale.ROOT, "%nMetricsManagement.dashboard in-process, one call at a time, %d calls after"
				+ " 10 warm-up calls, random team and month (%d statements per call)%s:%n", before.call().size(),
				before.statementsPerCall(), after == null ? "" : "; as the schema is, then " + label);
		System.out.printf(Locale.ROOT, "  %-26s %5s %8s %8s %8s%s%n", "query", "runs", "p50 ms", "p95 ms", "max ms",
				after == null ? "" : "   |  " + label + ": p50, p95, max ms");
		before.byQuery().forEach((name, l) -> row(name, l, after == null ? null : after.byQuery().get(name)));
		row("all statements of a call", before.statements(), after == null ? null : after.statements());
		row("dashboard() call", before.call(), after == null ? null : after.call());
	}

	private static void row(String name, Latencies l, @Nullable Latencies after) {
		System.out.printf(Locale.ROOT, "  %-26s %5d %8.2f %8.2f %8.2f%s%n", name, l.size(), l.percentileMillis(50),
				l.percentileMillis(95), l.maxMillis(), after == null ? "" : String.format(Locale.ROOT,
						"   |  %8.2f %8.2f %8.2f", after.percentileMillis(50), after.percentileMillis(95),
						after.maxMillis()));
	}

	/** The RESULT lines bench/metrics.sh reads, with a prefix. */
	static void results(String prefix, Timing t) {
		String worst = t.byQuery().keySet().stream().max((a, b) -> Double.compare(t.p95(a), t.p95(b))).orElse("-");
		result(prefix + "worst_query_p95_ms", t.p95(worst));
		System.out.println("RESULT " + prefix + "worst_query " + worst.replace(' ', '_'));
		result(prefix + "dashboard_p50_ms", t.call().percentileMillis(50));
		result(prefix + "dashboard_p95_ms", t.call().percentileMillis(95));
		result(prefix + "statements_p95_ms", t.statements().percentileMillis(95));
	}

	/**
	 * Two rewrites of MetricsQueries' SQL, replayed on their own connection against the recorded executions (same
	 * parameters), alternating with the original: surveys counting answers with EXISTS (one primary-key probe per
	 * survey) instead of a left join the planner answers by reading all of survey_response; and the closed figures per
	 * rep and for the team in one statement (GROUPING SETS) instead of two that read the same rows.
	 */
	static void rewrites(Timing t, String url, String user, String password, String label) throws SQLException {
		Pattern surveys = Pattern.compile("sum\\(case when r\\.request_id is null then 0 else 1 end\\) answered\\s+"
				+ "from survey s left join survey_response r on r\\.request_id = s\\.request_id");
		Pattern perRep = Pattern.compile("group by closed_by\\s*$");
		Latencies surveysAsIs = new Latencies();
		Latencies surveysExists = new Latencies();
		Latencies closedTwo = new Latencies();
		Latencies closedOne = new Latencies();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			for (List<MetricsStatements.Executed> call : t.executions()) {
				MetricsStatements.Executed rep = null;
				MetricsStatements.Executed team = null;
				for (MetricsStatements.Executed e : call) {
					String name = name(e.sql());
					if (name.equals("surveys") && surveys.matcher(e.sql()).find()) {
						String exists = surveys.matcher(e.sql()).replaceFirst("sum(case when exists (select 1 from"
								+ " survey_response r where r.request_id = s.request_id) then 1 else 0 end) answered"
								+ "\nfrom survey s");
						surveysAsIs.record(run(connection, e.sql(), e.parameterList()));
						surveysExists.record(run(connection, exists, e.parameterList()));
					}
					rep = name.equals("closed, per rep") ? e : rep;
					team = name.equals("closed, team") ? e : team;
				}
				if (rep != null && team != null && perRep.matcher(rep.sql()).find()) {
					String both = perRep.matcher(rep.sql()).replaceFirst("group by grouping sets ((closed_by), ())");
					closedTwo.record(run(connection, rep.sql(), rep.parameterList())
							+ run(connection, team.sql(), team.parameterList()));
					closedOne.record(run(connection, both, rep.parameterList()));
				}
			}
		}
		System.out.printf(Locale.ROOT, "%nrewrites replayed (%s), same parameters, alternating, p50 / p95 ms:%n", label);
		compare("surveys: left join -> EXISTS", surveysAsIs, surveysExists);
		compare("closed: 2 statements -> GROUPING SETS", closedTwo, closedOne);
	}

	private static void compare(String what, Latencies asIs, Latencies rewritten) {
		Latencies a = Latencies.merge(List.of(asIs));
		Latencies b = Latencies.merge(List.of(rewritten));
		if (a.size() == 0) {
			System.out.printf(Locale.ROOT, "  %-40s not replayed: the query no longer has the expected text%n", what);
			return;
		}
		System.out.printf(Locale.ROOT, "  %-40s %7.2f / %7.2f  ->  %7.2f / %7.2f  (%d replays)%n", what,
				a.percentileMillis(50), a.percentileMillis(95), b.percentileMillis(50), b.percentileMillis(95),
				a.size());
	}

	private static long run(Connection connection, String sql, List<Object> parameters) throws SQLException {
		long start = System.nanoTime();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int i = 1;
			for (Object parameter : parameters) {
				statement.setObject(i++, parameter == MetricsStatements.NULL ? null : parameter);
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rs.getObject(1);
				}
			}
		}
		return System.nanoTime() - start;
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of the last execution of each query, appended to {@code plans}. */
	static void explain(Timing t, String url, String user, String password, Path plans, String label)
			throws IOException, SQLException {
		Map<String, MetricsStatements.Executed> sample = new LinkedHashMap<>();
		t.executions().forEach(call -> call.forEach(e -> sample.put(name(e.sql()), e)));
		explain(sample, url, user, password, plans, label);
	}

	private static void explain(Map<String, MetricsStatements.Executed> sample, String url, String user,
			String password, Path plans, String label) throws IOException, SQLException {
		Files.createDirectories(plans.toAbsolutePath().getParent());
		System.out.printf(Locale.ROOT, "%nEXPLAIN (ANALYZE, BUFFERS) of one execution each, %s (plans in %s):%n", label,
				plans);
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PrintWriter out = new PrintWriter(Files.newBufferedWriter(plans, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND))) {
			out.printf("######## %s%n%n", label);
			for (Map.Entry<String, MetricsStatements.Executed> e : sample.entrySet()) {
				List<String> plan = new ArrayList<>();
				try (PreparedStatement statement = connection
					.prepareStatement("explain (analyze, buffers) " + e.getValue().sql())) {
					int i = 1;
					for (Object parameter : e.getValue().parameterList()) {
						statement.setObject(i++, parameter == MetricsStatements.NULL ? null : parameter);
					}
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							plan.add(rs.getString(1));
						}
					}
				}
				out.printf("== %s (%s)%n-- %s%n-- parameters: %s%n", e.getKey(), label, e.getValue().sql().replace("\n", "\n-- "),
						e.getValue().parameterList());
				plan.forEach(out::println);
				out.println();
				String time = plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?");
				String top = plan.stream().filter(l -> l.contains("Scan")).map(String::strip)
					.map(l -> l.replaceAll("\\s*\\(cost=.*", "").replaceFirst("^->\\s*", ""))
					.reduce((a, b) -> a + "; " + b).orElse("");
				System.out.printf(Locale.ROOT, "  %-28s %s  [%s]%n", e.getKey(), time, top);
			}
		}
	}

	private static void result(String key, double value) {
		System.out.printf(Locale.ROOT, "RESULT %s %.2f%n", key, value);
	}
}
