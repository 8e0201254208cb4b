package org.fairdesk.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.fairdesk.FairdeskApplication;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.ServiceLevels;
import org.fairdesk.work.SlaTarget;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server side of the metrics bench (issue 4, "Speed"; {@code bench/metrics.sh} drives it): starts the real
 * application (no demo, its web server on a free port of 127.0.0.1) on a fresh PostgreSQL database, creates the teams,
 * reps and logins through the application's facades, generates the history in SQL ({@link MetricsData}), times the
 * dashboard's queries in-process ({@link MetricsQueryTimes}; with proposal=compare also with the indexes proposed in
 * {@code src/bench/resources/metrics-proposal.sql}, dropped again afterwards), then writes a ready file (shell
 * variables: port, database, login, teams, months) and serves until a stop file appears, while the script loads it over HTTP with wrk.
 * Closing drops the database.
 * <p>
 * People: {@code teams} teams of {@code reps} reps. Teams 1-6 in Europe/Berlin (EUR), 7-8 Europe/London (GBP), 9-10
 * America/New_York (USD), so months start at different instants; each with a Monday-Friday 09:00-17:00 calendar and
 * SLA targets for QUERY and ORDER (none for QUOTE). Logins: every rep (REP, one shared password) and
 * {@code manager} (MANAGER), hashed by the application's own encoder (BCrypt, cost 10, as every login is); the script
 * issues the manager an API token over HTTP ({@code POST /api/tokens}).
 * <p>
 * Run with {@code bench/metrics.sh}, or by hand: {@code ./mvnw -q -Pbench test-compile exec:exec
 * -Dexec.executable=java -Dexec.args="-cp %classpath org.fairdesk.bench.MetricsBench requests=100000"} (the bench
 * profile's {@code exec:java} is fixed to RoutingLoad). Arguments are key=value: requests (1000000), months (24),
 * seed (42), teams (10), reps (20), data-sql (src/bench/resources/metrics-data.sql), query-calls (60, after 10
 * warm-up calls; 0 skips the in-process query timing), plans (target/metrics-bench/plans.txt), proposal (off, the
 * default; compare: time the queries again with the indexes of proposal-sql, then drop them; keep: keep them for the
 * load),
 * proposal-sql (src/bench/resources/metrics-proposal.sql), ready (a file to
 * write when ready; empty: none), stop (a file whose appearance stops the bench; empty: stop right after the
 * query timing), max-minutes (30: stops by itself after that), pool (connections; default Hikari's 10), server
 * (127.0.0.1:5432), user (postgres), password (empty).
 */
public final class MetricsBench {

	static final String MANAGER = "manager";

	static final String MANAGER_PASSWORD = "bench-manager-password";

	private MetricsBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String server = options.get("server");
		String user = options.get("user");
		String password = options.get("password");
		System.out.printf(Locale.ROOT, "metrics bench: %s, JVM %s, %d processors%n", options, Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		try (BenchDatabase database = BenchDatabase.createFresh(server, user, password)) {
			long started = System.nanoTime();
			List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=postgres",
					"--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + database.url(""), "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password, "--fairdesk.demo.enabled=false",
					"--fairdesk.security.initial-admin-password=bench-admin-password", "--logging.level.root=WARN"));
			if (!options.get("pool").isBlank()) {
				properties.add("--spring.datasource.hikari.maximum-pool-size=" + options.get("pool"));
			}
			SpringApplication application = new SpringApplication(FairdeskApplication.class);
			application.addInitializers(context -> context.getBeanFactory()
				.addBeanPostProcessor(MetricsStatements.wrapper()));
			try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				System.out.printf(Locale.ROOT, "application started on %s, port %d, in %.1f s%n", database.name(), port,
						(System.nanoTime() - started) / 1e9);
				Clock clock = context.getBean(Clock.class);
				List<Long> teams = people(context, integer(options, "teams"), integer(options, "reps"),
						LocalDate.now(clock));
				Instant now = clock.instant();
				double generated = MetricsData.generate(database.url(""), user, password,
						Path.of(options.get("data-sql")), Long.parseLong(options.get("seed")),
						Long.parseLong(options.get("requests")), integer(options, "months"), now);
				result("generate_s", generated);

				// The months a manager would look at: this one and the 23 before it (all inside the history).
				YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
				List<String> periods = new ArrayList<>();
				for (int i = Math.min(24, integer(options, "months")) - 1; i >= 0; i--) {
					periods.add(current.minusMonths(i).toString());
				}
				if (integer(options, "query-calls") > 0) {
					queries(context.getBean(MetricsManagement.class), teams, periods, options, database.url(""));
				}
				if (!options.get("ready").isBlank()) {
					Path ready = Path.of(options.get("ready"));
					Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
					Files.writeString(partial, String.join("\n",
							"PORT=" + port,
							"DATABASE=" + database.name(),
							"MANAGER=" + MANAGER,
							"MANAGER_PASSWORD=" + MANAGER_PASSWORD,
							"TEAMS='" + String.join(" ", teams.stream().map(String::valueOf).toList()) + "'",
							"PERIODS='" + String.join(" ", periods) + "'",
							"GENERATE_S=" + String.format(Locale.ROOT, "%.1f", generated),
							""));
					Files.move(partial, ready);
					System.out.printf(Locale.ROOT, "ready: %s%n", ready);
				}
				if (!options.get("stop").isBlank()) {
					Path stop = Path.of(options.get("stop"));
					long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(integer(options, "max-minutes"));
					while (!Files.exists(stop)) {
						if (System.nanoTime() > deadline) {
							System.out.println("*** max-minutes reached without a stop file: stopping ***");
							break;
						}
						Thread.sleep(200);
					}
				}
				System.out.println("stopping; dropping " + database.name());
			}
		}
	}

	/**
	 * The dashboard's queries timed in-process as the schema is; unless proposal=off, again with the proposed indexes
	 * (which stay for the load only with proposal=keep); the rewrites replayed; plans written.
	 */
	private static void queries(MetricsManagement metrics, List<Long> teams, List<String> periods,
			Map<String, String> options, String url) throws Exception {
		String user = options.get("user");
		String password = options.get("password");
		int calls = integer(options, "query-calls");
		long seed = Long.parseLong(options.get("seed"));
		Path plans = Path.of(options.get("plans"));
		Files.deleteIfExists(plans);
		String proposal = options.get("proposal");
		if (!List.of("off", "compare", "keep").contains(proposal)) {
			throw new IllegalArgumentException("proposal must be off, compare or keep, got " + proposal);
		}
		MetricsQueryTimes.Timing asIs = MetricsQueryTimes.time(metrics, teams, periods, 10, calls, seed);
		MetricsQueryTimes.results("asis_", asIs);
		MetricsQueryTimes.explain(asIs, url, user, password, plans, "as the schema is");
		MetricsQueryTimes.rewrites(asIs, url, user, password, "as the schema is");
		if (proposal.equals("off")) {
			MetricsQueryTimes.print(asIs, null, "");
			return;
		}
		Path sql = Path.of(options.get("proposal-sql"));
		double seconds = MetricsData.execute(url, user, password, sql);
		System.out.printf(Locale.ROOT, "%nproposed indexes (%s) created and vacuum analyze in %.1f s%n", sql, seconds);
		MetricsQueryTimes.Timing indexed = MetricsQueryTimes.time(metrics, teams, periods, 10, calls, seed);
		MetricsQueryTimes.results("indexed_", indexed);
		MetricsQueryTimes.explain(indexed, url, user, password, plans, "with the proposed indexes");
		MetricsQueryTimes.rewrites(indexed, url, user, password, "with the proposed indexes");
		MetricsQueryTimes.print(asIs, indexed, "with the proposed indexes");
		if (proposal.equals("compare")) {
			MetricsData.dropIndexes(url, user, password, sql);
			System.out.println("proposed indexes dropped again: the load runs on the schema as it is");
		}
		else {
			System.out.println("*** proposal=keep: the load runs WITH the proposed indexes, not on the schema as it"
					+ " is ***");
		}
	}

	/** Teams, reps, logins, calendars and SLA targets through the application's facades; returns the team ids. */
	private static List<Long> people(ConfigurableApplicationContext context, int teamCount, int repsPerTeam,
			LocalDate today) {
		PeopleManagement people = context.getBean(PeopleManagement.class);
		UserAccounts accounts = context.getBean(UserAccounts.class);
		ServiceLevels levels = context.getBean(ServiceLevels.class);
		String repHash = accounts.hash("bench-rep-password");
		accounts.create(MANAGER, MANAGER_PASSWORD, Role.MANAGER);
		List<Long> ids = new ArrayList<>();
		for (int t = 1; t <= teamCount; t++) {
			ZoneId zone = ZoneId.of(t <= 6 ? "Europe/Berlin" : t <= 8 ? "Europe/London" : "America/New_York");
			Currency currency = Currency.getInstance(t <= 6 ? "EUR" : t <= 8 ? "GBP" : "USD");
			Team team = people.createTeam(String.format(Locale.ROOT, "Sales %02d", t), currency, zone);
			ids.add(team.id().value());
			for (int r = 1; r <= repsPerTeam; r++) {
				String username = String.format(Locale.ROOT, "rep%02d%02d", t, r);
				people.addRep(new NewRep(team.id(), username, String.format(Locale.ROOT, "Rep %d of team %d", r, t),
						new BigDecimal(r % 5 == 0 ? "20" : "40"), today.minusYears(3)));
				accounts.createWithHash(username, repHash, Role.REP);
			}
			levels.setCalendar(team.id(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
					LocalTime.of(17, 0), List.of(), new org.fairdesk.shared.FieldChecks());
			levels.setTargets(team.id(), List.of(new SlaTarget(RequestKind.QUERY, 0, 120, 480),
					new SlaTarget(RequestKind.QUERY, 5, 60, 240), new SlaTarget(RequestKind.ORDER, 0, 240, 1440)));
		}
		System.out.printf(Locale.ROOT, "created %d teams of %d reps with logins, calendars and SLA targets, and the"
				+ " login %s (MANAGER)%n", teamCount, repsPerTeam, MANAGER);
		return ids;
	}

	private static void result(String key, double value) {
		System.out.printf(Locale.ROOT, "RESULT %s %.2f%n", key, value);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("requests", "1000000");
		options.put("months", "24");
		options.put("seed", "42");
		options.put("teams", "10");
		options.put("reps", "20");
		options.put("data-sql", "src/bench/resources/metrics-data.sql");
		options.put("query-calls", "60");
		options.put("plans", "target/metrics-bench/plans.txt");
		options.put("proposal", "off");
		options.put("proposal-sql", "src/bench/resources/metrics-proposal.sql");
		options.put("ready", "");
		options.put("stop", "");
		options.put("max-minutes", "30");
		options.put("pool", "");
		options.put("server", "127.0.0.1:5432");
		options.put("user", "postgres");
		options.put("password", "");
		return BenchOptions.parse(options, args);
	}

	private static int integer(Map<String, String> options, String key) {
		return Integer.parseInt(options.get(key));
	}
}
