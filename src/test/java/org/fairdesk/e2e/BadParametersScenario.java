package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Inputs;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.RowCounts;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
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

/**
 * What arrives beside JSON bodies (issue 12, items 3 and 4): form fields and query parameters with NUL, the public
 * survey page's included; periods far in the future; a plan stored before its numbers were limited; {@code /error}
 * asked for directly. Each refusal names what is wrong and stores nothing. Subclasses choose the database: PostgreSQL
 * is where NUL and a year like +999999 used to answer 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadParametersScenario {

	private static final String PASSWORD = "secret-12";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired IntakeManagement intake;
	@Autowired WorkManagement work;
	@Autowired FeedbackManagement feedback;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	Team team;
	Rep rep;

	@BeforeAll
	void aTeamWithARep() {
		team = people.createTeam("Parameters team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), "pia", "Pia Rep", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		accounts.create("pia", PASSWORD, Role.REP);
	}

	@BeforeEach
	void quiet() {
		clock.set(TestClockConfiguration.START);
		RowCounts.awaitQuiet(jdbc);
	}

	@Test
	void aControlCharacterInAFormFieldOrQueryIsA400NamingItAndWhere() throws Exception {
		RequestId closed = closedQuery("Survey me, escaped");
		String token = feedback.issueNewLink(closed, clock.instant()).link().replaceFirst(".*/", "");
		String controls = ": " + Inputs.NO_CONTROLS + "; found U+001B at character 6";
		Map<String, Long> before = RowCounts.of(jdbc);

		ResultActions page = mvc.perform(post("/survey/" + token).param("rating", "4")
			.param("comment", "Great\u001b[2Jservice").with(csrf())).andExpect(status().isBadRequest());
		assertThat(page.andReturn().getResponse().getErrorMessage()).isEqualTo("comment" + controls);
		mvc.perform(get("/api/statements").param("period", "2026-\u001b").with(user("pia").roles("REP")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(Inputs.NO_CONTROLS + "; found U+001B at character 6"));
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(feedback.survey(closed, clock.instant()).orElseThrow().comment()).isNull();
	}

	@Test
	void nulInAFormFieldIsA400NamingItOnEveryPageThePublicSurveyIncluded() throws Exception {
		RequestId closed = closedQuery("Survey me");
		String token = feedback.issueNewLink(closed, clock.instant()).link().replaceFirst(".*/", "");
		refused(post("/survey/" + token).param("rating", "4").param("comment", "Great\0service").with(csrf()),
				"comment");
		refused(post("/reviews").param("requestId", closed.value().toString()).param("score", "4")
			.param("note", "\0").with(user("boss").roles("MANAGER")).with(csrf()), "note");
		refused(post("/tokens").param("name", "night\0ly").with(user("pia").roles("REP")).with(csrf()), "name");
		RequestId open = openQuery("Move me");
		refused(post("/work/" + open.value() + "/transition").param("to", "WAITING_ON_CUSTOMER").param("reason", "\0")
			.with(user("pia").roles("REP")).with(csrf()), "reason");
		refused(post("/login").param("username", "pia\0").param("password", PASSWORD).with(csrf()), "username");
		refused(get("/statements").param("period", "2026-1\0").with(user("pia").roles("REP")), "period");
		assertThat(work.request(open).state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(feedback.survey(closed, clock.instant()).orElseThrow().comment()).isNull();

		Map<String, Long> before = RowCounts.of(jdbc);
		mvc.perform(get("/api/statements").param("period", "\0").with(user("pia").roles("REP")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value("must not contain the NUL character (U+0000)"));
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aFractionTypedWhereAWholeNumberBelongsIsShownOnThePageAndNothingStored() throws Exception {
		RequestId closed = closedQuery("Score me");
		Map<String, Long> before = RowCounts.of(jdbc);
		mvc.perform(post("/reviews").param("requestId", closed.value().toString()).param("score", "3.5")
			.with(user("boss").roles("MANAGER")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", containsString("score: must be a whole number from 1 to 5, got 3.5")));
		mvc.perform(post("/tokens").param("name", "nightly").param("validDays", "2.5")
			.with(user("pia").roles("REP")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", containsString("validDays: must be a whole number of days, got 2.5")));
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aNumberOrADateTypedIntoAFormObeysTheApisLimits() throws Exception {
		RequestId open = openQuery("Quote me");
		Map<String, Long> before = RowCounts.of(jdbc);
		mvc.perform(post("/work/" + open.value() + "/transition").param("to", "SENT")
			.param("quotedAmount", "1e999999999").param("validUntil", "+999999-01-01")
			.with(user("pia").roles("REP")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", containsString("quotedAmount: must be a number with at most 100"
					+ " digits before and 100 after the decimal point, got 1e999999999")))
			.andExpect(flash().attribute("failure", containsString("validUntil: must be a date as YYYY-MM-DD from"
					+ " 1970-01-01 to 9999-12-31, got +999999-01-01")));
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
		assertThat(work.request(open).state()).isEqualTo(RequestState.ASSIGNED);
	}

	@Test
	void aPeriodOutside1970To9999IsA400WhereverAPeriodArrivesAndTheEdgesWork() throws Exception {
		long id = team.id().value();
		for (String period : List.of("+999999-01", "+999999-01-01", "+10000-01", "-0001-01", "1969-12", "1969-12-31",
				"1969-W52", "0000-01", "9999-W52")) {
			for (MockHttpServletRequestBuilder call : periodCalls(id, period)) {
				mvc.perform(call).andExpect(status().isBadRequest());
			}
			mvc.perform(get("/api/statements").param("period", period).with(user("boss").roles("MANAGER")))
				.andExpect(jsonPath("$.errors[0].field").value("period"))
				.andExpect(jsonPath("$.errors[0].message", containsString("from 1970")));
			mvc.perform(evaluate(period)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("period"));
		}
		for (String period : List.of("1970-01", "9999-12")) {
			for (MockHttpServletRequestBuilder call : periodCalls(id, period)) {
				mvc.perform(call).andExpect(status().isOk());
			}
			mvc.perform(evaluate(period)).andExpect(status().isOk());
		}
		for (String period : List.of("1970-01-01", "9999-12-31", "1970-W01", "9999-W51")) { // 9999-W52 ends in 10000
			mvc.perform(get("/api/metrics/teams/" + id).param("period", period).with(user("boss").roles("MANAGER")))
				.andExpect(status().isOk());
			mvc.perform(get("/dashboard").param("team", String.valueOf(id)).param("period", period)
				.with(user("boss").roles("MANAGER"))).andExpect(status().isOk());
		}
	}

	@Test
	void aPlanStoredBeforeItsNumbersWereLimitedStillLoadsAndItsStatementsStaySmall() throws Exception {
		String legacy = """
				name: Old pool
				pool:
				  fundedBy: GROSS_MARGIN
				  percent: 1e-150000000
				  percent: 1e-150000000
				split: EQUAL
				""";
		jdbc.sql("""
				insert into plans (team_id, name, version, effective_from, document, created_at)
				values (?, 'Old pool', 1, ?, ?, ?)""")
			.params(team.id().value(), LocalDate.of(2026, 1, 1), legacy, DbTime.of(clock.instant()))
			.update();

		String statements = mvc.perform(get("/api/statements").param("period", "2026-11")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.teamId == " + team.id().value() + ")].planName").value("Old pool"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// this team's statements stay small (the response holds every team of the shared test context as well)
		String ours = com.jayway.jsonpath.JsonPath.parse(statements)
			.read("$[?(@.teamId == " + team.id().value() + ")]", net.minidev.json.JSONArray.class)
			.toJSONString();
		assertThat(ours).hasSizeLessThan(20_000).contains("1E-150000000% of 0.00 EUR = 0");
		mvc.perform(get("/statements").param("period", "2026-11").with(user("pia").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1E-150000000% of")));
	}

	@Test
	void errorAskedForDirectlyIsNotFoundWhoeverAsks() throws Exception {
		mvc.perform(get("/error")).andExpect(status().isNotFound());
		mvc.perform(get("/error").with(user("pia").roles("REP"))).andExpect(status().isNotFound());
		mvc.perform(post("/error").with(user("boss").roles("MANAGER")).with(csrf())).andExpect(status().isNotFound());
	}

	/** Every call that takes a period in a query parameter, as a manager. */
	private List<MockHttpServletRequestBuilder> periodCalls(long team, String period) {
		return List.of(get("/api/statements").param("period", period), get("/statements").param("period", period),
				get("/api/metrics/teams/" + team).param("period", period),
				get("/dashboard").param("team", String.valueOf(team)).param("period", period),
				get("/dashboard/team.csv").param("team", String.valueOf(team)).param("period", period),
				get("/routing").param("team", String.valueOf(team)).param("period", period),
				get("/api/routing/teams/" + team + "/fairness").param("period", period),
				get("/api/incentives/facts").param("teamId", String.valueOf(team)).param("period", period))
			.stream()
			.map(call -> call.with(user("boss").roles("MANAGER")))
			.toList();
	}

	private MockHttpServletRequestBuilder evaluate(String period) {
		return post("/api/incentives/evaluate").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"teamId": %d, "period": "%s",
					 "document": "name: Pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]"}"""
				.formatted(team.id().value(), period));
	}

	/** A page request that must be a 400 naming {@code field} as the NUL's place, with nothing stored. */
	private void refused(MockHttpServletRequestBuilder request, String field) throws Exception {
		Map<String, Long> before = RowCounts.of(jdbc);
		ResultActions result = mvc.perform(request).andExpect(status().isBadRequest());
		assertThat(result.andReturn().getResponse().getErrorMessage())
			.isEqualTo(field + ": must not contain the NUL character (U+0000)");
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	private RequestId openQuery(String subject) {
		RequestId id = intake.receive(new NewRequest("QUERY", team.id().value(), "Initech", subject, null, null, null,
				null), "test", clock.instant()).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).state() == RequestState.ASSIGNED);
		return id;
	}

	/** A query the rep resolved, whose survey has been issued. */
	private RequestId closedQuery(String subject) {
		RequestId id = openQuery(subject);
		work.transition(id, rep.id(), Transition.to(RequestState.IN_PROGRESS), clock.instant());
		work.transition(id, rep.id(), Transition.to(RequestState.RESOLVED), clock.instant());
		await().atMost(Duration.ofSeconds(10)).until(() -> feedback.survey(id, clock.instant()).isPresent());
		RowCounts.awaitQuiet(jdbc);
		return id;
	}
}
