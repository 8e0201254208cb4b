package org.fairdesk.incentives.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeAll;
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
 * The plan editor over the API and as a page: who may preview and publish, what a preview shows for this month
 * (November 2026 on the test clock) and the last, and how a bad document is named, field and line.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanEditorTests {

	private static final String IN_FORCE = "name: Pool\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]\n";
	private static final String DRAFT = "name: Richer pool\ncomponents:\n  - type: pool\n    percent: 8\n    basis: GROSS_MARGIN\n    split: {by: EQUAL}\n";
	private static final String BAD = "name: Richer pool\ncomponents:\n  - type: pool\n    percent: 800\n    basis: GROSS_MARGIN\n    split: {by: EQUAL}\n";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired JdbcClient jdbc;

	Team team;

	@BeforeAll
	void aTeamOfTwoWithAPlanInForceAndMarginInOctoberAndNovember() {
		team = people.createTeam("Editor team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep ann = people.addRep(new NewRep(team.id(), "edann", "Ann Editor", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		Rep ben = people.addRep(new NewRep(team.id(), "edben", "Ben Editor", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), IN_FORCE, LocalDate.of(2026, 1, 1), "manager");
		fulfilled(ann, "2026-11-10T10:00:00Z", "600.00");
		fulfilled(ben, "2026-11-11T10:00:00Z", "400.00");
		fulfilled(ann, "2026-10-10T10:00:00Z", "500.00");
	}

	@Test
	void aManagerPreviewsADraftBesideThePlanInForceForThisMonthAndTheLast() throws Exception {
		preview(DRAFT, "MANAGER")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.draftName").value("Richer pool"))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.months[0].period").value("2026-11"))
			.andExpect(jsonPath("$.months[0].inForce.name").value("Pool"))
			.andExpect(jsonPath("$.months[0].inForce.version").value(1))
			.andExpect(jsonPath("$.months[0].grossMargin.amount").value("1000.00"))
			.andExpect(jsonPath("$.months[0].reps[0].repName").value("Ann Editor"))
			.andExpect(jsonPath("$.months[0].reps[0].inForce.amount").value("25.00"))
			.andExpect(jsonPath("$.months[0].reps[0].draft.amount").value("40.00"))
			.andExpect(jsonPath("$.months[0].reps[0].difference.amount").value("15.00"))
			.andExpect(jsonPath("$.months[0].draftTotal.amount").value("80.00"))
			.andExpect(jsonPath("$.months[0].inForceTotal.amount").value("50.00"))
			.andExpect(jsonPath("$.months[0].totalDifference.amount").value("30.00"))
			.andExpect(jsonPath("$.months[0].draftShare").value(0.08))
			.andExpect(jsonPath("$.months[0].inForceShare").value(0.05))
			.andExpect(jsonPath("$.months[0].gains.length()").value(2))
			.andExpect(jsonPath("$.months[0].losses.length()").value(0))
			.andExpect(jsonPath("$.months[1].period").value("2026-10"))
			.andExpect(jsonPath("$.months[1].grossMargin.amount").value("500.00"))
			.andExpect(jsonPath("$.months[1].draftTotal.amount").value("40.00"));
	}

	@Test
	void financePreviewsButCannotPublishAndARepDoesNeither() throws Exception {
		preview(DRAFT, "FINANCE").andExpect(status().isOk());
		mvc.perform(json(post("/api/incentives/plans"), "{\"teamId\": " + team.id() + ", \"effectiveFrom\": \"2027-01-01\","
				+ " \"document\": " + quoted(DRAFT) + "}").with(user("fin").roles("FINANCE")))
			.andExpect(status().isForbidden());
		preview(DRAFT, "REP").andExpect(status().isForbidden());
		mvc.perform(get("/api/incentives/presets").with(user("rep").roles("REP"))).andExpect(status().isForbidden());
	}

	@Test
	void aBadDocumentIsNamedByFieldAndLineAndABadTeamByTeamId() throws Exception {
		preview(BAD, "MANAGER")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("document.components[0].percent"))
			.andExpect(jsonPath("$.errors[0].line").value(4))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("at most 100")));
		// Publishing reads the document the same way, so its refusal names the line too.
		mvc.perform(json(post("/api/incentives/plans"), "{\"teamId\": " + team.id() + ", \"effectiveFrom\": \"2027-01-01\","
				+ " \"document\": " + quoted(BAD) + "}").with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(4));
		mvc.perform(json(post("/api/incentives/preview"), "{\"document\": " + quoted(DRAFT) + "}")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
		mvc.perform(json(post("/api/incentives/preview"), "{\"teamId\": \"abc\", \"document\": " + quoted(DRAFT) + "}")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
		mvc.perform(json(post("/api/incentives/preview"), "{\"teamId\": 987654, \"document\": " + quoted(DRAFT) + "}")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound());
		// A problem outside the document has no line.
		mvc.perform(json(post("/api/incentives/preview"), "{\"teamId\": " + team.id() + "}")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("document"))
			.andExpect(jsonPath("$.errors[0].line").doesNotExist());
	}

	@Test
	void thePresetsAreListedByFileNameWithTheirPlansName() throws Exception {
		mvc.perform(get("/api/incentives/presets").with(user("fin").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].key", hasItem("pool-split-equally")))
			.andExpect(jsonPath("$[?(@.key == 'pool-split-equally')].name").value("Team pool split equally"))
			.andExpect(jsonPath("$[?(@.key == 'pool-split-equally')].document", hasItem(containsString("percent: 5"))));
	}

	@Test
	void theEditorPageShowsThePlanInForceAndItsHistoryAndOnlyManagersMayPublish() throws Exception {
		mvc.perform(get("/plans/editor?team=" + team.id()).with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<link rel=\"icon\" href=\"data:,\">")))
			.andExpect(content().string(containsString("components: [{type: pool, basis: GROSS_MARGIN, percent: 5")))
			.andExpect(content().string(containsString("in force now")))
			.andExpect(content().string(containsString("Team pool split equally")))
			.andExpect(content().string(containsString(">Publish<")))
			.andExpect(content().string(containsString("value=\"2026-12-01\"")));
		mvc.perform(get("/plans/editor?team=" + team.id()).with(user("fin").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Preview<")))
			.andExpect(content().string(not(containsString(">Publish<"))));
		mvc.perform(get("/plans/editor?team=" + team.id()).with(user("rep").roles("REP")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plans/editor?team=" + team.id() + "&preset=team-first-hybrid").with(user("boss").roles("MANAGER")))
			.andExpect(content().string(containsString("percent: 6")));
		mvc.perform(get("/plans/editor?team=" + team.id() + "&preset=nope").with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePagePreviewsAndNamesTheLineOfAProblem() throws Exception {
		page("/plans/editor/preview", "FINANCE", "document", DRAFT)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ben Editor")))
			.andExpect(content().string(containsString("€80.00")))
			// the cost's share in the team's locale, as its money beside it (a walk-through's finding: "5.00 %" beside
			// "16.298,58 €" on a German team)
			.andExpect(content().string(containsString(TeamFormat.of(team).percent(new BigDecimal("0.08")))))
			.andExpect(content().string(not(containsString("8.00 %"))));
		page("/plans/editor/preview", "MANAGER", "document", BAD.replace("\n", "\r\n"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("line 4, document.components[0].percent: must be")));
	}

	@Test
	void thePagePublishesForManagersOnlyAndShowsWhyADateIsRefused() throws Exception {
		page("/plans/editor/publish", "FINANCE", "document", DRAFT, "effectiveFrom", "2027-01-01")
			.andExpect(status().isForbidden());
		page("/plans/editor/publish", "MANAGER", "document", DRAFT, "effectiveFrom", "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("effectiveFrom: is required as YYYY-MM-DD")));
		assertThat(incentives.plans(team.id()).versions()).as("nothing stored").hasSize(1);

		page("/plans/editor/publish", "MANAGER", "document", DRAFT.replace("\n", "\r\n"), "effectiveFrom", "2027-03-20")
			.andExpect(redirectedUrl("/plans/editor?team=" + team.id()));
		assertThat(incentives.plans(team.id()).versions()).last()
			.satisfies(v -> assertThat(v.name()).isEqualTo("Richer pool"))
			.satisfies(v -> assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2027, 3, 20)));
		assertThat(jdbc.sql("select document from plans where name = 'Richer pool'").query(String.class).single())
			.as("stored with LF, as typed").isEqualTo(DRAFT);

		// 10 March opens April, which the version from 20 March already pays: it would never apply.
		page("/plans/editor/publish", "MANAGER", "document", DRAFT, "effectiveFrom", "2027-03-10")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("effectiveFrom: would never apply")))
			// the day it names is one it takes: a version published later for the same day replaces the first
			.andExpect(content().string(containsString("choose 2027-03-20 (published later, it replaces that version)"
					+ " or a later day")));
		page("/plans/editor/publish", "MANAGER", "document", DRAFT, "effectiveFrom", "2027-03-20")
			.andExpect(status().is3xxRedirection());
	}

	private ResultActions preview(String document, String role) throws Exception {
		return mvc.perform(json(post("/api/incentives/preview"), "{\"teamId\": " + team.id() + ", \"document\": "
				+ quoted(document) + "}").with(user("someone").roles(role)));
	}

	private ResultActions page(String path, String role, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(path).param("team", team.id().toString());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request.with(user("someone").roles(role)).with(csrf()));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
	}

	private void fulfilled(Rep rep, String closedAt, String margin) {
		Instant at = Instant.parse(closedAt);
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, ?, 60, ?, 1)""")
			.params(UUID.randomUUID(), team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
	}
}
