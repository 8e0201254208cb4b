package org.fairdesk.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.fairdesk.FairdeskApplication;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.routing.RequestAssigned;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load harness for routing (issue 3, "Speed"): starts the real application (no demo) on a fresh PostgreSQL database,
 * seeds one team of AVAILABLE reps and drives the public facades from N client threads. Each
 * client puts a QUERY in ({@link IntakeManagement#receive}, its own transaction, untimed) and then makes one claim
 * ({@link Claimer}, by default {@code RoutingManagement.assign}), which is what is timed.
 * <ol>
 * <li>max rate: closed loop, every client as fast as it can; assignments per second and claim latency;</li>
 * <li>half rate: open loop at half that rate, arrivals scheduled at fixed intervals across the clients; latency
 * counts from the scheduled start, so a stall delays (and is charged to) every arrival behind it.</li>
 * </ol>
 * Receiving a request also publishes {@code RequestReceived}, whose asynchronous listener in routing assigns it
 * after commit through the event publication registry; no property turns that listener off, so it runs here as in
 * production, races the client's own claim and, finding the request already assigned (assign is idempotent), leaves
 * it. The harness counts the claims that found their request already assigned ("fast path") and reports them.
 * <p>
 * The web server runs (on a free port of 127.0.0.1, unused): {@code spring.main.web-application-type=none} fails,
 * because the security configuration's filter chains need the servlet {@code HttpSecurity}.
 * <p>
 * Not a test: run with {@code bench/routing.sh} or
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.args="clients=16 seconds=20"}. Arguments are key=value:
 * clients (16), seconds (20), warmup (5), half-warmup (2), reps (32), mode (push), pool (connections; default: the
 * application's own, Hikari's 10), server (127.0.0.1:5432), user (postgres), password (empty), pg-options (server
 * settings for the app's connections, comma-separated, for experiments, e.g.
 * {@code pg-options=-csynchronous_commit=off,-clog_statement=all}; empty).
 */
public final class RoutingLoad {

	/** Set on client threads: did a RequestAssigned event fire on this thread during the current claim? */
	private static final ThreadLocal<boolean[]> ASSIGNED_HERE = new ThreadLocal<>();

	private static final LongAdder ASSIGNED_ELSEWHERE = new LongAdder();

	private final int clients;
	private final IntakeManagement intake;
	private final Clock clock;
	private final long teamId;
	private final Claimer claimer;
	private final AtomicLong sequence = new AtomicLong();

	private RoutingLoad(int clients, IntakeManagement intake, Clock clock, long teamId, Claimer claimer) {
		this.clients = clients;
		this.intake = intake;
		this.clock = clock;
		this.teamId = teamId;
		this.claimer = claimer;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int clients = integer(options, "clients");
		String server = options.get("server");
		System.out.printf(Locale.ROOT, "routing load: %s, JVM %s, %d processors%n", options,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		try (BenchDatabase database = BenchDatabase.createFresh(server, options.get("user"), options.get("password"))) {
			long started = System.nanoTime();
			List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=postgres",
					"--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + database.url(options.get("pg-options").replace(',', ' ')),
					"--spring.datasource.username=" + options.get("user"),
					"--spring.datasource.password=" + options.get("password"), "--fairdesk.demo.enabled=false",
					"--fairdesk.security.initial-admin-password=bench", "--logging.level.root=WARN"));
			if (!options.get("pool").isBlank()) {
				properties.add("--spring.datasource.hikari.maximum-pool-size=" + options.get("pool"));
			}
			try (ConfigurableApplicationContext context = new SpringApplication(FairdeskApplication.class)
				.run(properties.toArray(String[]::new))) {
				System.out.printf(Locale.ROOT, "application started on %s in %.1f s, connection pool %s%n",
						database.name(), (System.nanoTime() - started) / 1e9, context.getEnvironment()
							.getProperty("spring.datasource.hikari.maximum-pool-size", "10 (Hikari's default)"));
				context.addApplicationListener((ApplicationListener<ApplicationEvent>) RoutingLoad::countAssignment);

				PeopleManagement people = context.getBean(PeopleManagement.class);
				Clock clock = context.getBean(Clock.class);
				Team team = people.createTeam("Bench", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
				List<RepId> reps = new ArrayList<>();
				for (int i = 1; i <= integer(options, "reps"); i++) {
					reps.add(people.addRep(new NewRep(team.id(), "bench" + i, "Bench rep " + i, new BigDecimal("40"),
							LocalDate.now(clock))).id());
				}
				Claimer claimer = Claimers.create(options.get("mode"), context, reps);
				var load = new RoutingLoad(clients, context.getBean(IntakeManagement.class), clock, team.id().value(),
						claimer);
				var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

				Result max = load.closedLoop(seconds(options, "warmup"), seconds(options, "seconds"));
				max.print("max rate (closed loop, " + clients + " clients)");
				long drained = drainAsync(jdbc);
				double halfRate = max.rate() / 2;
				Result half = load.openLoop(halfRate, seconds(options, "half-warmup"), seconds(options, "seconds"));
				half.print(String.format(Locale.ROOT, "half rate (open loop at %.0f/s, %d clients)", halfRate,
						clients));
				drained += drainAsync(jdbc);

				long requests = jdbc.queryForObject("select count(*) from routing_queue", Long.class);
				long unassigned = jdbc.queryForObject("select count(*) from routing_queue where assignee_id is null",
						Long.class);
				long twice = jdbc.queryForObject("""
						select count(*) from (select request_id from routing_assignments
						group by request_id having count(*) > 1) d""", Long.class);
				System.out.printf(Locale.ROOT,
						"check: %d requests, %d unassigned, %d assigned more than once; %d assignments made by the"
								+ " asynchronous listener; waited %.1f s for it to finish%n",
						requests, unassigned, twice, ASSIGNED_ELSEWHERE.sum(), drained / 1e3);
				result("max_rate", max.rate());
				result("max_p50_ms", max.claim().percentileMillis(50));
				result("max_p99_ms", max.claim().percentileMillis(99));
				result("max_p999_ms", max.claim().percentileMillis(99.9));
				result("max_fast_path_pct", 100.0 * max.fastPath() / Math.max(1, max.count()));
				result("half_target_rate", halfRate);
				result("half_rate", half.rate());
				result("half_p50_ms", half.claim().percentileMillis(50));
				result("half_p99_ms", half.claim().percentileMillis(99));
				result("half_p999_ms", half.claim().percentileMillis(99.9));
				result("half_e2e_p50_ms", half.endToEnd().percentileMillis(50));
				result("half_e2e_p99_ms", half.endToEnd().percentileMillis(99));
				result("half_fast_path_pct", 100.0 * half.fastPath() / Math.max(1, half.count()));
				result("errors", max.errors() + half.errors() + max.unassigned() + half.unassigned());
				// In PULL a client may find the head locked by others and get nothing: that request waits, it is not lost.
				boolean allAssigned = unassigned == 0 || "pull".equals(options.get("mode"));
				result("exactly_once", allAssigned && twice == 0 ? 1 : 0);
			}
		}
	}

	/** Every client as fast as it can: receive (untimed), claim (timed), again. */
	private Result closedLoop(long warmupNanos, long measureNanos) throws InterruptedException {
		long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
		long measureFrom = begin + warmupNanos;
		long end = measureFrom + measureNanos;
		return run(measureNanos, (client, stats) -> {
			parkUntil(begin);
			while (System.nanoTime() < end) {
				RequestId id = receive();
				long start = System.nanoTime();
				boolean assigned = claim(client, id, stats, start >= measureFrom);
				long done = System.nanoTime();
				if (start >= measureFrom) {
					stats.claim.record(done - start);
					stats.count++;
					stats.unassigned += assigned ? 0 : 1;
				}
			}
		});
	}

	/**
	 * Arrivals at fixed intervals whichever client takes them: slot k starts at begin + k * interval. The claim's
	 * latency is the slot's lag (start of work minus scheduled start) plus the claim itself; end-to-end adds the
	 * receive.
	 */
	private Result openLoop(double rate, long warmupNanos, long measureNanos) throws InterruptedException {
		long interval = Math.max(1, Math.round(1e9 / rate));
		long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
		long measureFrom = begin + warmupNanos;
		long end = measureFrom + measureNanos;
		AtomicLong slots = new AtomicLong();
		return run(measureNanos, (client, stats) -> {
			while (true) {
				long scheduled = begin + slots.getAndIncrement() * interval;
				if (scheduled >= end) {
					return;
				}
				parkUntil(scheduled);
				long started = System.nanoTime();
				RequestId id = receive();
				long received = System.nanoTime();
				boolean measured = scheduled >= measureFrom;
				boolean assigned = claim(client, id, stats, measured);
				long done = System.nanoTime();
				if (measured) {
					stats.claim.record(done - scheduled - (received - started));
					stats.endToEnd.record(done - scheduled);
					stats.count++;
					stats.unassigned += assigned ? 0 : 1;
				}
			}
		});
	}

	private RequestId receive() {
		long n = sequence.incrementAndGet();
		return intake.receive(new NewRequest("QUERY", teamId, "Customer " + n, "Bench query " + n, null, null, null,
				null), "bench", clock.instant()).requestId();
	}

	private boolean claim(int client, RequestId id, Stats stats, boolean measured) {
		boolean[] here = ASSIGNED_HERE.get();
		here[0] = false;
		boolean assigned = claimer.claim(client, id);
		if (measured && assigned && !here[0]) {
			stats.fastPath++;
		}
		return assigned;
	}

	private interface Body {
		void run(int client, Stats stats);
	}

	private Result run(long measureNanos, Body body) throws InterruptedException {
		List<Stats> all = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		AtomicReference<RuntimeException> firstError = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(clients);
		for (int c = 0; c < clients; c++) {
			int client = c;
			Stats stats = new Stats();
			all.add(stats);
			Thread thread = new Thread(() -> {
				ASSIGNED_HERE.set(new boolean[1]);
				try {
					body.run(client, stats);
				}
				catch (RuntimeException e) {
					stats.errors++;
					firstError.compareAndSet(null, e);
				}
				finally {
					done.countDown();
				}
			}, "bench-client-" + client);
			threads.add(thread);
			thread.start();
		}
		done.await();
		if (firstError.get() != null) {
			throw new IllegalStateException("a client failed", firstError.get());
		}
		long count = all.stream().mapToLong(s -> s.count).sum();
		return new Result(count, count / (measureNanos / 1e9), Latencies.merge(all.stream().map(s -> s.claim).toList()),
				Latencies.merge(all.stream().map(s -> s.endToEnd).toList()),
				all.stream().mapToLong(s -> s.fastPath).sum(), all.stream().mapToLong(s -> s.unassigned).sum(),
				all.stream().mapToLong(s -> s.errors).sum());
	}

	private static void countAssignment(ApplicationEvent event) {
		if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof RequestAssigned) {
			boolean[] here = ASSIGNED_HERE.get();
			if (here != null) {
				here[0] = true;
			}
			else {
				ASSIGNED_ELSEWHERE.increment();
			}
		}
	}

	/** Waits (at most a minute) until the asynchronous listeners have handled every event; returns milliseconds. */
	private static long drainAsync(JdbcTemplate jdbc) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(60);
		while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class) > 0) {
			if (System.nanoTime() > deadline) {
				System.out.println("warning: asynchronous listeners still busy after 60 s");
				break;
			}
			Thread.sleep(100);
		}
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
	}

	private static void parkUntil(long nanoTime) {
		for (long wait; (wait = nanoTime - System.nanoTime()) > 0;) {
			LockSupport.parkNanos(wait);
		}
	}

	private static final class Stats {

		final Latencies claim = new Latencies();
		final Latencies endToEnd = new Latencies();
		long count;
		long fastPath;
		long unassigned;
		long errors;
	}

	private record Result(long count, double rate, Latencies claim, Latencies endToEnd, long fastPath,
			long unassigned, long errors) {

		void print(String title) {
			System.out.printf(Locale.ROOT,
					"%s: %d assignments, %.0f/s; claim latency ms p50 %.2f p99 %.2f p99.9 %.2f max %.2f%s;"
							+ " %d found already assigned by the asynchronous listener, %d unassigned%n",
					title, count, rate, claim.percentileMillis(50), claim.percentileMillis(99),
					claim.percentileMillis(99.9), claim.maxMillis(),
					endToEnd.size() == 0 ? ""
							: String.format(Locale.ROOT, " (receive + claim: p50 %.2f p99 %.2f)",
									endToEnd.percentileMillis(50), endToEnd.percentileMillis(99)),
					fastPath, unassigned);
		}
	}

	private static void result(String key, double value) {
		System.out.printf(Locale.ROOT, "RESULT %s %.2f%n", key, value);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("clients", "16");
		options.put("seconds", "20");
		options.put("warmup", "5");
		options.put("half-warmup", "2");
		options.put("reps", "32");
		options.put("mode", "push");
		options.put("server", "127.0.0.1:5432");
		options.put("user", "postgres");
		options.put("password", "");
		options.put("pg-options", "");
		options.put("pool", "");
		for (String arg : args) {
			for (String word : arg.trim().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				int eq = word.indexOf('=');
				if (eq < 1 || !options.containsKey(word.substring(0, eq))) {
					throw new IllegalArgumentException("unknown argument " + word + "; known: " + options.keySet()
							+ ", each as key=value");
				}
				options.put(word.substring(0, eq), word.substring(eq + 1));
			}
		}
		return options;
	}

	private static int integer(Map<String, String> options, String key) {
		return Integer.parseInt(options.get(key));
	}

	private static long seconds(Map<String, String> options, String key) {
		return TimeUnit.SECONDS.toNanos(integer(options, key));
	}
}
