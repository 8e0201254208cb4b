package org.fairdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.incentives.PayPeriod;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The close bench (issue 15: "close of one month with 1,000,000 requests across 500 reps on PostgreSQL: total time,
 * and in the same run the time of one plain SQL aggregate over the same rows (the floor); at most 2 × the floor";
 * {@code bench/close.sh} runs it).
 * <p>
 * Seeds a kept PostgreSQL database of its own ({@link KeptBenchDatabase}, {@code fairdesk_bench_close}) with the
 * incentives bench's data ({@link IncentivesData}, {@code src/bench/resources/incentives-data.sql}) at
 * {@code requests} closed in the month, starts the real application on it (no demo), and publishes the plan (the
 * team-first hybrid preset by default) effective from the month's first day, unless the team has a plan already: the
 * month is paid under it, and the month before has no plan in force, so it does not block the close.
 * <p>
 * Each round, after a reset outside the timing (the month's rows of {@code pay_statements}, {@code pay_adjustments},
 * {@code pay_period_requests}, {@code pay_events} and {@code pay_periods} deleted in a transaction of their own: a
 * month closes only once), times
 * one after the other, in an order rotated every round:
 * <ul>
 * <li>the floor: one plain SQL aggregate over the month's closed requests through the application's pool
 * ({@link #FLOOR}), every row read;</li>
 * <li>the close: {@code PayManagement.close(team, month, "bench")}, one transaction: the facts read, the closed
 * months before it looked at, the calculator, the period row with its facts document, the statements, the event;</li>
 * <li>the facts alone, {@code IncentiveManagement.facts(team, month)}: the part of the close that reads the month.</li>
 * </ul>
 * After the rounds, the month the last one closed is read back ({@link #reads}): one rep's statement and the team's.
 * Then a few closes recorded statement by statement ({@link MetricsStatements}): where a close's time goes.
 * <p>
 * Arguments, key=value: runs (10), warmup (5 rounds), breakdown (3 closes recorded), plan
 * (src/main/resources/plans/presets/team-first-hybrid.yaml), team-size (500), requests (1000000, closed in the month),
 * neighbours (5000), open (2000), seed (42), month (empty: two months before this one in the team's zone), database
 * (fairdesk_bench_close), data-sql (src/bench/resources/incentives-data.sql), pool, server (127.0.0.1:5432), user
 * (postgres), password (empty).
 */
public final class CloseBench {

	/** The target: a close takes at most this many times the floor (judged on the medians). */
	static final double TARGET_RATIO = 2.0;

	/** The floor: the month's closed requests summed per rep, the least any close must read. */
	static final String FLOOR = """
			select closed_by, count(*), sum(outcome_value), sum(outcome_margin) from requests
			where team_id = ? and closed_at >= ? and closed_at < ? group by closed_by""";

	static final String ACTOR = "bench";

	private CloseBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		YearMonth month = options.get("month").isBlank() ? YearMonth.now(IncentivesData.ZONE).minusMonths(2)
				: YearMonth.parse(options.get("month"));
		Path planFile = Path.of(options.get("plan"));
		if (!Files.isRegularFile(planFile)) {
			throw new IllegalArgumentException("no plan file " + planFile + "; give one with plan=path");
		}
		IncentivesData.Shape shape = new IncentivesData.Shape(integer(options, "team-size"),
				Long.parseLong(options.get("requests")), Long.parseLong(options.get("neighbours")),
				Long.parseLong(options.get("open")), Long.parseLong(options.get("seed")), month,
				Path.of(options.get("data-sql")));
		String user = options.get("user");
		String password = options.get("password");
		System.out.printf(Locale.ROOT, "close bench: %s, JVM %s, %d processors, max heap %d MB%n", options,
				Runtime.version(), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);

		KeptBenchDatabase database = KeptBenchDatabase.named(options.get("server"), user, password,
				options.get("database"));
		String described = shape.describe();
		boolean seeded = database.reuseOrRecreate(described);
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = IncentivesBench.start(database, options)) {
			System.out.printf(Locale.ROOT, "application started on %s in %.1f s%n", database.name(),
					(System.nanoTime() - started) / 1e9);
			PeopleManagement people = context.getBean(PeopleManagement.class);
			String seeding = "reused (seeded by an earlier run)";
			if (!seeded) {
				System.out.printf(Locale.ROOT, "seeding %s ...%n", described);
				double seconds = IncentivesData.seed(people, database.url(), user, password, shape);
				database.markSeeded(described);
				seeding = String.format(Locale.ROOT, "seeded in %.1f s", seconds);
			}
			Team team = people.teams()
				.stream()
				.filter(t -> t.name().equals(IncentivesData.TEAM_NAME))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no team " + IncentivesData.TEAM_NAME + " in "
						+ database.name() + "; drop the database to seed it again"));
			Months months = new Months(database.url(), user, password, team, month);
			months.resetAll();
			months.forgetKept(); // the first look below reads the month from its rows, as the job's first does
			String plan = plan(context.getBean(IncentiveManagement.class), months, team, month, planFile);
			String rows = IncentivesData.counts(database.url(), user, password, team, month);
			Measurement m = measure(context, team, month, months, options);
			print(options, shape, seeding, rows, plan,
					IncentivesData.serverVersion(database.url(), user, password), m);
			months.reset();
		}
	}

	/** Publishes the plan from the month's first day unless the team has one; says which plan pays the month. */
	private static String plan(IncentiveManagement incentives, Months months, Team team, YearMonth month, Path file)
			throws Exception {
		if (months.plansPublished() == 0) {
			PlanVersion published = incentives.publish(team.id(), Files.readString(file), month.atDay(1), "bench");
			return String.format(Locale.ROOT, "%s version %d (%s), published now, effective from %s", published.name(),
					published.version(), file, published.effectiveFrom());
		}
		return "published by an earlier run: " + months.plansDescribed();
	}

	/** Every figure of the run. */
	record Measurement(Latencies floor, Latencies close, Latencies facts, Latencies rows, Latencies changed,
			double keptFirstMs, int changedReps, Reads reads, NextCloses next,
			List<Map<String, Step>> breakdown, List<Long> breakdownCalls, String floorSanity, String closeSanity,
			int runs) {
	}

	/** Reading the closed month back, as a rep's statement page and the manager's team view do. */
	record Reads(Latencies rep, Latencies team) {
	}

	/**
	 * The month after's close, which looks at the closed month again for corrections: with the month's last look kept
	 * (nothing changed since it, so its rows are not read again) and with it deleted (read from the rows and compared
	 * with the stored facts, as every close did before looks were kept).
	 */
	record NextCloses(Latencies looked, Latencies reread) {
	}

	/** One kind of statement in one recorded close: how many ran and their summed time. */
	record Step(int count, long nanos) {

		Step plus(long more) {
			return new Step(count + 1, nanos + more);
		}
	}

	private static Measurement measure(ConfigurableApplicationContext context, Team team, YearMonth month,
			Months months, Map<String, String> options) throws SQLException {
		PayManagement pay = context.getBean(PayManagement.class);
		IncentiveManagement incentives = context.getBean(IncentiveManagement.class);
		DataSource pool = context.getBean(DataSource.class);
		Floor floor = new Floor(pool, team, month);

		long keeping = System.nanoTime();
		pay.keepForClose(team.id(), month);
		double keptFirst = (System.nanoTime() - keeping) / 1e6;
		System.out.printf(Locale.ROOT, "the month kept for its close (first look, from its rows): %.0f ms%n", keptFirst);

		Map<String, Task> tasks = new LinkedHashMap<>();
		tasks.put("floor", floor::run);
		Task close = () -> {
			PayPeriod closed = pay.close(team.id(), month, ACTOR);
			if (closed.state() != PayPeriod.State.CLOSED) {
				throw new IllegalStateException("the close left " + month + " " + closed.state());
			}
		};
		tasks.put("close", close);
		tasks.put("rows", close);
		tasks.put("facts", () -> IncentivesBench.Sink.consume(incentives.facts(team.id(), month)));
		// before each task, not timed: the month's close deleted; kept for the close, or not kept for the close from
		// its rows (the close before months were kept: the baseline)
		Map<String, Task> before = Map.of("close", () -> {
			months.reset();
			if (!months.kept()) {
				pay.keepForClose(team.id(), month);
			}
		}, "rows", () -> {
			months.reset();
			months.forgetKept();
		});
		List<String> names = new ArrayList<>(tasks.keySet());
		if (!options.get("tasks").isBlank()) { // e.g. tasks=floor,close to profile the close alone
			names.retainAll(List.of(options.get("tasks").split(",")));
		}
		Map<String, Latencies> samples = new LinkedHashMap<>();
		names.forEach(name -> samples.put(name, new Latencies()));
		int warmup = integer(options, "warmup");
		int runs = integer(options, "runs");
		System.out.printf(Locale.ROOT, "timing %s: %d warm-up rounds, then %d timed, the month reset before each ...%n",
				names, warmup, runs);
		for (int round = 0; round < warmup + runs; round++) {
			months.reset(); // outside the timing: a month closes only once
			StringBuilder line = new StringBuilder();
			for (int k = 0; k < names.size(); k++) {
				String name = names.get((round + k) % names.size());
				before.getOrDefault(name, () -> {
				}).run();
				long begin = System.nanoTime();
				tasks.get(name).run();
				long nanos = System.nanoTime() - begin;
				line.append(String.format(Locale.ROOT, "  %s %.0f ms", name, nanos / 1e6));
				if (round >= warmup) {
					samples.get(name).record(nanos);
				}
			}
			System.out.printf(Locale.ROOT, "  %s %2d:%s%n", round < warmup ? "warm-up" : "round  ",
					round < warmup ? round + 1 : round - warmup + 1, line);
		}
		months.reset();
		if (!months.kept()) {
			pay.keepForClose(team.id(), month);
		}
		close.run();
		String closeSanity = months.closeSanity();
		Latencies changed = changedSinceLastLook(pay, months, integer(options, "changed"), runs);
		months.reset();
		close.run();
		Reads reads = reads(incentives, team, month, runs);
		NextCloses next = nextCloses(pay, months, months.after(), runs);

		List<Map<String, Step>> breakdown = new ArrayList<>();
		List<Long> calls = new ArrayList<>();
		for (int i = 0; i < integer(options, "breakdown"); i++) {
			months.reset();
			long begin = System.nanoTime();
			List<MetricsStatements.Executed> executed = MetricsStatements
				.record(() -> pay.close(team.id(), month, ACTOR));
			calls.add(System.nanoTime() - begin);
			Map<String, Step> steps = new LinkedHashMap<>();
			for (MetricsStatements.Executed e : executed) {
				steps.merge(statementName(e.sql()), new Step(1, e.nanos()), (a, b) -> a.plus(b.nanos()));
			}
			breakdown.add(steps);
		}
		return new Measurement(Latencies.merge(List.of(samples.get("floor"))),
				Latencies.merge(List.of(samples.get("close"))), Latencies.merge(List.of(samples.get("facts"))),
				Latencies.merge(List.of(samples.get("rows"))), changed, keptFirst, integer(options, "changed"), reads,
				next, breakdown, calls, floor.sanity(), closeSanity, runs);
	}

	/**
	 * The close after {@code reps} reps' figures changed since the month was last brought up to date, {@code runs}
	 * times (after one untimed): a reopen of one of each rep's closed requests recorded now (in
	 * {@code request_reopens} only, deleted after each close, so the month's rows stay as seeded), which the close
	 * finds and reads those reps again for, one by one.
	 */
	private static Latencies changedSinceLastLook(PayManagement pay, Months months, int reps, int runs)
			throws SQLException {
		Latencies changed = new Latencies();
		for (int i = 0; i <= runs; i++) {
			months.reset();
			pay.keepForClose(months.team.id(), months.month);
			months.reopenedNow(reps);
			long begin = System.nanoTime();
			pay.close(months.team.id(), months.month, ACTOR);
			long nanos = System.nanoTime() - begin;
			months.forgetReopenedNow();
			if (i > 0) {
				changed.record(nanos);
			}
		}
		months.reset();
		pay.keepForClose(months.team.id(), months.month); // the late reopens gone: those reps read again
		return Latencies.merge(List.of(changed));
	}

	/**
	 * The month the last round closed, read back {@code runs} times each (after one untimed read of each): one rep's
	 * statement ({@code IncentiveManagement.statementsOf}, what the rep's statement page and API read) and the team's
	 * ({@code teamStatements}, the manager's team view).
	 */
	private static Reads reads(IncentiveManagement incentives, Team team, YearMonth month, int runs) {
		RepId rep = incentives.teamStatements(team.id(), month).get(0).repId(); // a rep the month pays
		Reads reads = new Reads(new Latencies(), new Latencies());
		for (int i = 0; i <= runs; i++) {
			long begin = System.nanoTime();
			List<Statement> own = incentives.statementsOf(rep, month);
			long middle = System.nanoTime();
			List<Statement> all = incentives.teamStatements(team.id(), month);
			long end = System.nanoTime();
			if (own.size() != 1 || own.get(0).provisional() || all.isEmpty()) {
				throw new IllegalStateException("the closed month read back " + own.size() + " statements of rep " + rep
						+ " and " + all.size() + " of the team");
			}
			if (i > 0) {
				reads.rep().record(middle - begin);
				reads.team().record(end - middle);
			}
		}
		return new Reads(Latencies.merge(List.of(reads.rep())), Latencies.merge(List.of(reads.team())));
	}

	/**
	 * The month after closed {@code runs} times each way ({@link NextCloses}) after one untimed close each way, the
	 * order alternating, its close deleted after each (not timed). The month stays closed throughout.
	 */
	private static NextCloses nextCloses(PayManagement pay, Months month, Months after, int runs)
			throws SQLException {
		NextCloses next = new NextCloses(new Latencies(), new Latencies());
		for (int i = 0; i <= runs; i++) {
			for (int k = 0; k < 2; k++) {
				boolean looked = (i + k) % 2 == 0;
				if (!looked) {
					month.forgetLook();
				}
				long begin = System.nanoTime();
				pay.close(after.team.id(), after.month, ACTOR);
				long nanos = System.nanoTime() - begin;
				after.reset();
				if (i > 0) {
					(looked ? next.looked() : next.reread()).record(nanos);
				}
			}
		}
		return new NextCloses(Latencies.merge(List.of(next.looked())), Latencies.merge(List.of(next.reread())));
	}

	@FunctionalInterface
	interface Task {

		void run() throws SQLException;
	}

	private static final Pattern WRITE = Pattern.compile("(?is)^\\s*(insert\\s+into|update|delete\\s+from)\\s+(\\w+)");

	/** The incentives bench's names for the facts' statements; the close's writes by their table. */
	static String statementName(String sql) {
		Matcher write = WRITE.matcher(sql);
		if (write.find()) {
			return write.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " " + write.group(2);
		}
		if (sql.strip().equals(FLOOR.strip())) {
			return "floor";
		}
		String name = IncentivesBench.statementName(sql);
		if (name.startsWith("other: ")) { // the statement's own start: two of one table stay apart
			String flat = sql.strip().replaceAll("\\s+", " ");
			return "other: " + (flat.length() > 60 ? flat.substring(0, 60) + " …" : flat);
		}
		return name;
	}

	/** The floor through the application's pool, every row read; remembers what it read. */
	static final class Floor {

		private final DataSource pool;
		private final Team team;
		private final OffsetDateTime from;
		private final OffsetDateTime until;
		private long reps;
		private long requests;
		private long cents;

		Floor(DataSource pool, Team team, YearMonth month) {
			this.pool = pool;
			this.team = team;
			this.from = start(month);
			this.until = start(month.plusMonths(1));
		}

		void run() throws SQLException {
			long r = 0;
			long n = 0;
			java.math.BigDecimal value = java.math.BigDecimal.ZERO;
			try (Connection connection = pool.getConnection();
					PreparedStatement query = connection.prepareStatement(FLOOR)) {
				query.setLong(1, team.id().value());
				query.setObject(2, from);
				query.setObject(3, until);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						rs.getLong(1);
						n += rs.getLong(2);
						java.math.BigDecimal v = rs.getBigDecimal(3);
						rs.getBigDecimal(4);
						value = v == null ? value : value.add(v);
						r++;
					}
				}
			}
			reps = r;
			requests = n;
			cents = value.movePointRight(2).longValue();
		}

		String sanity() {
			return String.format(Locale.ROOT, "%d reps, %d requests, outcome value %d.%02d", reps, requests, cents / 100,
					cents % 100);
		}
	}

	/** The team's pay rows for the month, reset outside the timing, and what a close stored. */
	static final class Months {

		private final String url;
		private final String user;
		private final String password;
		private final Team team;
		private final YearMonth month;

		Months(String url, String user, String password, Team team, YearMonth month) {
			this.url = url;
			this.user = user;
			this.password = password;
			this.team = team;
			this.month = month;
		}

		/** The month after this one, of the same team. */
		Months after() {
			return new Months(url, user, password, team, month.plusMonths(1));
		}

		/** Deletes the month's last look at its facts: the next close reads the month from its rows. */
		void forgetLook() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement delete = connection
						.prepareStatement("delete from pay_period_looks where team_id = ? and period = ?")) {
				delete.setLong(1, team.id().value());
				delete.setString(2, month.toString());
				delete.executeUpdate();
			}
		}

		/** Whether the month is kept for its close ({@code pay_kept_months}). */
		boolean kept() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement query = connection
						.prepareStatement("select count(*) from pay_kept_months where team_id = ? and period = ?")) {
				query.setLong(1, team.id().value());
				query.setString(2, month.toString());
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					return rs.getLong(1) > 0;
				}
			}
		}

		/** Stops keeping the month for its close: the next close reads it from its rows. */
		void forgetKept() throws SQLException {
			delete(List.of("pay_kept_reps", "pay_kept_months"), " and period = ?");
		}

		/** The reason {@link #reopenedNow} records, by which its rows are deleted. */
		private static final String BENCH_REOPEN = "close bench: a late write";

		/** A reopen recorded now of one closed request of each of {@code reps} reps of the month (its rows untouched). */
		void reopenedNow(int reps) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement insert = connection.prepareStatement("""
							insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at,
							                             reopened_by_user, reason)
							select distinct on (closed_by) id, team_id, closed_by, state, closed_at, now(), 'bench', ?
							from requests where team_id = ? and closed_at >= ? and closed_at < ?
							order by closed_by, closed_at limit ?""")) {
				insert.setString(1, BENCH_REOPEN);
				insert.setLong(2, team.id().value());
				insert.setObject(3, start(month));
				insert.setObject(4, start(month.plusMonths(1)));
				insert.setInt(5, reps);
				insert.executeUpdate();
			}
		}

		void forgetReopenedNow() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement delete = connection
						.prepareStatement("delete from request_reopens where team_id = ? and reason = ?")) {
				delete.setLong(1, team.id().value());
				delete.setString(2, BENCH_REOPEN);
				delete.executeUpdate();
			}
		}

		/** Deletes the month's close in one transaction of its own. */
		void reset() throws SQLException {
			delete(" and period = ?");
		}

		/** Deletes every close of the team (a run that died mid-way leaves none behind). */
		void resetAll() throws SQLException {
			delete("");
		}

		private void delete(String which) throws SQLException {
			delete(List.of("pay_statements", "pay_period_requests", "pay_period_looks", "pay_adjustments",
					"pay_events", "pay_periods"), which);
		}

		/** Deletes the team's rows of each table, in order, in one transaction of its own. */
		private void delete(List<String> tables, String which) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				connection.setAutoCommit(false);
				for (String table : tables) {
					try (PreparedStatement delete = connection
						.prepareStatement("delete from " + table + " where team_id = ?" + which)) {
						delete.setLong(1, team.id().value());
						if (!which.isEmpty()) {
							delete.setString(2, month.toString());
						}
						delete.executeUpdate();
					}
				}
				connection.commit();
			}
		}

		long plansPublished() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement query = connection.prepareStatement("select count(*) from plans where team_id = ?")) {
				query.setLong(1, team.id().value());
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		}

		String plansDescribed() throws SQLException {
			List<String> plans = new ArrayList<>();
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement query = connection.prepareStatement(
							"select name, version, effective_from from plans where team_id = ? order by id")) {
				query.setLong(1, team.id().value());
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						plans.add(rs.getString(1) + " version " + rs.getInt(2) + ", effective from "
								+ rs.getObject(3, LocalDate.class));
					}
				}
			}
			return String.join("; ", plans);
		}

		/** What the last close stored: statements, their total, and the sizes of the texts written. */
		String closeSanity() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					PreparedStatement query = connection.prepareStatement("""
							select p.plan_name, p.plan_version, octet_length(p.facts), pg_column_size(p.facts),
							       (select count(*) from pay_statements s where s.team_id = p.team_id and s.period = p.period),
							       (select sum(payout) from pay_statements s where s.team_id = p.team_id and s.period = p.period),
							       (select sum(octet_length(statement)) from pay_statements s
							        where s.team_id = p.team_id and s.period = p.period),
							       (select count(*) from pay_adjustments a
							        where a.team_id = p.team_id and a.period = p.period),
							       (select coalesce(sum(octet_length(r.requests)), 0) from pay_period_requests r
							        where r.team_id = p.team_id and r.period = p.period)
							from pay_periods p where p.team_id = ? and p.period = ?""")) {
				query.setLong(1, team.id().value());
				query.setString(2, month.toString());
				try (ResultSet rs = query.executeQuery()) {
					if (!rs.next()) {
						return "nothing stored";
					}
					return String.format(Locale.ROOT,
							"%d statements under %s version %d, %s %s paid in all, %d adjustments; facts document %.1f MB"
									+ " (%.1f MB stored), statements %.1f MB, the reps' requests %.1f MB",
							rs.getLong(5), rs.getString(1), rs.getInt(2), rs.getBigDecimal(6), team.currency(),
							rs.getLong(8), rs.getLong(3) / 1e6, rs.getLong(4) / 1e6, rs.getLong(7) / 1e6,
							rs.getLong(9) / 1e6);
				}
			}
		}
	}

	private static void print(Map<String, String> options, IncentivesData.Shape shape, String seeding, String rows,
			String plan, String postgres, Measurement m) {
		double floor = m.floor().percentileMillis(50);
		double close = m.close().percentileMillis(50);
		double ratio = close / floor;
		System.out.println();
		System.out.printf(Locale.ROOT, "== close speed, %s ==%n", Instant.now().truncatedTo(ChronoUnit.MINUTES));
		System.out.printf(Locale.ROOT, "machine:    %d cores, %s, JVM %s, PostgreSQL %s%n",
				Runtime.getRuntime().availableProcessors(), IncentivesSummary.cpu(), Runtime.version(), postgres);
		System.out.printf(Locale.ROOT, "load:       %s%n", load());
		System.out.printf(Locale.ROOT, "arguments:  %s%n", options);
		System.out.printf(Locale.ROOT, "data:       database %s, %s; month %s in %s, seed %d%n", options.get("database"),
				seeding, shape.month(), IncentivesData.ZONE, shape.seed());
		System.out.printf(Locale.ROOT, "rows:       %s%n", rows);
		System.out.printf(Locale.ROOT, "plan:       %s%n", plan);
		System.out.printf(Locale.ROOT, "floor read: %s%n", m.floorSanity());
		System.out.printf(Locale.ROOT, "close:      %s%n", m.closeSanity());
		System.out.printf(Locale.ROOT, "timing:     in-process, %d rounds after %s warm-up rounds, order rotated each"
				+ " round, the month's close deleted before each round (not timed)%n", m.runs(), options.get("warmup"));
		System.out.println();
		System.out.printf(Locale.ROOT, "%-62s %10s %10s   %s%n", "figure", "median ms", "p95 ms", "vs. the floor");
		row("floor: one SQL aggregate over the month's requests", m.floor(), "");
		row("close: PayManagement.close(team, month, actor)", m.close(), String.format(Locale.ROOT,
				"%.2f x the floor's median (p95 %.2f x); target <= %.0f x: %s", ratio,
				m.close().percentileMillis(95) / m.floor().percentileMillis(95), TARGET_RATIO,
				ratio <= TARGET_RATIO ? "MET" : "MISSED"));
		row("close from the rows (the month not kept: the baseline)", m.rows(), String.format(Locale.ROOT,
				"%.2f x the floor; the kept close %.3f x this", m.rows().percentileMillis(50) / floor,
				close / m.rows().percentileMillis(50)));
		row("close, " + m.changedReps() + " reps changed since the last look", m.changed(), String.format(Locale.ROOT,
				"%.2f x the floor", m.changed().percentileMillis(50) / floor));
		System.out.printf(Locale.ROOT, "%-62s %10.1f   (once, before the rounds; the job's first look)%n",
				"the month kept for its close, from its rows", m.keptFirstMs());
		row("facts alone: IncentiveManagement.facts(team, month)", m.facts(),
				String.format(Locale.ROOT, "%.2f x (%.0f %% of a close)", m.facts().percentileMillis(50) / floor,
						100 * m.facts().percentileMillis(50) / close));
		row("closed, read back: a rep's statement (statementsOf)", m.reads().rep(), "after the last round's close");
		row("closed, read back: the team's statements (teamStatements)", m.reads().team(), "");
		row("the month after's close, this month unchanged since", m.next().looked(), String.format(Locale.ROOT,
				"%.2f x the floor; %.3f x the same close reading this month again", m.next().looked()
					.percentileMillis(50) / floor, m.next().looked().percentileMillis(50)
						/ m.next().reread().percentileMillis(50)));
		row("the month after's close, this month read again (no look)", m.next().reread(),
				String.format(Locale.ROOT, "%.2f x the floor (every close before looks were kept)",
						m.next().reread().percentileMillis(50) / floor));
		System.out.println();
		Latencies calls = new Latencies();
		m.breakdownCalls().forEach(calls::record);
		Latencies inSql = new Latencies();
		Map<String, List<Long>> byName = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Map<String, Step> steps : m.breakdown()) {
			inSql.record(steps.values().stream().mapToLong(Step::nanos).sum());
			steps.forEach((name, step) -> {
				byName.computeIfAbsent(name, k -> new ArrayList<>()).add(step.nanos());
				counts.put(name, step.count());
			});
		}
		calls = Latencies.merge(List.of(calls));
		inSql = Latencies.merge(List.of(inSql));
		System.out.printf(Locale.ROOT, "where a close's time goes: each statement it runs, over %d recorded closes"
				+ " (median of each close's sum for that statement)%n", m.breakdown().size());
		System.out.printf(Locale.ROOT, "  %-70s median %9.1f ms%n", "the recorded close, in all", calls.percentileMillis(50));
		System.out.printf(Locale.ROOT, "  %-70s median %9.1f ms%n", "in its SQL statements",
				inSql.percentileMillis(50));
		System.out.printf(Locale.ROOT, "  %-70s median %9.1f ms%n", "outside them (Java: facts built, calc, JSON)",
				calls.percentileMillis(50) - inSql.percentileMillis(50));
		byName.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), median(e.getValue())))
			.sorted(Comparator.comparingDouble(e -> -e.getValue()))
			.forEach(e -> System.out.printf(Locale.ROOT, "  %-70s median %9.1f ms  (%d a close)%n", e.getKey(),
					e.getValue(), counts.get(e.getKey())));
	}

	private static double median(List<Long> nanos) {
		Latencies l = new Latencies();
		nanos.forEach(l::record);
		return Latencies.merge(List.of(l)).percentileMillis(50);
	}

	private static void row(String name, Latencies l, String versus) {
		System.out.printf(Locale.ROOT, "%-62s %10.1f %10.1f   %s%n", name, l.percentileMillis(50), l.percentileMillis(95),
				versus);
	}

	/** The machine's load average at the end of the run (other work on the 2 cores skews every figure). */
	private static String load() {
		try {
			return "load average " + Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static OffsetDateTime start(YearMonth month) {
		return month.atDay(1).atStartOfDay(IncentivesData.ZONE).toOffsetDateTime();
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("runs", "10");
		options.put("warmup", "5");
		options.put("breakdown", "3");
		options.put("changed", "20");
		options.put("tasks", "");
		options.put("plan", "src/main/resources/plans/presets/team-first-hybrid.yaml");
		options.put("team-size", "500");
		options.put("requests", "1000000");
		options.put("neighbours", "5000");
		options.put("open", "2000");
		options.put("seed", "42");
		options.put("month", "");
		options.put("database", "fairdesk_bench_close");
		options.put("data-sql", "src/bench/resources/incentives-data.sql");
		options.put("pool", "");
		options.put("server", "127.0.0.1:5432");
		options.put("user", "postgres");
		options.put("password", "");
		return BenchOptions.parse(options, args);
	}

	static int integer(Map<String, String> options, String key) {
		return Integer.parseInt(options.get(key));
	}
}
