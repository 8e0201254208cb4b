package org.fairdesk.incentives.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statement pages over the API and as pages (docs/pay.md): what changed since last month, a rep's what-if on the
 * open month and the team's month for its manager, money in the team's locale (de-DE here). The test clock is
 * 16 November 2026 (Berlin): September and October are closed in each test's own team, November is open.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class StatementPagesTests {

	private static final String NBSP = "\u00a0";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired PayManagement pay;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	Team team;
	Rep ann;
	Rep ben;

	@BeforeEach
	void aGermanTeamPaidFromSeptember() {
		team = people.createTeam("Statement pages " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"), Locale.forLanguageTag("de-DE"));
		ann = people.addRep(new NewRep(team.id(), "ann" + System.nanoTime(), "Ann", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		ben = people.addRep(new NewRep(team.id(), "ben" + System.nanoTime(), "Ben", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), """
				name: Team margin pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    split: {by: EQUAL}
				""", LocalDate.of(2026, 9, 1), "manager");
		fulfilled(ann, "2026-09-10T10:00:00Z", "10000.00");
		fulfilled(ben, "2026-09-12T10:00:00Z", "10000.00");
		fulfilled(ann, "2026-10-10T10:00:00Z", "12000.00");
		fulfilled(ben, "2026-10-20T10:00:00Z", "12691.12");
		fulfilled(ann, "2026-11-03T10:00:00Z", "20000.00");
		fulfilled(ben, "2026-11-04T10:00:00Z", "4000.00");
		pay.close(team.id(), YearMonth.of(2026, 9), "manager");
		pay.close(team.id(), YearMonth.of(2026, 10), "manager");
	}

	@Test
	void aRepSeesWhatChangedInTheirOwnStatementOnlyAndTheEffectsAddUp() throws Exception {
		// October: 10 % of 24,691.12 = 2,469.11, 1,234.56 (and 1,234.55) each; November: 10 % of 24,000 = 1,200 each
		JsonNode changes = json(mvc.perform(get("/api/incentives/changes").param("period", "2026-11")
			.with(rep(ann))).andExpect(status().isOk()));
		assertThat(changes.get("before").get("amount").asString()).isEqualTo("1234.56");
		assertThat(changes.get("now").get("amount").asString()).isEqualTo("1200.00");
		assertThat(changes.get("difference").get("amount").asString()).isEqualTo("-34.56");
		BigDecimal effects = BigDecimal.ZERO;
		for (JsonNode effect : changes.get("effects")) {
			effects = effects.add(new BigDecimal(effect.get("amount").get("amount").asString()));
		}
		assertThat(effects).isEqualByComparingTo("-34.56");
		assertThat(changes.get("effects").get(0).get("scope").asString()).isEqualTo("TEAM");
		assertThat(changes.get("effects").get(0).get("group").asString()).isEqualTo("orders");

		mvc.perform(get("/api/incentives/changes").param("repId", ben.id().toString()).param("period", "2026-11")
			.with(rep(ann))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(startsWith("repId " + ben.id() + " is not you")));
		mvc.perform(get("/api/incentives/changes").param("repId", ben.id().toString()).param("period", "2026-11")
			.with(user("boss").roles("MANAGER"))).andExpect(status().isOk());
		mvc.perform(get("/api/incentives/changes").param("period", "2026-11").with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("repId"));
		mvc.perform(get("/api/incentives/changes").param("period", "2026-09").with(rep(ann)))
			.andExpect(status().isNotFound());

		mvc.perform(get("/statements/" + ann.id() + "/2026-11/changes").with(rep(ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.234,56" + NBSP + "€")))
			.andExpect(content().string(containsString("-34,56" + NBSP + "€")));
		mvc.perform(get("/statements/" + ben.id() + "/2026-11/changes").with(rep(ann)))
			.andExpect(status().isForbidden());
	}

	@Test
	void whatChangedNamesEachFigureAndWritesItInTheTeamsLocale() throws Exception {
		// the team's margin went from 24,691.12 to 24,000.00; Ann's own from 12,000 to 20,000
		mvc.perform(get("/statements/" + ann.id() + "/2026-11/changes").with(rep(ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">gross margin of fulfilled orders<")))
			.andExpect(content().string(containsString("24.691,12" + NBSP + "€")))
			.andExpect(content().string(containsString("20.000,00" + NBSP + "€")))
			.andExpect(content().string(not(containsString(">orders.margin<"))))
			.andExpect(content().string(not(containsString("??changes.figureName"))));
	}

	@Test
	void whatChangedNamesEachEffectWithOneApostrophe() throws Exception {
		// a new version for November: 12 % instead of 10 %, so the plan moves the payout as well as the team's orders
		incentives.publish(team.id(), """
				name: Team margin pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 12
				    split: {by: EQUAL}
				""", LocalDate.of(2026, 11, 1), "manager");

		String page = mvc.perform(get("/statements/" + ann.id() + "/2026-11/changes").with(rep(ann)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("The plan: this month&#39;s version, on last month&#39;s figures")
			.contains("The team&#39;s orders")
			.doesNotContain("months version").doesNotContain("teams orders");
	}

	@Test
	void aRepTriesTheirOwnOpenMonthAndNothingIsStored() throws Exception {
		Map<String, Long> before = payRows();
		JsonNode result = json(whatIf(rep(ann), """
				{"period": "2026-11", "changes": [{"figure": "order", "value": 1000.00, "revenue": 3000.00},
				                                  {"figure": "csat", "value": 4.5}]}""").andExpect(status().isOk()));
		Statement own = incentives.statementsOf(ann.id(), YearMonth.of(2026, 11)).get(0);
		assertThat(result.get("current").get("payout").get("amount").asString())
			.isEqualTo(own.payout().amount().toPlainString()).isEqualTo("1200.00");
		// 10 % of 25,000 / 2
		assertThat(result.get("whatIf").get("payout").get("amount").asString()).isEqualTo("1250.00");
		assertThat(result.get("difference").get("amount").asString()).isEqualTo("50.00");
		assertThat(payRows()).as("nothing stored").isEqualTo(before);

		whatIf(rep(ann), "{\"period\": \"2026-11\", \"repId\": %s, \"changes\": [{\"figure\": \"csat\", \"value\": 4}]}"
			.formatted(ben.id())).andExpect(status().isForbidden());
		whatIf(rep(ann), "{\"period\": \"2026-11\", \"teamId\": %s, \"changes\": [{\"figure\": \"csat\", \"value\": 4}]}"
			.formatted(team.id().value() + 1_000_000)).andExpect(status().isForbidden());
		whatIf(user("boss").roles("MANAGER"), "{\"teamId\": %s, \"period\": \"2026-11\", \"repId\": %s, \"changes\": [{\"figure\": \"assist\", \"value\": 1}]}"
			.formatted(team.id(), ben.id())).andExpect(status().isOk());

		whatIf(rep(ann), "{\"period\": \"2026-11\", \"changes\": [{\"figure\": \"csat\", \"value\": 7}]}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("changes[0].value"));
		whatIf(rep(ann), "{\"period\": \"2026-11\", \"changes\": [{\"figure\": \"bonus\", \"value\": 7}]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("changes[0].figure"));
		whatIf(rep(ann), "{\"period\": \"2026-11\", \"changes\": [{\"figure\": \"order\", \"value\": -1000000000000, \"revenue\": 5}]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("changes[0].value"));
		whatIf(rep(ann), "{\"period\": \"2026-10\", \"changes\": [{\"figure\": \"csat\", \"value\": 4}]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2026-10 is closed")));
		whatIf(rep(ann), "{\"period\": \"2026-12\", \"changes\": [{\"figure\": \"csat\", \"value\": 4}]}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
		whatIf(rep(ann), "{\"period\": \"2026-11\", \"changes\": []}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("changes"));
		assertThat(payRows()).as("nothing stored on a refusal").isEqualTo(before);
	}

	@Test
	void whatIfIsOfferedOnlyOnAnOpenMonthThatHasBegun() throws Exception {
		statementsPage("2026-11").andExpect(content().string(containsString(whatIfLink("2026-11"))));
		statementsPage("2026-10").andExpect(content().string(not(containsString("/statements/what-if")))); // closed
		// December's statement is provisional, but the what-if would refuse it: "2026-12 has not begun"
		statementsPage("2026-12")
			.andExpect(content().string(containsString("/statements/" + ann.id() + "/2026-12/changes")))
			.andExpect(content().string(not(containsString("/statements/what-if"))));
		// and the what-if page itself, reached by its address, says why at once instead of offering a form
		for (String period : List.of("2026-10", "2026-12")) {
			mvc.perform(get("/statements/what-if").param("period", period).with(rep(ann)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(period + (period.equals("2026-10") ? " is closed"
						: " has not begun"))))
				.andExpect(content().string(not(containsString("name=\"csat\""))));
		}
		// a manager who leaves out whose what-if is told the page's own parameter, not the API's repId
		mvc.perform(get("/statements/what-if").param("period", "2026-11").with(manager()))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResolvedException()).hasMessage("rep: is required: a rep's id"));
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-10")
			.param("csat", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("2026-10 is closed")))
			.andExpect(content().string(not(containsString("name=\"csat\""))));
		try {
			clock.set(Instant.parse("2026-11-30T23:30:00Z")); // half past midnight on 1 December in Berlin
			statementsPage("2026-12").andExpect(content().string(containsString(whatIfLink("2026-12"))));
		}
		finally {
			clock.set(TestClockConfiguration.START);
		}
	}

	/** An input of the what-if form, its attributes after its name ending as given (whitespace and all). */
	private static org.hamcrest.Matcher<String> input(String name, String ending) {
		return matchesPattern("(?s).*name=\"" + name + "\"[^>]*?" + ending + ".*");
	}

	private String whatIfLink(String period) {
		return "/statements/what-if?rep=" + ann.id() + "&amp;period=" + period + "\"";
	}

	private ResultActions statementsPage(String period) throws Exception {
		return mvc.perform(get("/statements").param("period", period).with(rep(ann))).andExpect(status().isOk());
	}

	@Test
	void theWhatIfPageShowsTheResultInTheTeamsLocale() throws Exception {
		mvc.perform(get("/statements/what-if").with(rep(ann))).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"csat\"")));
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-11")
			.param("orderMargin", "1000").param("orderRevenue", "3000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.250,00" + NBSP + "€")))
			.andExpect(content().string(containsString("+50,00" + NBSP + "€")));
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-11")
			.param("csat", "7"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Your CSAT average: must be a CSAT average from 1 to 5")))
			.andExpect(content().string(input("csat", "value=\"7\"\\s+aria-invalid=\"true\" class=\"invalid\"")));
		// every figure that is not a number is named at once (a walk-through was told about the first only)
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-11")
			.param("orderMargin", "abc").param("orderRevenue", "1000,50"))
			.andExpect(status().isBadRequest())
			// by the fields' labels, not the parameters' names ("orderMargin: …"), each field marked where it is
			.andExpect(content().string(containsString("The order&#39;s gross margin: must be a number like 1234.50, got abc")))
			.andExpect(content().string(containsString("The order&#39;s revenue: must be a number like 1234.50, got 1000,50")))
			.andExpect(content().string(input("orderMargin", "value=\"abc\"\\s+aria-invalid=\"true\" class=\"invalid\"")))
			.andExpect(content().string(input("csat", "value=\"\">")));
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-11")
			.param("rep", ben.id().toString()).param("csat", "4"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMonthNoPlanPaysOffersNoWhatIfForm() throws Exception {
		// August: begun and never closed, but before the plan's first month, so there is no pay to try; the page said
		// "open month" and offered a form that could only be refused
		mvc.perform(get("/statements/what-if").param("period", "2026-08").with(rep(ann)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("period: has no plan version in force on its first day, 2026-08-01")))
			.andExpect(content().string(not(containsString("name=\"csat\""))));
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-08")
			.param("csat", "4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("name=\"csat\""))));
		whatIf(rep(ann), "{\"period\": \"2026-08\", \"changes\": [{\"figure\": \"csat\", \"value\": 4}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("has no plan version in force")));
	}

	@Test
	void anEmptyWhatIfFormAsksForAFigureInThePagesWords() throws Exception {
		// the API's words show a JSON body ({"figure": "csat", …}), which a rep at the form never typed
		mvc.perform(post("/statements/what-if").with(rep(ann)).with(csrf()).param("period", "2026-11")
			.param("orderMargin", "").param("orderRevenue", " ").param("csat", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("changes: is required: fill in at least one figure")))
			.andExpect(content().string(not(containsString("figure&quot;"))))
			.andExpect(content().string(containsString("name=\"csat\"")));
	}

	@Test
	void aMistypedMonthOnTheTeamsMonthIsSaidBesideItsForm() throws Exception {
		// a bare error page left the manager with no form to correct the month in (seen in a browser)
		mvc.perform(get("/statements/team").param("team", team.id().toString()).param("period", "2026-13")
			.with(manager()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<span>Month (YYYY-MM)</span>")))
			.andExpect(content().string(containsString("value=\"2026-13\"")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"period\" value=\"2026-13\"[^>]*aria-invalid=\"true\" class=\"invalid\">.*")))
			.andExpect(content().string(containsString(
					"<p class=\"flash error\">period: must be a month as YYYY-MM from 1970-01 to 9999-12, got 2026-13</p>")))
			.andExpect(content().string(containsString("<span>Team</span>")));
	}

	@Test
	void theTeamsMonthWithoutAPlanNamesNoPreviewMonth() throws Exception {
		mvc.perform(get("/statements/team").param("team", team.id().toString()).param("period", "2026-08")
			.with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No plan version pays this month.")))
			.andExpect(content().string(not(containsString("(null)"))));
	}

	@Test
	void theTeamsMonthIsForManagersAndAgreesWithTheStatementsApi() throws Exception {
		for (String role : List.of("MANAGER", "FINANCE", "ADMIN")) {
			teamMonth("2026-11", user("someone").roles(role)).andExpect(status().isOk());
		}
		teamMonth("2026-11", rep(ann)).andExpect(status().isForbidden());
		mvc.perform(get("/statements/team").param("team", team.id().toString()).with(rep(ann)))
			.andExpect(status().isForbidden());

		JsonNode november = json(teamMonth("2026-11", manager()).andExpect(status().isOk()));
		assertThat(november.get("provisional").asBoolean()).isTrue();
		assertThat(november.get("state").asString()).isEqualTo("OPEN");
		assertThat(november.get("total").get("amount").asString()).isEqualTo("2400.00");
		assertThat(november.get("previousTotal").get("amount").asString()).isEqualTo("2469.11");
		assertThat(november.get("grossMargin").get("amount").asString()).isEqualTo("24000.00");
		assertThat(new BigDecimal(november.get("shareOfMargin").asString())).isEqualByComparingTo("0.1");
		// the version in force from September, previewed on August (no orders): nothing
		assertThat(november.get("preview").get("evaluatedOn").asString()).isEqualTo("2026-08");
		assertThat(november.get("preview").get("total").get("amount").asString()).isEqualTo("0.00");

		JsonNode october = json(teamMonth("2026-10", manager()).andExpect(status().isOk()));
		assertThat(october.get("provisional").asBoolean()).isFalse();
		assertThat(october.get("state").asString()).isEqualTo("CLOSED");
		assertThat(october.get("events")).hasSize(1);
		assertThat(october.get("events").get(0).get("event").asString()).isEqualTo("CLOSED");
		assertThat(october.get("events").get(0).get("actor").asString()).isEqualTo("manager");
		for (String period : List.of("2026-10", "2026-11")) {
			JsonNode month = json(teamMonth(period, manager()));
			JsonNode statements = json(mvc.perform(get("/api/statements").param("period", period).with(manager())));
			for (JsonNode rep : month.get("reps")) {
				JsonNode statement = null;
				for (JsonNode s : statements) {
					if (s.get("repId").asLong() == rep.get("repId").asLong()) {
						statement = s;
					}
				}
				assertThat(statement).as("rep %s's statement in %s", rep.get("repId"), period).isNotNull();
				assertThat(rep.get("payout").get("amount").asString())
					.isEqualTo(statement.get("payout").get("amount").asString());
				assertThat(statement.get("provisional").asBoolean()).isEqualTo(month.get("provisional").asBoolean());
			}
		}
		// a late order in October changes October's live facts, not its stored statements nor this view of them
		fulfilled(ann, "2026-10-30T10:00:00Z", "50000.00");
		assertThat(json(teamMonth("2026-10", manager())).get("total")).isEqualTo(october.get("total"));

		mvc.perform(get("/statements/team").param("team", team.id().toString()).param("period", "2026-10")
			.with(manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.234,56" + NBSP + "€")))
			.andExpect(content().string(containsString("2.469,11" + NBSP + "€")))
			.andExpect(content().string(containsString("(Europe/Berlin)")));
	}

	@Test
	void theStatementsPageAndThePdfWriteMoneyInTheTeamsLocale() throws Exception {
		mvc.perform(get("/statements").param("period", "2026-10").with(rep(ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.234,56" + NBSP + "€")))
			.andExpect(content().string(containsString("/statements/" + ann.id() + "/2026-10/changes")));
	}

	@Test
	void aTeamsLocaleIsACheckedLanguageTag() throws Exception {
		String name = "Locale " + System.nanoTime();
		mvc.perform(post("/api/teams").with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\", \"currency\": \"CHF\", \"timeZone\": \"Europe/Zurich\", \"locale\": \"de-CH\"}"
				.formatted(name)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.locale").value("de-CH"));
		mvc.perform(post("/api/teams").with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s x\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\"}".formatted(name)))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.locale").value("en-GB"));
		for (String bad : List.of("de_DE!", "qq-ZZ", "", "a-very-long-tag-that-is-longer-than-35-chars")) {
			mvc.perform(post("/api/teams").with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"%s bad\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\", \"locale\": \"%s\"}"
					.formatted(name, bad)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("locale"));
		}
		mvc.perform(put("/api/teams/" + team.id() + "/locale").with(user("admin").roles("ADMIN"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"locale\": \"en-GB\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.locale").value("en-GB"));
		mvc.perform(get("/statements").param("period", "2026-10").with(rep(ann)))
			.andExpect(content().string(containsString("€1,234.56")));
		mvc.perform(put("/api/teams/" + team.id() + "/locale").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"locale\": \"en-GB\"}"))
			.andExpect(status().isForbidden());
	}

	private ResultActions whatIf(RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post("/api/incentives/what-if").with(who).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions teamMonth(String period, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/incentives/team-month").param("teamId", team.id().toString())
			.param("period", period).with(who));
	}

	private Map<String, Long> payRows() {
		return Map.of("pay_periods", count("pay_periods"), "pay_statements", count("pay_statements"),
				"pay_period_requests", count("pay_period_requests"), "pay_events", count("pay_events"),
				"pay_adjustments", count("pay_adjustments"), "requests", count("requests"));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static RequestPostProcessor rep(Rep rep) {
		return user(rep.username()).roles("REP");
	}

	private static RequestPostProcessor manager() {
		return user("boss").roles("MANAGER");
	}

	private static JsonNode json(ResultActions response) throws Exception {
		return JsonMapper.builder().build().readTree(response.andReturn().getResponse().getContentAsString());
	}

	private void fulfilled(Rep rep, String closedAt, String margin) {
		Instant at = Instant.parse(closedAt);
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 100000.00, ?, 60, ?, 1)""")
			.params(UUID.randomUUID(), team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
	}
}
