package org.fairdesk.bench;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.fairdesk.FairdeskApplication;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.people.Availability;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.routing.SkipPolicy;
import org.fairdesk.security.ApiTokens;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.ServiceLevels;
import org.fairdesk.work.SlaTarget;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisor's live view under load (issue 17, "Speed": {@code GET /api/routing/live} under 50 ms p95 with 1,000
 * waiting requests and 50 reps; {@code bench/live.sh} runs it). Starts the real application (no demo) on a fresh
 * PostgreSQL database and builds, through its facades, a PULL team of {@code reps} reps with SLA targets: each rep
 * holds {@code held} requests (one started), some reps are OVERLOADED or AWAY, {@code skips} skips and
 * {@code hand-backs} hand-backs were made in the last hour, and {@code waiting} requests wait, received over the last
 * {@code spread-hours} hours (so some are breached, some at risk, some on time). Then it loads the application over
 * loopback HTTP, closed loop, {@code clients} threads each with its own connection, endpoint after endpoint:
 * <pre>
 *   teams-token   GET /api/teams                       the manager's API token (Bearer): baseline of
 *   live-token    GET /api/routing/live?teamId={id}    the same token
 *   login-page    GET /login                           the manager's session (form login): baseline of
 *   live-panel    GET /routing/live/panel?team={id}    the same session: the fragment the live page polls
 * </pre>
 * each {@code warmup} s unmeasured, then {@code seconds} s measured, in {@code rounds} rounds (one unmeasured pass of
 * every endpoint first). Prints per endpoint and client count the median over the rounds of requests/s, p50, p95 and
 * p99, and the target's verdict. Arguments are key=value (see {@link #options}).
 */
public final class LiveBench {

	private static final String MANAGER = "manager";

	private static final String MANAGER_PASSWORD = "bench-manager-password";

	private static final List<String> ENDPOINTS = List.of("teams-token", "live-token", "login-page", "live-panel");

	private static final double TARGET_P95_MS = 50;

	private LiveBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		System.out.printf(Locale.ROOT, "live bench: %s, JVM %s, %d processors%n", options, Runtime.version(),
				Runtime.getRuntime().availableProcessors());
		try (BenchDatabase database = BenchDatabase.createFresh(options.get("server"), options.get("user"),
				options.get("password"))) {
			List<String> properties = new ArrayList<>(List.of("--spring.profiles.active=postgres",
					"--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + database.url(""), "--spring.datasource.username=" + options.get("user"),
					"--spring.datasource.password=" + options.get("password"), "--fairdesk.demo.enabled=false",
					"--fairdesk.security.initial-admin-password=bench-admin-password", "--logging.level.root=WARN"));
			try (ConfigurableApplicationContext context = new SpringApplication(FairdeskApplication.class)
				.run(properties.toArray(String[]::new))) {
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				long team = prepare(context, options);
				String base = "http://127.0.0.1:" + port;
				Clock clock = context.getBean(Clock.class);
				String token = context.getBean(ApiTokens.class)
					.issue(MANAGER, "live bench", 1, clock.instant())
					.token();
				String session = login(base);
				Map<String, Target> targets = new LinkedHashMap<>();
				targets.put("teams-token", new Target(base + "/api/teams", "Authorization", "Bearer " + token));
				targets.put("live-token", new Target(base + "/api/routing/live?teamId=" + team, "Authorization",
						"Bearer " + token));
				targets.put("login-page", new Target(base + "/login", "Cookie", "JSESSIONID=" + session));
				targets.put("live-panel", new Target(base + "/routing/live/panel?team=" + team, "Cookie",
						"JSESSIONID=" + session));
				sanity(targets, integer(options, "waiting"), integer(options, "reps"));
				load(targets, options);
			}
		}
	}

	/** The team, its reps and their work, the skips and hand-backs, and the waiting requests; returns the team id. */
	private static long prepare(ConfigurableApplicationContext context, Map<String, String> options) {
		long started = System.nanoTime();
		PeopleManagement people = context.getBean(PeopleManagement.class);
		RoutingManagement routing = context.getBean(RoutingManagement.class);
		RoutingAdministration administration = context.getBean(RoutingAdministration.class);
		IntakeManagement intake = context.getBean(IntakeManagement.class);
		WorkManagement work = context.getBean(WorkManagement.class);
		Clock clock = context.getBean(Clock.class);
		context.getBean(UserAccounts.class).create(MANAGER, MANAGER_PASSWORD, Role.MANAGER);
		Team team = people.createTeam("Live", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		context.getBean(ServiceLevels.class)
			.setTargets(team.id(), List.of(new SlaTarget(RequestKind.QUERY, 0, 120, 480),
					new SlaTarget(RequestKind.QUOTE, 0, 240, 1440), new SlaTarget(RequestKind.ORDER, 0, 60, 1440)));
		administration.setMode(team.id(), RoutingMode.PULL, clock.instant());
		administration.setSkipPolicy(team.id(), SkipPolicy.DEFAULT_REASONS, 50);
		List<RepId> reps = new ArrayList<>();
		for (int i = 1; i <= integer(options, "reps"); i++) {
			reps.add(people.addRep(new NewRep(team.id(), "live" + i, "Live rep " + i, new BigDecimal("40"),
					LocalDate.now(clock).minusYears(1))).id());
		}
		int held = integer(options, "held");
		int total = integer(options, "waiting") + held * reps.size();
		receive(intake, team, total, Duration.ofHours(integer(options, "spread-hours")), clock,
				Long.parseLong(options.get("seed")));
		for (RepId rep : reps) {
			for (int h = 0; h < held; h++) {
				RequestId id = routing.next(rep, clock.instant()).orElseThrow();
				if (h == 0) {
					work.transition(id, rep, Transition.to(RequestState.IN_PROGRESS), clock.instant());
				}
			}
		}
		// Skips and hand-backs: a rep takes the head and gives it back; it waits again, so the waiting count holds.
		for (int s = 0; s < integer(options, "skips"); s++) {
			RepId rep = reps.get(s % reps.size());
			RequestId id = routing.next(rep, clock.instant()).orElseThrow();
			routing.handBack(rep, id, SkipPolicy.DEFAULT_REASONS.get(0), true, clock.instant());
		}
		for (int b = 0; b < integer(options, "hand-backs"); b++) {
			RepId rep = reps.get((b * 7) % reps.size());
			RequestId id = routing.next(rep, clock.instant()).orElseThrow();
			work.transition(id, rep, Transition.to(RequestState.IN_PROGRESS), clock.instant());
			routing.handBack(rep, id, "the customer asked for a colleague", false, clock.instant());
		}
		for (int i = 0; i < reps.size(); i++) { // a tenth overloaded, a tenth away
			Availability to = i % 10 == 0 ? Availability.OVERLOADED : i % 10 == 1 ? Availability.AWAY : null;
			if (to != null) {
				people.changeAvailability(reps.get(i), to, MANAGER, "live bench");
			}
		}
		long waiting = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject(
				"select count(*) from routing_queue where team_id = ? and assignee_id is null and closed_at is null",
				Long.class, team.id().value());
		System.out.printf(Locale.ROOT, "team %d: %d reps holding %d each, %d skips and %d hand-backs, %d waiting;"
				+ " prepared in %.1f s%n", team.id().value(), reps.size(), held, integer(options, "skips"),
				integer(options, "hand-backs"), waiting, (System.nanoTime() - started) / 1e9);
		return team.id().value();
	}

	/** {@code count} requests of every kind (orders and quotes with amounts), received over the last {@code spread}. */
	private static void receive(IntakeManagement intake, Team team, int count, Duration spread, Clock clock,
			long seed) {
		Random random = new Random(seed);
		Instant now = clock.instant();
		List<Instant> arrivals = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			arrivals.add(now.minusSeconds((long) (random.nextDouble() * spread.toSeconds())));
		}
		arrivals.sort(null);
		for (int i = 0; i < count; i++) {
			RequestKind kind = RequestKind.values()[i % RequestKind.values().length];
			BigDecimal amount = kind == RequestKind.QUERY ? null
					: BigDecimal.valueOf(100 + random.nextInt(20_000)).setScale(2);
			intake.receive(new NewRequest(kind.name(), team.id().value(), "Customer " + i, "Live bench " + kind + " " + i,
					null, amount, amount == null ? null : "EUR", null), "bench", arrivals.get(i));
		}
	}

	/** The manager's session through the login form (with its CSRF token), as a browser signs in. */
	private static String login(String base) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on GET /login");
		}
		String body = "username=" + MANAGER + "&password=" + URLEncoder.encode(MANAGER_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("form login failed: " + answer.statusCode() + " " + answer.headers().map());
		}
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	/** Each endpoint answers 200, and the live view counts every waiting request and every rep. */
	private static void sanity(Map<String, Target> targets, int waiting, int reps) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (Map.Entry<String, Target> e : targets.entrySet()) {
			HttpResponse<String> answer = client.send(e.getValue().request(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(e.getKey() + " answered " + answer.statusCode());
			}
			System.out.printf(Locale.ROOT, "sanity: %-12s 200, %,d bytes%n", e.getKey(), answer.body().length());
			if (e.getKey().equals("live-token")) {
				JsonNode live = new JsonMapper().readTree(answer.body());
				JsonNode kinds = live.get("kinds");
				int counted = 0;
				for (int k = 0; k < kinds.size(); k++) {
					counted += kinds.get(k).get("waiting").asInt();
				}
				if (counted != waiting || live.get("reps").size() != reps) {
					throw new IllegalStateException("the live view counts " + counted + " waiting and "
							+ live.get("reps").size() + " reps, expected " + waiting + " and " + reps);
				}
				System.out.printf(Locale.ROOT, "sanity: the live view counts %d waiting (%d listed), %d reps, %d skips"
						+ " and hand-backs in the last hour%n", counted, live.get("waiting").size(), reps,
						live.get("lastHour").size());
			}
		}
	}

	private static void load(Map<String, Target> targets, Map<String, String> options) throws Exception {
		List<Integer> clientCounts = new ArrayList<>();
		for (String c : options.get("clients").split(",")) {
			clientCounts.add(Integer.parseInt(c.trim()));
		}
		long warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup"))).toNanos();
		long measure = Duration.ofSeconds(Long.parseLong(options.get("seconds"))).toNanos();
		System.out.println("warm-up pass: every endpoint for 5 s (not measured) ...");
		for (String endpoint : ENDPOINTS) {
			HttpLoad.run(targets.get(endpoint), clientCounts.get(0), 0, Duration.ofSeconds(5).toNanos());
		}
		Map<String, List<HttpLoad.Outcome>> outcomes = new LinkedHashMap<>();
		int rounds = integer(options, "rounds");
		for (int round = 1; round <= rounds; round++) {
			for (int clients : clientCounts) {
				for (String endpoint : ENDPOINTS) {
					HttpLoad.Outcome outcome = HttpLoad.run(targets.get(endpoint), clients, warmup, measure);
					System.out.printf(Locale.ROOT, "round %d, %d clients, %-12s %s%n", round, clients, endpoint,
							outcome);
					outcomes.computeIfAbsent(clients + " " + endpoint, k -> new ArrayList<>()).add(outcome);
				}
			}
		}
		HttpLoad.report(outcomes, clientCounts, ENDPOINTS, Map.of("live-token", "teams-token", "live-panel",
				"login-page"), TARGET_P95_MS, rounds);
	}

	/** One endpoint: its address and the header that authenticates the caller. */
	record Target(String url, String header, String value) {

		HttpRequest request() {
			return HttpRequest.newBuilder(URI.create(url)).header(header, value).timeout(Duration.ofSeconds(30)).build();
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("reps", "50");
		options.put("waiting", "1000");
		options.put("held", "3");
		options.put("skips", "100");
		options.put("hand-backs", "40");
		options.put("spread-hours", "6");
		options.put("clients", "1,4");
		options.put("rounds", "3");
		options.put("warmup", "3");
		options.put("seconds", "10");
		options.put("seed", "42");
		options.put("server", "127.0.0.1:5432");
		options.put("user", "postgres");
		options.put("password", "");
		return BenchOptions.parse(options, args);
	}

	private static int integer(Map<String, String> options, String key) {
		return Integer.parseInt(options.get(key));
	}
}
