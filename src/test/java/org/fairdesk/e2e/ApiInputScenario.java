package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.Inputs;
import org.fairdesk.support.RowCounts;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Random values thrown at every JSON endpoint that takes a body: a valid body with one member (or the whole body)
 * replaced by something nasty (huge, tiny and fractional numbers, NUL inside text, 10 000 characters, the wrong
 * type, nesting, null). Whatever it is, the answer is a 2xx or a 4xx, never a 5xx; a 4xx names no Java type and
 * leaves every table as it was. Subclasses choose the database and the number of tries.
 * <p>
 * jqwik runs these, not JUnit Jupiter, so the Spring test context is set up by hand ({@link TestContextManager});
 * it is the same cached context a JUnit test with this configuration gets.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class ApiInputScenario {

	private static final String MARK = "@@NASTY@@";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired JdbcClient jdbc;
	@Autowired UserAccounts accounts;
	@Autowired Clock clock;

	String manager;
	/** Every endpoint with a body, once per member it has: the member's value is {@value #MARK}. */
	List<Template> templates;

	@BeforeProperty
	void aTeamAndItsWork() throws Exception {
		new TestContextManager(getClass()).prepareTestInstance(this);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Team team = people.createTeam("Fuzzed " + suffix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep first = people.addRep(new NewRep(team.id(), "fz1" + suffix, "First", BigDecimal.TEN, LocalDate.of(2024, 1, 1)));
		Rep second = people.addRep(new NewRep(team.id(), "fz2" + suffix, "Second", BigDecimal.TEN,
				LocalDate.of(2024, 1, 1)));
		accounts.create(first.username(), "long-enough", Role.REP);
		accounts.create(second.username(), "long-enough", Role.REP);
		manager = "fzm" + suffix;
		accounts.create(manager, "long-enough", Role.MANAGER);
		RequestId order = assigned(team, "ORDER", new BigDecimal("250.00"));
		RequestId closed = assigned(team, "QUERY", null);
		RepId holder = work.request(closed).assigneeId();
		work.transition(closed, holder, Transition.to(RequestState.IN_PROGRESS), clock.instant());
		work.transition(closed, holder, Transition.to(RequestState.RESOLVED), clock.instant());
		RowCounts.awaitQuiet(jdbc);
		templates = endpoints(team.id().value(), first, second, order.value(), closed.value());
	}

	/** One try: a 2xx or a 4xx, never a 5xx; a 4xx with nothing stored and in the caller's words. */
	void check(int which, String nasty) throws Exception {
		Template template = templates.get(which % templates.size());
		String body = template.body().replace("\"" + MARK + "\"", nasty);
		Map<String, Long> before = RowCounts.of(jdbc);
		MockHttpServletResponse answer = mvc.perform(request(template.method(), template.path())
			.with(user(template.caller()).roles(template.role()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
		int status = answer.getStatus();
		Statistics.label("answer").collect(status / 100 + "xx");
		Statistics.label("endpoint").collect(template.method() + " " + template.path().replaceAll("[0-9a-f-]{36}|\\d+", "{id}"));
		String what = template.method() + " " + template.path() + " " + Inputs.shortened(body);
		assertThat(status).as(what).isBetween(200, 499);
		if (status >= 400) {
			assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).as(what).doesNotMatch(BadJsonScenario.JAVA);
			assertThat(RowCounts.of(jdbc)).as("nothing stored for " + what).isEqualTo(before);
		}
		else {
			RowCounts.awaitQuiet(jdbc); // what the call started is done before the next try counts rows
		}
	}

	/** Which endpoint and member: any of them, equally often (no edge cases, which would favour the first). */
	@Provide
	Arbitrary<Integer> member() {
		return Arbitraries.integers().between(0, 1_000_000).withoutEdgeCases();
	}

	/** Raw JSON texts, each to stand where one member's value was. */
	@Provide
	Arbitrary<String> nasty() {
		Arbitrary<String> fixed = Arbitraries.of("1e999999999", "-1e999999999", "1e-999999999", "1E+2147483647", "0",
				"-1", "2.5", "-0.0", "1e308", "4.9e-324", "99999999999999999999", "9223372036854775808", "2147483648",
				"123456789012345678901234567890.123", "0.001", "1e-9", "80.001", "100.00001", "\"\"", "\" \"",
				"\"\\u0000\"", "\"a\\u0000b\"", "\"eur \"", "\"+999999-01-01\"", "\"+999999-01\"", "\"1969-12-31\"",
				"\"9999-12-31\"", "\"2026-02-30\"", "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"",
				"\"\\ud800\"", "\"\\uD83D\\uDE00\"", "\"1e999999999\"", "\"2.5\"", "null", "true", "false", "[]", "{}",
				"[1, 2]", "{\"a\": {\"b\": [null]}}", "[\"\\u0000\"]", "{\"ORDER\": 2.5}");
		Arbitrary<String> longText = Arbitraries.of(10_000, 301, 2001).map(n -> "\"" + "x".repeat(n) + "\"");
		Arbitrary<String> textWithNul = Arbitraries.strings().ofMaxLength(20).map(s -> JSON.writeValueAsString(s + '\0'
				+ s));
		Arbitrary<String> exponents = Combinators.combine(Arbitraries.integers().between(-9, 9),
				Arbitraries.integers().between(-999_999_999, 999_999_999)).as((digit, exponent) -> digit + "e" + exponent);
		Arbitrary<String> fractions = Arbitraries.bigDecimals().ofScale(3).map(BigDecimal::toPlainString);
		Arbitrary<String> wholes = Arbitraries.longs().map(String::valueOf);
		Arbitrary<String> nesting = Arbitraries.integers().between(1, 600).map(n -> "[".repeat(n) + "]".repeat(n));
		return Arbitraries.frequencyOf(Tuple.of(6, fixed), Tuple.of(1, longText),
				Tuple.of(2, textWithNul), Tuple.of(2, exponents),
				Tuple.of(1, fractions), Tuple.of(1, wholes),
				Tuple.of(1, nesting));
	}

	private RequestId assigned(Team team, String kind, BigDecimal amount) {
		RequestId id = intake.receive(new NewRequest(kind, team.id().value(), "Initech", "Fuzzed " + kind, null, amount,
				amount == null ? null : "EUR", null, null, null, null), "test", clock.instant()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		return id;
	}

	/** Each endpoint with a body as documented in docs/api.md, with a body it accepts and who may send it. */
	private List<Template> endpoints(long team, Rep first, Rep second, UUID order, UUID closed) throws Exception {
		String document = "name: Pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]";
		String rep = first.username();
		List<Endpoint> endpoints = List.of(
				new Endpoint("POST", "/api/requests", manager, "MANAGER", """
						{"kind": "ORDER", "teamId": %d, "customer": "Acme", "subject": "Desks", "description": "d",
						 "amount": 100.50, "currency": "EUR", "externalId": "x-%s", "priority": 1, "skill": "de",
						 "customerEmail": "buyer@acme.example"}""".formatted(team, UUID.randomUUID())),
				new Endpoint("POST", "/api/requests/" + order + "/transitions", rep, "REP",
						"{\"to\": \"WAITING_ON_CUSTOMER\", \"reason\": \"asked\"}"),
				new Endpoint("POST", "/api/requests/" + order + "/transitions", rep, "REP", """
						{"to": "SENT", "value": 10, "margin": 1, "quotedAmount": 5, "validUntil": "2026-12-15",
						 "orderId": "%s", "reason": "r"}""".formatted(closed)),
				new Endpoint("POST", "/api/requests/" + order + "/assists", rep, "REP",
						"{\"repId\": %d, \"note\": \"helped\"}".formatted(second.id().value())),
				new Endpoint("PUT", "/api/teams/" + team + "/calendar", manager, "MANAGER", """
						{"workDays": ["MON", "TUE"], "opens": "09:00", "closes": "17:00",
						 "holidays": [{"day": "2026-12-24", "name": "Eve"}]}"""),
				new Endpoint("PUT", "/api/teams/" + team + "/sla-targets", manager, "MANAGER", """
						[{"kind": "ORDER", "priorityFrom": 0, "firstResponseMinutes": 60, "resolutionMinutes": 480}]"""),
				new Endpoint("PUT", "/api/reps/me/availability", rep, "REP", "{\"availability\": \"AVAILABLE\"}"),
				new Endpoint("POST", "/api/incentives/evaluate", manager, "MANAGER",
						"{\"teamId\": %d, \"period\": \"2026-11\", \"document\": \"%s\"}".formatted(team, document)),
				new Endpoint("POST", "/api/incentives/preview", manager, "MANAGER",
						"{\"teamId\": %d, \"document\": \"%s\"}".formatted(team, document)),
				new Endpoint("POST", "/api/incentives/plans", manager, "MANAGER",
						"{\"teamId\": %d, \"effectiveFrom\": \"2026-01-01\", \"document\": \"%s\"}".formatted(team, document)),
				new Endpoint("POST", "/api/teams", "admin", "ADMIN",
						"{\"name\": \"Fz %s\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\"}".formatted(UUID.randomUUID())),
				new Endpoint("POST", "/api/teams/" + team + "/reps", manager, "MANAGER", """
						{"username": "%s", "displayName": "U", "hoursPerWeek": 20, "startDate": "2025-01-01"}"""
					.formatted(UUID.randomUUID())),
				new Endpoint("PUT", "/api/teams/" + team + "/managers", "admin", "ADMIN", "{\"managers\": []}"),
				new Endpoint("POST", "/api/users", "admin", "ADMIN",
						"{\"username\": \"%s\", \"password\": \"long-enough\", \"role\": \"REP\"}".formatted(UUID.randomUUID())),
				new Endpoint("POST", "/api/tokens", rep, "REP", "{\"name\": \"nightly\", \"validDays\": 30}"),
				new Endpoint("POST", "/api/feedback/reviews", manager, "MANAGER",
						"{\"requestId\": \"%s\", \"score\": 4, \"note\": \"ok\"}".formatted(closed)),
				new Endpoint("PUT", "/api/routing/teams/" + team + "/mode", manager, "MANAGER", "{\"mode\": \"PUSH\"}"),
				new Endpoint("PUT", "/api/routing/teams/" + team + "/policies/ORDER", manager, "MANAGER",
						"{\"chooser\": \"RANDOM\", \"seed\": 42}"),
				new Endpoint("POST", "/api/routing/claims", rep, "REP", "{\"requestId\": \"%s\"}".formatted(order)),
				new Endpoint("POST", "/api/routing/hand-backs", rep, "REP",
						"{\"requestId\": \"%s\", \"reason\": \"language\", \"skip\": true}".formatted(order)),
				new Endpoint("PUT", "/api/routing/teams/" + team + "/skips", manager, "MANAGER",
						"{\"reasons\": [\"missing skill\", \"language\"], \"perDay\": 3}"),
				new Endpoint("POST", "/api/routing/transfers", rep, "REP", "{\"requestId\": \"%s\", \"repId\": %d, \"reason\": \"r\"}"
					.formatted(order, second.id().value())),
				new Endpoint("POST", "/api/routing/assignments", manager, "MANAGER", """
						{"requestId": "%s", "repId": %d, "override": true, "reason": "r"}"""
					.formatted(order, first.id().value())),
				new Endpoint("POST", "/api/routing/reassignments", manager, "MANAGER", """
						{"requestId": "%s", "repId": %d, "override": true, "reason": "r"}"""
					.formatted(order, second.id().value())),
				new Endpoint("PUT", "/api/reps/" + first.id().value() + "/caps", manager, "MANAGER",
						"{\"wipCap\": 5, \"kindCaps\": {\"ORDER\": 2}}"),
				new Endpoint("PUT", "/api/reps/" + first.id().value() + "/skills", manager, "MANAGER",
						"{\"skills\": [\"de\", \"fr\"]}"),
				new Endpoint("PUT", "/api/reps/" + first.id().value() + "/schedule", manager, "MANAGER",
						"{\"days\": [\"MON\"], \"start\": \"09:00\", \"end\": \"17:00\"}"),
				new Endpoint("POST", "/api/reps/" + first.id().value() + "/time-off", manager, "MANAGER",
						"{\"firstDay\": \"2026-12-01\", \"lastDay\": \"2026-12-05\"}"));
		List<Template> templates = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			JsonNode body = JSON.readTree(endpoint.body());
			for (JsonPointer member : members(body, JsonPointer.empty())) {
				templates.add(new Template(HttpMethod.valueOf(endpoint.method()), endpoint.path(), endpoint.caller(),
						endpoint.role(), withMark(body, member)));
			}
		}
		return templates;
	}

	/** The whole body, every member and every element, at any depth. */
	private static List<JsonPointer> members(JsonNode node, JsonPointer at) {
		List<JsonPointer> members = new ArrayList<>(List.of(at));
		if (node instanceof ObjectNode object) {
			for (String name : object.propertyNames()) {
				members.addAll(members(object.get(name), at.appendProperty(name)));
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				members.addAll(members(array.get(i), at.appendIndex(i)));
			}
		}
		return members;
	}

	private static String withMark(JsonNode body, JsonPointer member) {
		if (member.matches()) {
			return "\"" + MARK + "\"";
		}
		JsonNode copy = body.deepCopy();
		ContainerNode<?> parent = (ContainerNode<?>) copy.at(member.head());
		if (parent instanceof ObjectNode object) {
			object.set(member.last().getMatchingProperty(), StringNode.valueOf(MARK));
		}
		else {
			((ArrayNode) parent).set(member.last().getMatchingIndex(), StringNode.valueOf(MARK));
		}
		return JSON.writeValueAsString(copy);
	}

	private record Endpoint(String method, String path, String caller, String role, String body) {
	}

	/** A call whose body holds {@value #MARK} where the nasty value goes. */
	record Template(HttpMethod method, String path, String caller, String role, String body) {
	}
}
