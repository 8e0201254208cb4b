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
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load harness for routing (issue 3, "Speed"): starts the real application (no demo) on a fresh PostgreSQL database,
 * seeds one team of AVAILABLE reps and drives the public facades from N client threads. Two phases, each a warm-up
 * followed by a measured stretch:
 * <ol>
 * <li>max rate: closed loop, every client as fast as it can; assignments per second and claim latency;</li>
 * <li>half rate: open loop at half that rate, arrivals scheduled at fixed intervals across the clients; latency
 * counts from the scheduled start, so a stall delays (and is charged to) every arrival behind it (no coordinated
 * omission).</li>
 * </ol>
 * What one client does per loop depends on {@code mode}:
 * <ul>
 * <li><b>pull</b> (what {@code bench/routing.sh} runs by default) measures routing alone. Before any phase the team is
 * switched to PULL and a backlog of {@code backlog} waiting QUERY requests is pre-filled through the real
 * {@link IntakeManagement#receive} (untimed set-up, like {@code pgbench -i}: {@value #PREFILL_THREADS} threads, up to
 * {@value #PREFILL_BATCH} receives per transaction), then the harness waits until the asynchronous listeners have
 * handled every {@code RequestReceived} (in a PULL team they assign nothing) and runs {@code VACUUM ANALYZE}. In the
 * phases nobody receives: client i is rep i ({@code reps.get(i % reps.size())}) asking
 * {@code RoutingManagement.next}, and only that call is timed. An ask that gets nothing is counted as "empty", never
 * as an assignment: either other claimers held the head of the waiting list ({@code FOR UPDATE SKIP LOCKED}; those
 * requests still wait) or the backlog ran out, which the harness detects after each phase and warns about loudly,
 * because the rate is then capped by the backlog rather than by routing. At the end it checks that no request was
 * assigned twice and that the database holds exactly as many assignments as {@code next} calls returned a request.</li>
 * <li><b>push</b>: each client puts a QUERY in ({@link IntakeManagement#receive}, its own transaction, untimed) and then
 * assigns it ({@code RoutingManagement.assign}), which is what is timed; the half-rate phase also reports "receive +
 * claim" from the scheduled start. Receiving a request also publishes {@code RequestReceived}, whose asynchronous
 * listener in routing assigns it after commit through the event publication registry; no property turns that
 * listener off, so it runs here as in production, races the client's own claim and, finding the request already
 * assigned (assign is idempotent), leaves it. The harness counts the claims that found their request already assigned
 * ("fast path") and reports them. The receive and that listener compete with the claims for the same cores and
 * connections, so push's rate is not routing's alone.</li>
 * </ul>
 * <p>
 * The web server runs (on a free port of 127.0.0.1, unused): {@code spring.main.web-application-type=none} fails,
 * because the security configuration's filter chains need the servlet {@code HttpSecurity}.
 * <p>
 * Not a test: run with {@code bench/routing.sh} or
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dexec.args="clients=16 seconds=20 mode=pull"}. Arguments are
 * key=value: clients (16), seconds (20), warmup (5), half-warmup (2), reps (32), mode (push), backlog (pull only:
 * requests pre-filled, 150000, enough for a 5 s warm-up, 20 s at 4000 assignments/s and the half-rate phase), pool
 * (connections; default: the application's own, Hikari's 10), server (127.0.0.1:5432), user (postgres), password
 * (empty), pg-options (server settings for the app's connections, comma-separated, for experiments, e.g.
 * {@code pg-options=-csynchronous_commit=off,-clog_statement=all}; empty).
 */
public final class RoutingLoad {

	/** Threads that pre-fill the PULL backlog. */
	static final int PREFILL_THREADS = 4;

	/** Receives per pre-filling transaction: few commits, so pre-filling is quick. */
	static final int PREFILL_BATCH = 200;

	/** Set on client threads: did a RequestAssigned event fire on this thread during the current claim? */
	private static final ThreadLocal<boolean[]> ASSIGNED_HERE = new ThreadLocal<>();

	private static final LongAdder ASSIGNED_ELSEWHERE = new LongAdder();

	private final int clients;
	private final boolean pull;
	private final IntakeManagement intake;
	private final Clock clock;
	private final long teamId;
	private final Claimer claimer;
	private final AtomicLong sequence = new AtomicLong();
	/** Claims that returned a rep or a request, in every phase, warm-ups included: the exactly-once check's count. */
	private final LongAdder claimed = new LongAdder();
	/** Claims that returned nothing, in every phase, warm-ups included. */
	private final LongAdder empty = new LongAdder();
	/** CPU used over the max-rate phase's measured seconds (warm-up excluded). */
	private CpuMeter.Reading maxRateCpu = new CpuMeter.Reading(0, 0);

	private RoutingLoad(int clients, boolean pull, IntakeManagement intake, Clock clock, long teamId,
			Claimer claimer) {
		this.clients = clients;
		this.pull = pull;
		this.intake = intake;
		this.clock = clock;
		this.teamId = teamId;
		this.claimer = claimer;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int clients = integer(options, "clients");
		String server = options.get("server");
		boolean pull = "pull".equals(options.get("mode"));
		System.out.printf(Locale.ROOT, "routing load: %s, JVM %s, %d processors%n", options,
				Runtime.version(), Runtime.getRuntime().availableProcessors());
		try (BenchDatabase database = BenchDatabase.createFresh(server, options.get("user"), options.get("password"))) {
			long started = System.nanoTime();
			List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=postgres",
					"--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + database.url(options.get("pg-options").replace(',', ' ')),
					"--spring.datasource.username=" + options.get("user"),
					"--spring.datasource.password=" + options.get("password"), "--fairdesk.demo.enabled=false",
					"--fairdesk.security.initial-admin-password=bench-admin-password", "--logging.level.root=WARN"));
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
				// For pull this switches the team to PULL, so the backlog below waits for reps to ask.
				Claimer claimer = Claimers.create(options.get("mode"), context, reps);
				var load = new RoutingLoad(clients, pull, context.getBean(IntakeManagement.class), clock,
						team.id().value(), claimer);
				var jdbc = new JdbcTemplate(context.getBean(DataSource.class));

				int backlog = integer(options, "backlog");
				double prefillSeconds = 0;
				if (pull) {
					prefillSeconds = load.prefill(backlog,
							new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), jdbc);
				}

				Result max = load.closedLoop(seconds(options, "warmup"), seconds(options, "seconds"));
				max.print("max rate (closed loop, " + clients + " clients)", pull);
				double jvmMs = load.maxRateCpu.jvmNanos() / 1e6 / Math.max(1, max.count());
				double postgresMs = load.maxRateCpu.postgresNanos() / 1e6 / Math.max(1, max.count());
				System.out.printf(Locale.ROOT, "CPU per assignment at max rate: %.3f ms (this JVM %.3f, PostgreSQL %.3f)%n",
						jvmMs + postgresMs, jvmMs, postgresMs);
				long maxLeft = pull ? load.checkBacklog(jdbc, "the max-rate phase", backlog) : -1;
				long drained = drainAsync(jdbc, 60);
				double halfRate = max.rate() / 2;
				if (pull) {
					double needed = halfRate * (seconds(options, "half-warmup") + seconds(options, "seconds")) / 1e9;
					if (maxLeft < needed) {
						System.out.printf(Locale.ROOT, "%n*** WARNING: only %d requests are left in the backlog, the"
								+ " half-rate phase needs about %.0f: it will run out; raise backlog= ***%n%n", maxLeft,
								needed);
					}
				}
				Result half = load.openLoop(halfRate, seconds(options, "half-warmup"), seconds(options, "seconds"));
				half.print(String.format(Locale.ROOT, "half rate (open loop at %.0f/s, %d clients)", halfRate,
						clients), pull);
				long halfLeft = pull ? load.checkBacklog(jdbc, "the half-rate phase", backlog) : -1;
				drained += drainAsync(jdbc, 60);

				long requests = jdbc.queryForObject("select count(*) from routing_queue", Long.class);
				long unassigned = jdbc.queryForObject("select count(*) from routing_queue where assignee_id is null",
						Long.class);
				long twice = jdbc.queryForObject("""
						select count(*) from (select request_id from routing_assignments
						group by request_id having count(*) > 1) d""", Long.class);
				boolean exactlyOnce;
				if (pull) {
					long logged = jdbc.queryForObject("select count(*) from routing_assignments", Long.class);
					long assigned = requests - unassigned;
					exactlyOnce = twice == 0 && logged == load.claimed.sum() && assigned == load.claimed.sum();
					System.out.printf(Locale.ROOT,
							"check: %d requests, %d still waiting, %d assigned more than once; %d next() calls returned"
									+ " a request (warm-ups included), %d assignments logged, %d requests assigned: %s;"
									+ " %d asks got nothing%s%n",
							requests, unassigned, twice, load.claimed.sum(), logged, assigned,
							exactlyOnce ? "exactly once" : "MISMATCH", load.empty.sum(),
							maxLeft == 0 || halfLeft == 0 ? " (*** THE BACKLOG RAN OUT: backlog=" + backlog
									+ " was too small, the rates above are not routing's capacity ***)" : "");
				}
				else {
					// Every request received was claimed, so all must be assigned.
					exactlyOnce = unassigned == 0 && twice == 0;
					System.out.printf(Locale.ROOT,
							"check: %d requests, %d unassigned, %d assigned more than once; %d assignments made by the"
									+ " asynchronous listener; waited %.1f s for it to finish%n",
							requests, unassigned, twice, ASSIGNED_ELSEWHERE.sum(), drained / 1e3);
				}
				result("max_rate", max.rate());
				result("max_p50_ms", max.claim().percentileMillis(50));
				result("max_p99_ms", max.claim().percentileMillis(99));
				result("max_p999_ms", max.claim().percentileMillis(99.9));
				result("max_cpu_ms_jvm", jvmMs);
				result("max_cpu_ms_postgres", postgresMs);
				result("max_fast_path_pct", 100.0 * max.fastPath() / Math.max(1, max.count()));
				result("half_target_rate", halfRate);
				result("half_rate", half.rate());
				result("half_p50_ms", half.claim().percentileMillis(50));
				result("half_p99_ms", half.claim().percentileMillis(99));
				result("half_p999_ms", half.claim().percentileMillis(99.9));
				if (!pull) { // pull receives nothing in the phases: there is no "receive + claim"
					result("half_e2e_p50_ms", half.endToEnd().percentileMillis(50));
					result("half_e2e_p99_ms", half.endToEnd().percentileMillis(99));
				}
				result("half_fast_path_pct", 100.0 * half.fastPath() / Math.max(1, half.count()));
				if (pull) {
					result("backlog", backlog);
					result("prefill_s", prefillSeconds);
					result("max_empty", max.unassigned());
					result("half_empty", half.unassigned());
					result("backlog_left", halfLeft);
					result("backlog_exhausted", maxLeft == 0 || halfLeft == 0 ? 1 : 0);
				}
				// In PULL an empty ask is not an error: the head was held by other claimers, or the backlog ran out.
				result("errors", max.errors() + half.errors() + (pull ? 0 : max.unassigned() + half.unassigned()));
				result("exactly_once", exactlyOnce ? 1 : 0);
			}
		}
	}

	/**
	 * PULL set-up, untimed: {@code backlog} QUERY requests through the real receive, from {@value #PREFILL_THREADS}
	 * threads, {@value #PREFILL_BATCH} per transaction; then waits for the asynchronous listeners (which assign nothing
	 * in a PULL team) and vacuums, as {@code pgbench -i} does, then checkpoints so that the fill's writes are not
	 * flushed during the timed phases. Returns the seconds it took.
	 */
	private double prefill(int backlog, TransactionTemplate transactions, JdbcTemplate jdbc) throws Exception {
		System.out.printf(Locale.ROOT, "pre-filling a backlog of %d waiting QUERY requests (%d threads, %d per"
				+ " transaction) ...%n", backlog, PREFILL_THREADS, PREFILL_BATCH);
		long start = System.nanoTime();
		AtomicLong handedOut = new AtomicLong();
		ExecutorService fillers = Executors.newFixedThreadPool(PREFILL_THREADS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < PREFILL_THREADS; t++) {
				done.add(fillers.submit(() -> {
					for (long from; (from = handedOut.getAndAdd(PREFILL_BATCH)) < backlog;) {
						long batch = Math.min(PREFILL_BATCH, backlog - from);
						transactions.executeWithoutResult(status -> {
							for (long i = 0; i < batch; i++) {
								receive();
							}
						});
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			fillers.shutdownNow();
		}
		long received = System.nanoTime();
		long drained = drainAsync(jdbc, 600);
		jdbc.execute("vacuum analyze");
		// The fill writes about a gigabyte of WAL; the spread checkpoint it started ran on through the timed phases
		// (docs/benchmarks-history.md, 14th session), a load pgbench's short runs on a small database do not carry.
		jdbc.execute("checkpoint");
		long waiting = waiting(jdbc);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"pre-filled in %.1f s: received in %.1f s (%.0f/s), asynchronous listeners done %.1f s later, then"
						+ " vacuum analyze and a checkpoint; %d requests waiting%n",
				seconds, (received - start) / 1e9, backlog / ((received - start) / 1e9), drained / 1e3, waiting);
		if (waiting != backlog) {
			throw new IllegalStateException("pre-filled " + backlog + " requests but " + waiting + " are waiting");
		}
		return seconds;
	}

	/**
	 * PULL, after a phase: requests never come back, so if none is waiting now the backlog ran out during the phase
	 * and its empty asks were (partly) for want of work. Returns how many are still waiting.
	 */
	private long checkBacklog(JdbcTemplate jdbc, String phase, int backlog) {
		long left = waiting(jdbc);
		if (left == 0) {
			System.out.printf(Locale.ROOT, "%n*** WARNING: THE BACKLOG RAN OUT during %s: its empty asks found no"
					+ " request waiting, so the rate is capped by backlog=%d, not by routing; re-run with a larger"
					+ " backlog= ***%n%n", phase, backlog);
		}
		else {
			System.out.printf(Locale.ROOT, "%d requests still waiting after %s%n", left, phase);
		}
		return left;
	}

	private long waiting(JdbcTemplate jdbc) {
		return jdbc.queryForObject(
				"select count(*) from routing_queue where team_id = ? and assignee_id is null and closed_at is null",
				Long.class, teamId);
	}

	/** Every client as fast as it can: (push: receive, untimed), claim (timed), again. */
	private Result closedLoop(long warmupNanos, long measureNanos) throws InterruptedException {
		long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
		long measureFrom = begin + warmupNanos;
		long end = measureFrom + measureNanos;
		AtomicReference<CpuMeter.Reading> used = new AtomicReference<>();
		Thread meter = new Thread(() -> {
			parkUntil(measureFrom);
			CpuMeter.Reading from = CpuMeter.read();
			parkUntil(end);
			used.set(CpuMeter.read().minus(from));
		}, "bench-cpu-meter");
		meter.setDaemon(true); // a failed run must not wait for it
		meter.start();
		Result result = run(measureNanos, (client, stats) -> {
			parkUntil(begin);
			while (System.nanoTime() < end) {
				RequestId id = pull ? null : receive();
				long start = System.nanoTime();
				boolean assigned = claim(client, id, stats, start >= measureFrom);
				long done = System.nanoTime();
				if (start >= measureFrom) {
					stats.claim.record(done - start);
					stats.count += assigned ? 1 : 0;
					stats.unassigned += assigned ? 0 : 1;
				}
			}
		});
		meter.join();
		maxRateCpu = Objects.requireNonNull(used.get(), "the CPU meter did not finish");
		return result;
	}

	/**
	 * Arrivals at fixed intervals whichever client takes them: slot k starts at begin + k * interval. The claim's
	 * latency is the slot's lag (start of work minus scheduled start) plus the claim itself; in push, end-to-end adds
	 * the receive (pull receives nothing, so its claim latency is already end to end).
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
				RequestId id = pull ? null : receive();
				long received = pull ? started : System.nanoTime();
				boolean measured = scheduled >= measureFrom;
				boolean assigned = claim(client, id, stats, measured);
				long done = System.nanoTime();
				if (measured) {
					stats.claim.record(done - scheduled - (received - started));
					if (!pull) {
						stats.endToEnd.record(done - scheduled);
					}
					stats.count += assigned ? 1 : 0;
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

	private boolean claim(int client, @Nullable RequestId id, Stats stats, boolean measured) {
		boolean[] here = ASSIGNED_HERE.get();
		here[0] = false;
		boolean assigned = claimer.claim(client, id);
		(assigned ? claimed : empty).increment();
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

	/** Waits (at most {@code timeoutSeconds}) until the asynchronous listeners have handled every event; returns ms. */
	private static long drainAsync(JdbcTemplate jdbc, int timeoutSeconds) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class) > 0) {
			if (System.nanoTime() > deadline) {
				System.out.println("warning: asynchronous listeners still busy after " + timeoutSeconds + " s");
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

		/** @param pull whether {@code unassigned} counts asks that got nothing (pull) rather than failed assigns */
		void print(String title, boolean pull) {
			if (pull) {
				System.out.printf(Locale.ROOT,
						"%s: %d assignments, %.0f/s; claim (next) latency ms p50 %.2f p99 %.2f p99.9 %.2f max %.2f;"
								+ " %d asks got nothing (not counted)%n",
						title, count, rate, claim.percentileMillis(50), claim.percentileMillis(99),
						claim.percentileMillis(99.9), claim.maxMillis(), unassigned);
				return;
			}
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
		options.put("backlog", "150000");
		options.put("server", "127.0.0.1:5432");
		options.put("user", "postgres");
		options.put("password", "");
		options.put("pg-options", "");
		options.put("pool", "");
		return BenchOptions.parse(options, args);
	}

	private static int integer(Map<String, String> options, String key) {
		return Integer.parseInt(options.get(key));
	}

	private static long seconds(Map<String, String> options, String key) {
		return TimeUnit.SECONDS.toNanos(integer(options, key));
	}
}
