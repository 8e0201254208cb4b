package org.fairdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.fairdesk.FairdeskApplication;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.Statement;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.Period;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.ObjectMapper;

/**
 * The incentives bench (issue 14: "evaluate a month of a 500-rep team with 100,000 requests on PostgreSQL, facts and
 * calculation, in under 1 s, and the calculator alone in under 5 ms"; {@code bench/incentives.sh} runs it).
 * <p>
 * Seeds a kept PostgreSQL database ({@link KeptBenchDatabase}, {@link IncentivesData}: reused while it holds the same
 * shape), starts the real application on it (no demo), and times in-process, after warm-up, {@code runs} rounds of:
 * <ul>
 * <li>the full evaluation, {@code IncentiveManagement.evaluate(yaml, team, month)} per plan: the plan parsed, the
 * facts read from the database, the calculator;</li>
 * <li>the facts alone, {@code IncentiveManagement.facts(team, month)};</li>
 * <li>the baseline, {@code MetricsManagement.team(team, Period.month(month))}: the dashboard's own figures for the
 * month, what the facts cost without incentives (the team read once beforehand, as the dashboard has it).</li>
 * </ul>
 * Each round runs them one after the other in an order rotated every round, so that no figure always runs right after
 * the same other one (the database's and the JIT's state). Then the calculator alone ({@link CalculatorEntry}) on facts
 * read once: {@code calc-warmup} calls, then {@code calc-calls} timed in batches of {@code calc-batch}, each batch's
 * mean being one sample (a call is well under a millisecond, near the timer's resolution when alone). Last, a few
 * facts calls recorded statement by statement ({@link MetricsStatements}), to show where their time goes.
 * <p>
 * Arguments, key=value: plan (src/main/resources/plans/presets/team-first-hybrid.yaml), plans (a,b,…: several plans
 * in one run, one line each; overrides plan), runs (30), warmup (10 rounds), calc-calls (2000), calc-warmup (2000),
 * calc-batch (10), team-size (500), requests (100000, closed in the month), neighbours (5000, closed in each
 * neighbouring month), open (2000), seed (42), month (empty: two months before this one in the team's zone, so both
 * neighbours are over), database (fairdesk_bench_incentives), data-sql (src/bench/resources/incentives-data.sql),
 * pool (connections; default Hikari's 10), server (127.0.0.1:5432), user (postgres), password (empty).
 */
public final class IncentivesBench {

	static final double FULL_TARGET_MS = 1000;

	static final double CALCULATOR_TARGET_MS = 5;

	/** Facts calls recorded statement by statement after the timing. */
	static final int BREAKDOWN_CALLS = 5;

	private IncentivesBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		List<Plan> plans = plans(options);
		YearMonth month = options.get("month").isBlank() ? YearMonth.now(IncentivesData.ZONE).minusMonths(2)
				: YearMonth.parse(options.get("month"));
		IncentivesData.Shape shape = new IncentivesData.Shape(integer(options, "team-size"),
				Long.parseLong(options.get("requests")), Long.parseLong(options.get("neighbours")),
				Long.parseLong(options.get("open")), Long.parseLong(options.get("seed")), month,
				Path.of(options.get("data-sql")));
		String user = options.get("user");
		String password = options.get("password");
		System.out.printf(Locale.ROOT, "incentives bench: %s, JVM %s, %d processors%n", options, Runtime.version(),
				Runtime.getRuntime().availableProcessors());

		KeptBenchDatabase database = KeptBenchDatabase.named(options.get("server"), user, password,
				options.get("database"));
		String described = shape.describe();
		boolean seeded = database.reuseOrRecreate(described);
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = start(database, options)) {
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
			String rows = IncentivesData.counts(database.url(), user, password, team, month);
			Measurement m = measure(context, team, month, plans, options);
			IncentivesSummary.print(options, shape, seeding, rows,
					IncentivesData.serverVersion(database.url(), user, password), people.members(team.id()).size(), m);
		}
	}

	/** Every figure of the run. */
	record Measurement(Latencies baseline, Latencies facts, Map<Plan, Latencies> full, Map<Plan, Latencies> calculator,
			Map<Plan, String> calculatorHow, Map<Plan, String> sanity, Map<String, Latencies> factsStatements,
			int factsReps, int runs) {
	}

	/** A plan file and its text. */
	record Plan(Path path, String yaml) {
	}

	private static Measurement measure(ConfigurableApplicationContext context, Team team, YearMonth month,
			List<Plan> plans, Map<String, String> options) {
		IncentiveManagement incentives = context.getBean(IncentiveManagement.class);
		MetricsManagement metrics = context.getBean(MetricsManagement.class);
		Period period = Period.month(month);

		Map<String, Supplier<Object>> tasks = new LinkedHashMap<>();
		tasks.put("baseline", () -> metrics.team(team, period));
		tasks.put("facts", () -> incentives.facts(team.id(), month));
		for (Plan plan : plans) {
			tasks.put("full " + plan.path(), () -> incentives.evaluate(plan.yaml(), team.id(), month));
		}
		List<String> names = new ArrayList<>(tasks.keySet());
		Map<String, List<Latencies>> samples = new LinkedHashMap<>();
		names.forEach(name -> samples.put(name, new ArrayList<>(List.of(new Latencies()))));
		int warmup = integer(options, "warmup");
		int runs = integer(options, "runs");
		System.out.printf(Locale.ROOT, "timing %s: %d warm-up rounds, then %d timed ...%n", names, warmup, runs);
		for (int round = 0; round < warmup + runs; round++) {
			for (int k = 0; k < names.size(); k++) {
				String name = names.get((round + k) % names.size());
				long begin = System.nanoTime();
				Sink.consume(tasks.get(name).get());
				long nanos = System.nanoTime() - begin;
				if (round >= warmup) {
					samples.get(name).get(0).record(nanos);
				}
			}
		}

		PeriodFacts facts = incentives.facts(team.id(), month);
		Map<Plan, Latencies> full = new LinkedHashMap<>();
		Map<Plan, Latencies> calculator = new LinkedHashMap<>();
		Map<Plan, String> how = new LinkedHashMap<>();
		Map<Plan, String> sanity = new LinkedHashMap<>();
		for (Plan plan : plans) {
			full.put(plan, Latencies.merge(samples.get("full " + plan.path())));
			CalculatorEntry entry = CalculatorEntry.of(plan.yaml(), facts, month, incentives,
					f -> context.getBean(ObjectMapper.class).writeValueAsString(f));
			calculator.put(plan, calculator(entry, options));
			how.put(plan, entry.how());
			sanity.put(plan, sanity(entry.calculate()));
		}
		return new Measurement(Latencies.merge(samples.get("baseline")), Latencies.merge(samples.get("facts")), full,
				calculator, how, sanity, breakdown(() -> incentives.facts(team.id(), month), BREAKDOWN_CALLS), facts.reps().size(),
				runs);
	}

	/**
	 * Where a facts call's time goes: its statements as the application runs them ({@link MetricsStatements}),
	 * recorded over a few calls after the timing, by the metrics bench's names for them.
	 */
	private static Map<String, Latencies> breakdown(Runnable call, int calls) {
		Map<String, List<Latencies>> byName = new LinkedHashMap<>();
		for (int i = 0; i < calls; i++) {
			Map<String, Integer> seen = new LinkedHashMap<>(); // two statements of one name in a call stay apart
			for (MetricsStatements.Executed executed : MetricsStatements.record(call)) {
				String name = statementName(executed.sql());
				int n = seen.merge(name, 1, Integer::sum);
				List<Latencies> l = byName.computeIfAbsent(n == 1 ? name : name + " #" + n,
						key -> new ArrayList<>(List.of(new Latencies())));
				l.get(0).record(executed.nanos());
			}
		}
		Map<String, Latencies> merged = new LinkedHashMap<>();
		byName.forEach((name, l) -> merged.put(name, Latencies.merge(l)));
		return merged;
	}

	/** MetricsQueries' surveys statement as it reads now: "from survey s left join (select … from survey_response". */
	private static final Pattern SURVEYS = Pattern.compile("from survey s\\b");

	/**
	 * The metrics bench's name for a statement, except the surveys query: MetricsQueryTimes knows it by an older
	 * text (an unbounded left join) and would call it csat (kept there: the metrics bench's replay of a rewrite
	 * depends on it).
	 */
	static String statementName(String sql) {
		return SURVEYS.matcher(sql).find() ? "surveys" : MetricsQueryTimes.name(sql);
	}

	/** The calculator timed in batches: each sample is one batch's mean per call. */
	private static Latencies calculator(CalculatorEntry entry, Map<String, String> options) {
		int batch = integer(options, "calc-batch");
		for (int i = 0; i < integer(options, "calc-warmup"); i++) {
			Sink.consume(entry.calculate());
		}
		Latencies perCall = new Latencies();
		int batches = Math.max(1, integer(options, "calc-calls") / batch);
		for (int b = 0; b < batches; b++) {
			long begin = System.nanoTime();
			for (int i = 0; i < batch; i++) {
				Sink.consume(entry.calculate());
			}
			perCall.record((System.nanoTime() - begin) / batch);
		}
		return Latencies.merge(List.of(perCall));
	}

	/** What the plan pays: a run that pays nobody measured nothing worth having. */
	private static String sanity(List<Statement> statements) {
		Money total = statements.stream()
			.map(Statement::payout)
			.reduce(Money::plus)
			.orElse(null);
		return statements.size() + " statements, " + (total == null ? "nothing" : total) + " paid in all";
	}

	static ConfigurableApplicationContext start(KeptBenchDatabase database, Map<String, String> options) {
		List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + options.get("user"),
				"--spring.datasource.password=" + options.get("password"), "--fairdesk.demo.enabled=false",
				"--fairdesk.security.initial-admin-password=bench-admin-password", "--logging.level.root=WARN",
				// the bench keeps its month for the close itself; the job would change what is kept between rounds
				"--fairdesk.incentives.keep-months-every=PT24H"));
		if (!options.get("pool").isBlank()) {
			properties.add("--spring.datasource.hikari.maximum-pool-size=" + options.get("pool"));
		}
		SpringApplication application = new SpringApplication(FairdeskApplication.class);
		// Records statements only on a thread that asks (the breakdown), so the timed calls use the pool as it is.
		application.addInitializers(context -> context.getBeanFactory()
			.addBeanPostProcessor(MetricsStatements.wrapper()));
		return application.run(properties.toArray(String[]::new));
	}

	private static List<Plan> plans(Map<String, String> options) throws IOException {
		List<String> paths = options.get("plans").isBlank() ? List.of(options.get("plan"))
				: List.of(options.get("plans").split(","));
		List<Plan> plans = new ArrayList<>();
		for (String name : paths.stream().map(String::strip).distinct().toList()) {
			Path path = Path.of(name);
			if (!Files.isRegularFile(path)) {
				throw new IllegalArgumentException("no plan file " + path + "; give one with plan=path (docs/plans.md; e.g."
						+ " the presets in src/main/resources/plans/presets)");
			}
			plans.add(new Plan(path, Files.readString(path)));
		}
		return plans;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("plan", "src/main/resources/plans/presets/team-first-hybrid.yaml");
		options.put("plans", "");
		options.put("runs", "30");
		options.put("warmup", "10");
		options.put("calc-calls", "2000");
		options.put("calc-warmup", "2000");
		options.put("calc-batch", "10");
		options.put("team-size", "500");
		options.put("requests", "100000");
		options.put("neighbours", "5000");
		options.put("open", "2000");
		options.put("seed", "42");
		options.put("month", "");
		options.put("database", "fairdesk_bench_incentives");
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

	/** Keeps results reachable so the JIT cannot drop the calls that made them. */
	static final class Sink {

		static volatile int last;

		private Sink() {
		}

		static void consume(Object result) {
			last = System.identityHashCode(result) ^ (result instanceof List<?> list ? list.size() : 0);
		}
	}
}
