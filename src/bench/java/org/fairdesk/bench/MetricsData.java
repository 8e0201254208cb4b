package org.fairdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the metrics data generator ({@code src/bench/resources/metrics-data.sql}) on its own connection (it makes
 * temporary tables and sets {@code work_mem} for its session only), then {@code VACUUM ANALYZE}, and prints how long
 * each statement took. The file's statements end with {@code ;} at the end of a line; lines starting with
 * {@code --} are comments.
 */
final class MetricsData {

	/** What the history holds when generated, per table. */
	static final List<String> TABLES = List.of("requests", "routing_assignments", "request_reopens", "survey",
			"survey_response", "request_assists", "qa_review");

	private MetricsData() {
	}

	/** @return the seconds it took, generation and vacuum together */
	static double generate(String url, String user, String password, Path script, long seed, long requests,
			int months, Instant now) throws IOException, SQLException {
		List<String> statements = statements(Files.readString(script));
		long begin = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(true);
			setting(connection, "bench.seed", Long.toString(seed));
			setting(connection, "bench.requests", Long.toString(requests));
			setting(connection, "bench.months", Integer.toString(months));
			setting(connection, "bench.now", now.toString());
			System.out.printf(Locale.ROOT, "generating %d requests over %d months up to %s, seed %d (%s) ...%n",
					requests, months, now, seed, script);
			for (String sql : statements) {
				long start = System.nanoTime();
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
					long rows = statement.getUpdateCount();
					String first = sql.lines().findFirst().orElse("").strip();
					System.out.printf(Locale.ROOT, "  %7.1f s  %s%s%n", (System.nanoTime() - start) / 1e9,
							first.length() > 90 ? first.substring(0, 90) + " …" : first,
							rows >= 0 ? " (" + rows + " rows)" : "");
				}
			}
			long vacuum = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze");
			}
			System.out.printf(Locale.ROOT, "  %7.1f s  vacuum analyze%n", (System.nanoTime() - vacuum) / 1e9);
			double seconds = (System.nanoTime() - begin) / 1e9;
			StringBuilder counts = new StringBuilder();
			for (String table : TABLES) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select count(*), pg_size_pretty(pg_total_relation_size('"
								+ table + "')) from " + table)) {
					rs.next();
					counts.append(String.format(Locale.ROOT, "%s%s %d (%s)", counts.isEmpty() ? "" : ", ", table,
							rs.getLong(1), rs.getString(2)));
				}
			}
			System.out.printf(Locale.ROOT, "generated in %.1f s (vacuum analyze included): %s%n", seconds, counts);
			return seconds;
		}
	}

	/** Runs a script's statements, then VACUUM ANALYZE; returns the seconds it took. */
	static double execute(String url, String user, String password, Path script) throws IOException, SQLException {
		long begin = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements(Files.readString(script))) {
				statement.execute(sql);
			}
			statement.execute("vacuum analyze");
		}
		return (System.nanoTime() - begin) / 1e9;
	}

	/** Drops the indexes a script's {@code create index <name>} statements made. */
	static void dropIndexes(String url, String user, String password, Path script) throws IOException, SQLException {
		Pattern create = Pattern.compile("(?i)^create\\s+(?:unique\\s+)?index\\s+(\\w+)");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements(Files.readString(script))) {
				Matcher name = create.matcher(sql);
				if (name.find()) {
					statement.execute("drop index " + name.group(1));
				}
			}
		}
	}

	private static void setting(Connection connection, String name, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
			statement.setString(1, name);
			statement.setString(2, value);
			statement.execute();
		}
	}

	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.lines().toList()) {
			if (line.strip().startsWith("--") || (line.isBlank() && current.isEmpty())) {
				continue;
			}
			current.append(line).append('\n');
			if (line.stripTrailing().endsWith(";")) {
				String sql = current.toString().strip();
				statements.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			throw new IllegalArgumentException("the script ends without ';': " + current);
		}
		return statements;
	}
}
