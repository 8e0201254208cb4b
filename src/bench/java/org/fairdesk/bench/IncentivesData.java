package org.fairdesk.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;

/**
 * The incentives bench's data: one team and its reps through the people facade, then one month of requests in SQL
 * ({@code src/bench/resources/incentives-data.sql}) through the schema Flyway made, then {@code VACUUM ANALYZE}.
 * <p>
 * Reps are numbered in the order they are created (the SQL numbers them by id, the same order). Most were on the team
 * for years; four in every 25 are the cases a month's facts must get right, by their number modulo 25: 7 starts in
 * the month, 12 leaves in it (its {@code leaving_date}), 17 left the month before (still a member, but no day on the
 * team in the month, so not in the facts), 22 started the month before. The SQL gives a request whose rep was not on
 * the team to the next rep by number, who always is (8, 13, 18 and 23 are ordinary reps). Hours per week vary: 40,
 * 37.5, 32, 30 and 20.
 */
final class IncentivesData {

	static final String TEAM_NAME = "Incentives bench";

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** The tables the facts read, counted after seeding. */
	static final List<String> TABLES = List.of("requests", "routing_assignments", "request_reopens", "survey",
			"survey_response", "request_assists");

	private IncentivesData() {
	}

	/** The sizes and seed of the data to seed. */
	record Shape(int teamSize, long requests, long neighbours, long open, long seed, YearMonth month, Path script) {

		/**
		 * What the kept database records: the parameters, and digests of the data script and of the migrations, so a
		 * change to either seeds again instead of measuring stale data.
		 */
		String describe() throws IOException {
			return String.format(Locale.ROOT,
					"team-size=%d requests=%d neighbours=%d open=%d seed=%d month=%s zone=%s data=%s schema=%s", teamSize,
					requests, neighbours, open, seed, month, ZONE, statementsDigest(script), digest(migrations()));
		}
	}

	/** The team, its reps, the month's requests; returns the seconds it took. */
	static double seed(PeopleManagement people, String url, String user, String password, Shape shape)
			throws IOException, SQLException {
		long begin = System.nanoTime();
		Team team = people.createTeam(TEAM_NAME, Currency.getInstance("EUR"), ZONE);
		for (int r = 0; r < shape.teamSize(); r++) {
			people.addRep(rep(team, r, shape.month()));
		}
		System.out.printf(Locale.ROOT, "  %7.1f s  team %s with %d reps through the people facade%n",
				(System.nanoTime() - begin) / 1e9, TEAM_NAME, shape.teamSize());
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(true);
			setting(connection, "bench.seed", Long.toString(shape.seed()));
			setting(connection, "bench.requests", Long.toString(shape.requests()));
			setting(connection, "bench.neighbours", Long.toString(shape.neighbours()));
			setting(connection, "bench.open", Long.toString(shape.open()));
			setting(connection, "bench.prev", start(shape.month().minusMonths(1)));
			setting(connection, "bench.start", start(shape.month()));
			setting(connection, "bench.end", start(shape.month().plusMonths(1)));
			setting(connection, "bench.next_end", start(shape.month().plusMonths(2)));
			for (String sql : MetricsData.statements(Files.readString(shape.script()))) {
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
		}
		return (System.nanoTime() - begin) / 1e9;
	}

	/** Rep number r of the team (see the class comment for who starts and leaves when). */
	private static NewRep rep(Team team, int r, YearMonth month) {
		int day = 5 + (r * 7) % 21; // 5..25: mid-month, never the first or last day
		LocalDate start = month.atDay(1).minusDays(90 + (r * 37L) % 3000); // before anything the SQL generates
		LocalDate leaving = null;
		switch (r % 25) {
			case 7 -> start = month.atDay(day);
			case 12 -> leaving = month.atDay(day);
			case 17 -> leaving = month.minusMonths(1).atDay(day);
			case 22 -> start = month.minusMonths(1).atDay(day);
			default -> {
			}
		}
		int h = (r * 13) % 20;
		String hours = h < 12 ? "40" : h < 14 ? "37.5" : h < 16 ? "32" : h < 18 ? "30" : "20";
		return new NewRep(team.id(), String.format(Locale.ROOT, "inc%03d", r), String.format(Locale.ROOT, "Rep %03d", r),
				new BigDecimal(hours), start, leaving);
	}

	/** Rows per table, and the requests closed in the month, for the summary. */
	static String counts(String url, String user, String password, Team team, YearMonth month) throws SQLException {
		List<String> parts = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			try (PreparedStatement query = connection.prepareStatement(
					"select count(*) from requests where team_id = ? and closed_at >= ?::timestamptz"
							+ " and closed_at < ?::timestamptz")) {
				query.setLong(1, team.id().value());
				query.setString(2, start(month));
				query.setString(3, start(month.plusMonths(1)));
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					parts.add(String.format(Locale.ROOT, "closed in %s: %d", month, rs.getLong(1)));
				}
			}
			for (String table : TABLES) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
					rs.next();
					parts.add(String.format(Locale.ROOT, "%s %d", table, rs.getLong(1)));
				}
			}
		}
		return String.join(", ", parts);
	}

	static String serverVersion(String url, String user, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static String start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime().toString();
	}

	private static void setting(Connection connection, String name, String value) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
			statement.setString(1, name);
			statement.setString(2, value);
			statement.execute();
		}
	}

	/** The migrations PostgreSQL gets (application.yml's Flyway locations), in name order. */
	private static List<Path> migrations() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path dir : List.of(Path.of("src/main/resources/db/migration"),
				Path.of("src/main/resources/db/vendor/postgresql"))) {
			try (Stream<Path> list = Files.list(dir)) {
				list.filter(p -> p.toString().endsWith(".sql")).forEach(files::add);
			}
		}
		files.sort(Comparator.comparing(p -> p.getFileName().toString()));
		return files;
	}

	/** The data script's statements, not its comments: a comment edited does not seed again. */
	private static String statementsDigest(Path script) throws IOException {
		return hex(String.join(";\n", MetricsData.statements(Files.readString(script)))
			.getBytes(StandardCharsets.UTF_8));
	}

	private static String hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String digest(List<Path> files) throws IOException {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Path file : files) {
				sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
