package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.RowCounts;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bodies the JSON API must refuse (issue 12, items 3 and 4): each with a 4xx that names the member and says what it
 * must be in the caller's words, never a Java type, and with nothing stored. Subclasses choose the database; NUL in
 * text is where PostgreSQL used to fail with a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadJsonScenario {

	/** A JSON escape of U+0000, as a client would send it. */
	static final String NUL = "\\u0000";

	/** What must never appear in an answer: Java types, Jackson's own words. */
	static final String JAVA = "(?s).*(java\\.|javax\\.|tools\\.jackson|com\\.fasterxml|org\\.fairdesk|\\$[A-Z]|Exception"
			+ "|JsonToken|Cannot deserialize|Unrecognized).*";

	private static final AtomicInteger NAMES = new AtomicInteger();

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	Team team;
	Rep rep;
	RequestId order;

	@BeforeAll
	void aTeamWithARepAndAnOrderOfTheirs() {
		team = people.createTeam("Strict team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), "rita", "Rita Rep", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		order = intake.receive(new NewRequest("ORDER", team.id().value(), "Acme", "Desks", null,
				new BigDecimal("100.00"), "EUR", null, null, null, null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(order).state() == RequestState.ASSIGNED);
	}

	@BeforeEach
	void quiet() {
		clock.set(TestClockConfiguration.START);
		RowCounts.awaitQuiet(jdbc);
	}

	@Test
	void anAmountWithAHugeOrTinyExponentIsRefusedWithoutBeingWrittenOut() throws Exception {
		for (String amount : List.of("1e999999999", "1e-999999999", "-1e999999999", "1E+2147483647")) {
			refused(manager(post("/api/requests")), """
					{"kind": "ORDER", "teamId": %d, "customer": "Acme", "subject": "Desks", "amount": %s, "currency": "EUR"}"""
				.formatted(team.id().value(), amount), "amount", "must be a number with at most 100 digits before and 100 after");
		}
		refused(manager(post("/api/requests")), """
				{"kind": "ORDER", "teamId": %d, "customer": "Acme", "subject": "Desks", "amount": 1e50, "currency": "EUR"}"""
			.formatted(team.id().value()), "amount", "must be less than 1000000000000");
		refused(rep(post("/api/requests/" + order.value() + "/transitions")),
				"{\"to\": \"FULFILLED\", \"value\": 1e999999999, \"margin\": 1}", "value", "at most 100 digits");
	}

	@Test
	void textWithNulIsRefusedInEveryMemberThatTakesText() throws Exception {
		String requestPath = "/api/requests/" + order.value();
		refused(manager(post("/api/requests")), """
				{"kind": "ORDER", "customer": "Ac%sme", "subject": "Desks", "amount": 10, "currency": "EUR"}"""
			.formatted(NUL), "customer", "must not contain the NUL character (U+0000)");
		refused(manager(post("/api/requests")), """
				{"kind": "QUERY", "customer": "Acme", "subject": "%s"}""".formatted(NUL), "subject", "NUL");
		refused(rep(post("/api/tokens")), "{\"name\": \"night" + NUL + "ly\"}", "name", "NUL");
		refused(rep(post(requestPath + "/transitions")), "{\"to\": \"CANCELLED\", \"reason\": \"gone" + NUL + "\"}",
				"reason", "NUL");
		refused(manager(post("/api/feedback/reviews")), """
				{"requestId": "%s", "score": 3, "note": "fine%s"}""".formatted(order.value(), NUL), "note", "NUL");
		refused(rep(post(requestPath + "/assists")), "{\"note\": \"" + NUL + "\"}", "note", "NUL");
		refused(manager(put("/api/reps/" + rep.id().value() + "/skills")), "{\"skills\": [\"de\", \"fr" + NUL + "\"]}",
				"skills[1]", "NUL");
		refused(manager(post("/api/teams/" + team.id().value() + "/reps")), """
				{"username": "nul", "displayName": "Nu%sll", "hoursPerWeek": 10, "startDate": "2025-01-01"}"""
			.formatted(NUL), "displayName", "NUL");
		refused(admin(post("/api/teams")), "{\"name\": \"" + NUL + "\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"}",
				"name", "NUL");
		refused(admin(post("/api/users")), "{\"username\": \"x" + NUL + "\", \"password\": \"long-enough\", \"role\": \"REP\"}",
				"username", "NUL");
		refused(manager(put("/api/teams/" + team.id().value() + "/calendar")), """
				{"workDays": ["MON"], "opens": "09:00", "closes": "17:00",
				 "holidays": [{"day": "2026-12-24", "name": "Christmas%s Eve"}]}""".formatted(NUL), "holidays[0].name",
				"NUL");
		refused(rep(post("/api/routing/hand-backs")), """
				{"requestId": "%s", "reason": "%s"}""".formatted(order.value(), NUL), "reason", "NUL");
		// YAML's own escape inside a plan document, and a JSON escape in the document's text
		refused(manager(post("/api/incentives/plans")), publication("name: \\\"Pool\\\\0\\\"\\ncomponents: [{type: pool,"
				+ " basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]"), "document.name", "NUL");
		refused(manager(post("/api/incentives/plans")), publication("name: Pool" + NUL + "\\ncomponents: [{type: pool,"
				+ " basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]"), "document", "NUL");
		assertThat(work.request(order).state()).isEqualTo(RequestState.ASSIGNED);
	}

	/** Past 16 MiB a body is 413 naming {@code body}, unread; up to it the call's own checks answer. */
	@Test
	void aBodyOverSixteenMebibytesIsRefusedAsTooLargeBeforeItIsRead() throws Exception {
		int most = 16 * 1024 * 1024;
		Map<String, Long> before = counts();
		String answer = admin(post("/api/teams")).apply(teamNamedWithBodyOf(most + 1))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.detail").value("body: must be at most 16777216 bytes (16 MiB)"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).doesNotMatch(JAVA);
		assertThat(counts()).isEqualTo(before);
		refused(admin(post("/api/teams")), teamNamedWithBodyOf(most), "name", "must be at most 100 characters");
	}

	private static byte[] teamNamedWithBodyOf(int bytes) {
		String start = "{\"currency\": \"EUR\", \"timeZone\": \"UTC\", \"name\": \"";
		String end = "\"}";
		return (start + "a".repeat(bytes - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void halfASurrogatePairIsRefusedNotStoredAsAQuestionMark() throws Exception {
		for (String half : List.of("\\ud800", "a\\udfffb", "\\ude00\\ud83d")) {
			refused(admin(post("/api/teams")), team(half, "EUR"), "name", "must not contain half of a surrogate pair");
		}
		String smile = "Smile \\ud83d\\ude00 " + NAMES.incrementAndGet();
		admin(post("/api/teams")).apply(team(smile, "EUR")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Smile \uD83D\uDE00 " + NAMES.get()));
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefused() throws Exception {
		refused(admin(post("/api/users")), "{\"username\": \"long\", \"password\": \"%s\", \"role\": \"REP\"}"
			.formatted("\u00e9".repeat(37)), "password", "at most 72 bytes in UTF-8");
		admin(post("/api/users")).apply("{\"username\": \"long\", \"password\": \"%s\", \"role\": \"REP\"}"
			.formatted("x".repeat(72))).andExpect(status().isCreated());
	}

	@Test
	void aFractionWhereAWholeNumberBelongsIsRefusedNotTruncated() throws Exception {
		refused(rep(post("/api/tokens")), "{\"name\": \"nightly\", \"validDays\": 2.5}", "validDays",
				"must be a whole number, got 2.5");
		refused(manager(post("/api/feedback/reviews")), "{\"requestId\": \"%s\", \"score\": 3.5}".formatted(order.value()),
				"score", "must be a whole number, got 3.5");
		refused(manager(put("/api/reps/" + rep.id().value() + "/caps")), "{\"wipCap\": 1.5}", "wipCap",
				"must be a whole number, got 1.5");
		refused(manager(put("/api/reps/" + rep.id().value() + "/caps")), "{\"kindCaps\": {\"ORDER\": 2.5}}",
				"kindCaps.ORDER", "must be a whole number, got 2.5");
		refused(manager(post("/api/requests")), """
				{"kind": "QUERY", "customer": "Acme", "subject": "Chairs", "priority": 1.5}""", "priority",
				"must be a whole number, got 1.5");
		refused(manager(put("/api/teams/" + team.id().value() + "/sla-targets")),
				"[{\"kind\": \"ORDER\", \"priorityFrom\": 0, \"firstResponseMinutes\": 30.5}]", "targets[0].firstResponseMinutes",
				"must be a whole number");
		refused(rep(post("/api/tokens")), "{\"name\": \"nightly\", \"validDays\": 1e999999999}", "validDays",
				"must be a whole number");
		refused(rep(post("/api/tokens")), "{\"name\": \"nightly\", \"validDays\": 99999999999}", "validDays",
				"must be a whole number from -2147483648 to 2147483647");
		assertThat(jdbc.sql("select wip_cap from reps where id = ?").param(rep.id().value()).query(Integer.class)
			.optional()).isEmpty();
	}

	@Test
	void hoursPerWeekAreWhatTheColumnHoldsOrRefused() throws Exception {
		for (String hours : List.of("1e-9", "0.001", "0.009", "0", "-1", "80.5", "80.001", "80.01", "1e999999999")) {
			refused(manager(post("/api/teams/" + team.id().value() + "/reps")), rep("h" + NAMES.incrementAndGet(), hours),
					"hoursPerWeek", hours.contains("999999999") ? "at most 100 digits"
							: "must be from 0.01 to 80 with at most 2 decimals");
		}
		for (String hours : List.of("0.01", "80", "80.00", "37.5")) {
			String username = "h" + NAMES.incrementAndGet();
			manager(post("/api/teams/" + team.id().value() + "/reps")).apply(rep(username, hours))
				.andExpect(status().isCreated());
			assertThat(people.repByUsername(username).orElseThrow().hoursPerWeek()).isEqualByComparingTo(hours);
		}
	}

	@Test
	void aCurrencyCodeIsThreeLettersInAnyCaseNeverTrimmed() throws Exception {
		for (String code : List.of("eur ", " EUR", "EURO", "E", "XYZ")) {
			refused(admin(post("/api/teams")), team("Team " + NAMES.incrementAndGet(), code), "currency",
					"must be a 3-letter ISO 4217 code such as EUR, got '" + code + "'");
		}
		refused(manager(post("/api/requests")), """
				{"kind": "ORDER", "teamId": %d, "customer": "Acme", "subject": "Desks", "amount": 10, "currency": "eur "}"""
			.formatted(team.id().value()), "currency", "got 'eur '");
		admin(post("/api/teams")).apply(team("Lower " + NAMES.incrementAndGet(), "chf"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currency").value("CHF"));
	}

	@Test
	void onlyJsonInUtf8IsReadAnythingElseIs415NamingTheType() throws Exception {
		String body = team("Media " + NAMES.incrementAndGet(), "EUR");
		for (String type : List.of("application/yaml", "application/vnd.evil+json", "text/plain", "application/xml",
				"application/x-www-form-urlencoded", "application/json;charset=ISO-8859-1", "application/json;charset=UTF-16",
				"*/*", "application/*", "nonsense")) {
			Map<String, Long> before = counts();
			mvc.perform(post("/api/teams").with(user("admin").roles("ADMIN")).header("Content-Type", type).content(body))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("Content-Type"))
				.andExpect(jsonPath("$.errors[0].message", startsWith("must be application/json")));
			assertThat(counts()).as(type).isEqualTo(before);
		}
		mvc.perform(post("/api/teams").with(user("admin").roles("ADMIN")).content("name: Yaml\ncurrency: EUR\n"))
			.andExpect(status().isUnsupportedMediaType()); // no Content-Type at all
		mvc.perform(post("/api/teams").with(user("admin").roles("ADMIN"))
			.header("Content-Type", "application/json; charset=utf-8")
			.content(body)).andExpect(status().isCreated());
	}

	@Test
	void aBodyThatIsNotStrictUtf8IsRefused() throws Exception {
		byte[][] wrong = { { (byte) 0xC1, (byte) 0x81 }, // overlong A
				{ (byte) 0xC0, (byte) 0x80 }, // overlong NUL
				{ (byte) 0xE0, (byte) 0x80, (byte) 0xAF }, // overlong slash
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, // a surrogate
				{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, // above U+10FFFF
				{ (byte) 0x80 }, // a stray continuation byte
				{ (byte) 0xFF } };
		for (byte[] bytes : wrong) {
			refused(admin(post("/api/teams")), teamNamed(bytes), "body", "must be UTF-8 text");
		}
		byte[] cut = "{\"name\": \"Cut\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"} \u00e9".getBytes(StandardCharsets.UTF_8);
		refused(admin(post("/api/teams")), java.util.Arrays.copyOf(cut, cut.length - 1), "body", "ends inside a character");
		String zurich = "Z\u00fcrich S\u00fcd \u20ac \uD83D\uDE00 " + NAMES.incrementAndGet();
		admin(post("/api/teams")).apply(team(zurich, "CHF").getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(zurich));
	}

	@Test
	void aMemberGivenTwiceIsRefusedWhereverItIs() throws Exception {
		refused(admin(post("/api/teams")), "{\"name\": \"A\", \"name\": \"B\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"}",
				"name", "is given twice at line 1");
		refused(manager(put("/api/teams/" + team.id().value() + "/calendar")), """
				{"workDays": ["MON"], "opens": "09:00", "closes": "17:00",
				 "holidays": [{"day": "2026-12-24", "day": "2026-12-25", "name": "Christmas"}]}""", "holidays[0].day",
				"is given twice at line 2");
		refused(manager(post("/api/incentives/plans")),
				publication("name: Pool\\ncomponents:\\n- type: pool\\n  basis: GROSS_MARGIN\\n  percent: 5\\n  percent: 50\\n  split: {by: EQUAL}"),
				"document.components[0].percent", "is given twice at line 6");
		refused(manager(post("/api/incentives/evaluate")),
				evaluation("name: Pool\\nname: Other\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]"),
				"document.name", "is given twice at line 2");
	}

	@Test
	void planNumbersHaveRangesAndAtMostFourDecimals() throws Exception {
		for (String percent : List.of("1e-150000000", "1e-2000000", "0", "-5", "100.01", "1e3", "2.00001", "abc")) {
			for (String path : List.of("/api/incentives/plans", "/api/incentives/evaluate")) {
				String answer = refused(manager(post(path)),
						planBody(path, "name: Pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: " + percent + ", split: {by: EQUAL}}]"),
						"document.components[0].percent", percent.equals("abc") ? "must be a number, got \"abc\""
								: percent.startsWith("1e-") ? "must be a number with at most 100 digits before and 100 after"
										: "must be a percentage more than 0 and at most 100, with at most 4 decimals");
				assertThat(answer.length()).as("the answer to %s", percent).isLessThan(1000);
			}
		}
		manager(post("/api/incentives/evaluate")).apply(
				evaluation("name: Pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 2.1234, split: {by: EQUAL}}]"))
			.andExpect(status().isOk());
	}

	@Test
	void everyValueIsTakenAtItsJsonTypeAndAMissingOrMisspeltMemberIsNamed() throws Exception {
		String reps = "/api/reps/" + rep.id().value();
		String fallback = "/api/routing/teams/" + team.id().value() + "/skill-fallback";
		manager(put(fallback)).apply("{\"minutes\": 30}").andExpect(status().isOk());
		refused(manager(put(reps + "/leaving-date")), "{\"leavingDate\": 20000}", "leavingDate",
				"must be a date as YYYY-MM-DD from 1970-01-01 to 9999-12-31, got 20000");
		refused(manager(put(reps + "/leaving-date")), "{}", "leavingDate", "is required; give null to clear it");
		refused(manager(put(fallback)), "{}", "minutes", "is required; give null to clear it");
		refused(manager(put(fallback)), "{\"minuets\": null}", "minutes", "is required; give null to clear it");
		refused(manager(put(fallback)), "{\"minutes\": \"45\"}", "minutes", "must be a whole number, got \"45\"");
		refused(admin(put("/api/users/rita/email")), "{}", "email", "is required; give null to clear it");
		refused(admin(put("/api/users/rita/email")), "{\"email\": 42}", "email", "must be text, got 42");
		refused(admin(post("/api/teams")), "{\"name\": true, \"currency\": \"EUR\", \"timeZone\": \"UTC\"}", "name",
				"must be text, got true");
		mvc.perform(get("/api/routing/teams/" + team.id().value()).with(user("boss").roles("MANAGER")))
			.andExpect(jsonPath("$.skillFallbackMinutes").value(30));
		mvc.perform(get("/api/routing/live").with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("teamId"))
			.andExpect(jsonPath("$.errors[0].message").value("is required in the query: a whole number"));
	}

	@Test
	void aKindCappedTwiceALoginWithAColonAndTimeOffGivenTwiceAreRefused() throws Exception {
		String reps = "/api/reps/" + rep.id().value();
		refused(manager(put(reps + "/caps")), "{\"kindCaps\": {\"ORDER\": 2, \"order\": 3}}", "kindCaps.order",
				"names ORDER again; give each kind once");
		refused(admin(post("/api/users")), "{\"username\": \"ann:ops\", \"password\": \"secret-123\", \"role\": \"REP\"}",
				"username", "must not contain a colon (:)");
		refused(manager(post("/api/teams/" + team.id().value() + "/reps")), rep("ann:ops", "40"), "username",
				"must not contain a colon (:)");
		String christmas = "{\"firstDay\": \"2026-12-24\", \"lastDay\": \"2026-12-26\"}";
		manager(post(reps + "/time-off")).apply(christmas).andExpect(status().isCreated());
		RowCounts.awaitQuiet(jdbc);
		Map<String, Long> before = counts();
		manager(post(reps + "/time-off")).apply(christmas)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("firstDay"))
			.andExpect(jsonPath("$.detail", containsString("already has time off from 2026-12-24 to 2026-12-26")));
		assertThat(counts()).isEqualTo(before);
	}

	/** A misspelt member ignored would leave unset what the client meant to set, with a 200: it is named instead. */
	@Test
	void aMemberTheCallDoesNotTakeIsNamedWithTheOnesItDoes() throws Exception {
		String answer = refused(manager(post("/api/teams/" + team.id().value() + "/reps")),
				"{\"username\": \"typo\", \"displayname\": \"Ann\", \"hoursPerWeek\": 40, \"startDate\": \"2025-01-01\"}",
				"displayname", "is not a member here; the members are");
		assertThat(answer).contains("displayName");
		refused(manager(put("/api/teams/" + team.id().value() + "/calendar")), """
				{"workDays": ["MON"], "opens": "09:00", "closes": "17:00",
				 "holidays": [{"day": "2026-12-24", "nam": "Christmas Eve"}]}""", "holidays[0].nam",
				"is not a member here; the members are");
	}

	/** What GET returns may be changed and put back whole: its read-only members are not "members the call does not take". */
	@Test
	void aSettingReadChangedAndPutBackIsTaken() throws Exception {
		String teamPath = "/api/teams/" + team.id().value();
		for (String setting : List.of("/calendar", "/managers", "/standards")) {
			String read = mvc.perform(get(teamPath + setting).with(user("admin").roles("ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			admin(put(teamPath + setting)).apply(read).andExpect(status().isOk());
		}
	}

	@Test
	void noAnswerNamesAJavaTypeOrRepeatsJackson() throws Exception {
		String teams = "/api/teams/" + team.id().value();
		Map<String, String> bodies = Map.ofEntries(
				Map.entry("{\"kind\": \"ORDER\", \"customer\": \"A\", \"subject\": \"S\", \"amount\": \"abc\"}", "amount"),
				Map.entry("{\"kind\": \"ORDER\", \"customer\": [1], \"subject\": \"S\"}", "customer"),
				Map.entry("{\"kind\": {\"a\": 1}}", "kind"), Map.entry("[1, 2]", "body"), Map.entry("{} []", "body"),
				Map.entry("{\"kind\": ", "body"), Map.entry("{nope}", "body"), Map.entry("", "body"),
				Map.entry("{\"teamId\": \"x\"}", "teamId"), Map.entry("{\"teamId\": true}", "teamId"));
		for (Map.Entry<String, String> body : bodies.entrySet()) {
			refused(manager(post("/api/requests")), body.getKey(), body.getValue(), "");
		}
		refused(manager(post(teams + "/reps")), "{\"hoursPerWeek\": {}}", "hoursPerWeek", "must be a number, got an object");
		refused(manager(post(teams + "/reps")), "{\"startDate\": \"30.11.2026\"}", "startDate",
				"must be a date as YYYY-MM-DD, got \"30.11.2026\"");
		refused(manager(post(teams + "/reps")), "{\"startDate\": \"+999999-01-01\"}", "startDate",
				"must be a date as YYYY-MM-DD from 1970-01-01 to 9999-12-31");
		refused(rep(post("/api/requests/" + order.value() + "/transitions")), "{\"to\": \"WON\", \"orderId\": \"x\"}",
				"orderId", "must be an id such as");
		refused(manager(post("/api/incentives/evaluate")),
				evaluation("name: Pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, bonus: 1, split: {by: EQUAL}}]"),
				"document.components[0].bonus", "is not a member here");
		refused(manager(post("/api/incentives/evaluate")),
				evaluation("name: Pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: SOMETIMES}}]"),
				"document.components[0].split.by",
				"must be one of [EQUAL, BY_HOURS, BY_SENIORITY, BY_SCORECARD], got \"SOMETIMES\"");
		// a bracket left open is not YAML, where it is opened: not a member whose value is "a list"
		refused(manager(post("/api/incentives/evaluate")), evaluation("name: [1\\npool"), "document",
				"is not valid YAML at line ");
		refused(manager(post("/api/incentives/evaluate")), evaluation("name: Pool\\n\\tpool: 'x"), "document",
				"is not valid YAML at line 2");
		mvc.perform(get("/api/requests/not-a-uuid").with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(JAVA))));
	}

	// --- the calls and their checks

	/** Sends the body, expects a 400 naming {@code field} with a message containing {@code says}; returns the answer. */
	String refused(Call call, String body, String field, String says) throws Exception {
		return refused(call, body.getBytes(StandardCharsets.UTF_8), field, says);
	}

	String refused(Call call, byte[] body, String field, String says) throws Exception {
		Map<String, Long> before = counts();
		String answer = call.apply(body)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString(says)))
			.andExpect(jsonPath("$.detail", startsWith(field + ": ")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).as("the answer names no Java type").doesNotMatch(JAVA);
		assertThat(counts()).as("nothing stored for %s", new String(body, StandardCharsets.UTF_8)).isEqualTo(before);
		return answer;
	}

	Map<String, Long> counts() {
		return RowCounts.of(jdbc);
	}

	/** A request to send a JSON body with. */
	interface Call {

		ResultActions apply(byte[] body) throws Exception;

		default ResultActions apply(String body) throws Exception {
			return apply(body.getBytes(StandardCharsets.UTF_8));
		}
	}

	Call manager(MockHttpServletRequestBuilder request) {
		return as(request, user("boss").roles("MANAGER"));
	}

	Call admin(MockHttpServletRequestBuilder request) {
		return as(request, user("admin").roles("ADMIN"));
	}

	Call rep(MockHttpServletRequestBuilder request) {
		return as(request, user(rep.username()).roles("REP"));
	}

	private Call as(MockHttpServletRequestBuilder request, RequestPostProcessor who) {
		return body -> mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** A plan document for the team, written as the text of a JSON string ({@code \\n} between lines). */
	/** A body for {@code POST /api/incentives/plans}: publishing the document from the start of 2026. */
	String publication(String yamlAsJsonText) {
		return "{\"teamId\": %d, \"effectiveFrom\": \"2026-01-01\", \"document\": \"%s\"}"
			.formatted(team.id().value(), yamlAsJsonText);
	}

	/** A body for {@code POST /api/incentives/evaluate}: the document tried on November 2026. */
	String evaluation(String yamlAsJsonText) {
		return "{\"teamId\": %d, \"period\": \"2026-11\", \"document\": \"%s\"}"
			.formatted(team.id().value(), yamlAsJsonText);
	}

	String planBody(String path, String yamlAsJsonText) {
		return path.endsWith("/plans") ? publication(yamlAsJsonText) : evaluation(yamlAsJsonText);
	}

	static String rep(String username, String hours) {
		return "{\"username\": \"%s\", \"displayName\": \"H\", \"hoursPerWeek\": %s, \"startDate\": \"2025-01-01\"}"
			.formatted(username, hours);
	}

	static String team(String name, String currency) {
		return "{\"name\": \"%s\", \"currency\": \"%s\", \"timeZone\": \"Europe/Zurich\"}".formatted(name, currency);
	}

	/** A team whose name holds the given bytes between two letters. */
	static byte[] teamNamed(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("{\"name\": \"T".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(bytes);
		out.writeBytes("X\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"}".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}
}
