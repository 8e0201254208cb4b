package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
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

/**
 * The walking skeleton end to end, over the HTTP API: a request comes in, routing assigns it, its rep closes it,
 * and the month's statements change; a quote is sent and won and brings its order; a closed order is reopened.
 * Subclasses choose the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class EndToEndScenario {

	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final String PASSWORD = "secret-1";
	private static final String PERIOD = "2026-11";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired IncentiveManagement incentives;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	Team team;
	Rep first;
	Rep second;
	String manager;

	/** Every test gets its own team, two reps, a manager and a 5 % margin pool plan. */
	@BeforeEach
	void aTeamWithAPlan() {
		clock.set(TestClockConfiguration.START);
		int n = TEAMS.incrementAndGet();
		team = people.createTeam("Team " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		first = rep("t" + n + "rep1", 40);
		second = rep("t" + n + "rep2", 20);
		manager = "t" + n + "manager";
		accounts.create(manager, PASSWORD, Role.MANAGER);
		incentives.publish(team.id(), """
				name: Margin pool
				components: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]
				""", LocalDate.of(2026, 1, 1), "manager");
	}

	@Test
	void aRequestTravelsFromIntakeToAStatement() throws Exception {
		String id = receiveOrder("1000.00", null);
		awaitAssignee(id, first);
		assertThat(payoutOf(first)).isEqualByComparingTo("0.00");

		move(first, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		clock.advance(Duration.ofHours(2));
		move(first, id, "{\"to\": \"FULFILLED\", \"value\": \"1000.00\", \"margin\": \"250.00\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FULFILLED"))
			.andExpect(jsonPath("$.margin.amount").value("250.00"));

		// 5 % of 250.00 = 12.50, split equally between two reps.
		mvc.perform(get("/api/statements?period=" + PERIOD).with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.teamId == " + team.id() + ")].payout.amount", hasItem("6.25")));
		assertThat(payoutOf(first)).isEqualByComparingTo("6.25");
		assertThat(payoutOf(second)).isEqualByComparingTo("6.25");
		awaitNoPendingEvents();
	}

	@Test
	void roundRobinGivesTheNextRequestToWhoeverWaitedLongest() throws Exception {
		awaitAssignee(receiveOrder("100.00", null), first);
		clock.advance(Duration.ofMinutes(1));
		awaitAssignee(receiveOrder("100.00", null), second);
		clock.advance(Duration.ofMinutes(1));
		awaitAssignee(receiveOrder("100.00", null), first);
	}

	@Test
	void aRepSeesOnlyTheirOwnWorkAndPay() throws Exception {
		String id = receiveOrder("500.00", null);
		awaitAssignee(id, first);
		mvc.perform(get("/api/requests/" + id).with(httpBasic(second.username(), PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		move(second, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isForbidden());
		mvc.perform(get("/api/statements?period=" + PERIOD).with(httpBasic(second.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].repId").value(second.id().value()));
		mvc.perform(post("/api/requests").with(httpBasic(second.username(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(order("1.00", null))).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
		long before = count("requests");
		send("{\"kind\": \"ORDER\", \"customer\": \"Acme\"") // malformed JSON
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send("{\"kind\": \"PARCEL\", \"teamId\": " + team.id() + ", \"amount\": -5, \"currency\": \"EUR\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("customer")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
		send(order("abc", null)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
		send(order("10.00", null).replace("\"EUR\"", "\"EURO\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
		send(order("10.00", null).replace("\"EUR\"", "\"USD\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("team's currency")));
		send(order("10.005", null)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
		assertThat(count("requests")).isEqualTo(before);

		receiveOrder("10.00", "crm-" + team.id());
		send(order("20.00", "crm-" + team.id())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("externalId"));
		assertThat(count("requests")).isEqualTo(before + 1);
		assertThat(count("arrivals")).isEqualTo(count("requests"));
	}

	@Test
	void aTransitionTheStateDoesNotAllowIsAConflictAndChangesNothing() throws Exception {
		String id = receiveOrder("300.00", null);
		awaitAssignee(id, first);
		move(first, id, "{\"to\": \"FULFILLED\", \"value\": \"300\", \"margin\": \"50\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("ASSIGNED")));
		move(first, id, "{\"to\": \"WON\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("ORDER")));
		move(first, id, "{\"to\": \"SHIPPED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		move(first, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isOk());
		move(first, id, "{\"to\": \"FULFILLED\", \"value\": \"300\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("margin"));
		mvc.perform(get("/api/requests/" + id).with(httpBasic(first.username(), PASSWORD)))
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.closedAt").doesNotExist());
	}

	@Test
	void aQuoteIsSentAndWonAndItsOrderArrivesAndIsRouted() throws Exception {
		String quote = receive("""
				{"kind": "QUOTE", "teamId": %s, "customer": "Initech", "subject": "40 desks", "amount": 5000,
				 "currency": "EUR"}""".formatted(team.id()));
		awaitAssignee(quote, first);
		move(first, quote, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isOk());
		clock.advance(Duration.ofHours(3));

		move(first, quote, "{\"to\": \"SENT\", \"quotedAmount\": 0, \"validUntil\": \"2026-11-16\", \"margin\": 1}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("quotedAmount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("validUntil")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("value")))
			.andExpect(jsonPath("$.detail", containsString("validUntil: must be after today")));
		move(first, quote, "{\"to\": \"SENT\", \"quotedAmount\": 5200, \"validUntil\": \"30.11.2026\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		mvc.perform(get("/api/requests/" + quote).with(httpBasic(first.username(), PASSWORD)))
			.andExpect(jsonPath("$.state").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.quotedAmount").doesNotExist())
			.andExpect(jsonPath("$.validUntil").doesNotExist());
		move(first, quote, "{\"to\": \"SENT\", \"quotedAmount\": 5200, \"validUntil\": \"2026-11-30\", \"note\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].message", containsString("is not a member here; the members are")));
		move(first, quote, "{\"to\": \"SENT\", \"quotedAmount\": 5200, \"validUntil\": \"2026-11-30\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SENT"))
			.andExpect(jsonPath("$.quotedAmount.amount").value("5200.00"))
			.andExpect(jsonPath("$.validUntil").value("2026-11-30"))
			.andExpect(jsonPath("$.handlingSeconds").value(3 * 3600))
			.andExpect(jsonPath("$.firstResponseAt").exists());
		clock.advance(Duration.ofDays(2));

		move(first, quote, "{\"to\": \"WON\", \"value\": 5000, \"margin\": 1200, \"orderId\": \"" + quote + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("orderId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("is not an ORDER of this team")));
		String won = move(first, quote, "{\"to\": \"WON\", \"value\": 5000, \"margin\": 1200}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WON"))
			.andExpect(jsonPath("$.customerWaitSeconds").value(2 * 86400))
			.andExpect(jsonPath("$.closedBy").value(first.id().value()))
			.andReturn().getResponse().getContentAsString();
		String order = JsonPath.read(won, "$.linkedOrderId");

		awaitAssignee(order, second);
		mvc.perform(get("/api/requests/" + order).with(httpBasic(manager, PASSWORD)))
			.andExpect(jsonPath("$.kind").value("ORDER"))
			.andExpect(jsonPath("$.customer").value("Initech"))
			.andExpect(jsonPath("$.subject").value("Order from quote: 40 desks"))
			.andExpect(jsonPath("$.amount.amount").value("5000.00"))
			.andExpect(jsonPath("$.quoteId").value(quote));
		awaitNoPendingEvents();
	}

	@Test
	void aClosedOrderIsReopenedByItsCloserOrAManagerUntilTheWindowHasPassed() throws Exception {
		String id = receiveOrder("800.00", null);
		awaitAssignee(id, first);
		move(first, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isOk());
		move(first, id, "{\"to\": \"FULFILLED\", \"value\": 800, \"margin\": 160}").andExpect(status().isOk());
		clock.advance(Duration.ofDays(2));

		move(second, id, "{\"to\": \"REOPENED\", \"reason\": \"I can fix it\"}").andExpect(status().isForbidden());
		move(first, id, "{\"to\": \"REOPENED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		move(first, id, "{\"to\": \"REOPENED\", \"reason\": \"Wrong value\", \"value\": 900, \"validUntil\": \"2099-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("value")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("validUntil")));
		move(first, id, "{\"to\": \"REOPENED\", \"reason\": \"Two desks arrived damaged\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REOPENED"))
			.andExpect(jsonPath("$.assigneeId").value(first.id().value()))
			.andExpect(jsonPath("$.reopenCount").value(1))
			.andExpect(jsonPath("$.closedAt").doesNotExist())
			.andExpect(jsonPath("$.value").doesNotExist());
		move(first, id, "{\"to\": \"FULFILLED\", \"value\": 800, \"margin\": 160}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("is REOPENED and cannot move to FULFILLED")));
		move(first, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isOk());
		move(first, id, "{\"to\": \"FULFILLED\", \"value\": 800, \"margin\": 120}").andExpect(status().isOk());

		clock.advance(Duration.ofDays(1));
		move(manager, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isForbidden());
		move(manager, id, "{\"to\": \"REOPENED\", \"reason\": \"The customer called me\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reopenCount").value(2));
		move(first, id, "{\"to\": \"IN_PROGRESS\"}").andExpect(status().isOk());
		move(first, id, "{\"to\": \"CANCELLED\", \"reason\": \"Customer returned everything\"}")
			.andExpect(status().isOk());

		clock.advance(Duration.ofDays(15));
		move(manager, id, "{\"to\": \"REOPENED\", \"reason\": \"Once more\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Transition not allowed"))
			.andExpect(jsonPath("$.detail", containsString("is CANCELLED since")))
			.andExpect(jsonPath("$.detail", containsString("window to reopen it (14 days) passed")));
		assertThat(jdbc.sql("select count(*) from request_reopens where request_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).as("both reopens, counted against the closer").isEqualTo(2);
		awaitNoPendingEvents();
	}

	@Test
	void withoutCredentialsTheApiAnswers401AsProblemDetails() throws Exception {
		mvc.perform(get("/api/statements"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/requests/not-a-uuid").with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	/**
	 * "This month" is each team's own. At 23:30 UTC on 30 November it is still November in New York (18:30) but
	 * already December in Berlin (00:30) and Kolkata (05:00). Orders closed at 20:00Z (Kolkata: 1 December) and 23:10Z
	 * (Berlin and Kolkata: 1 December) fall in different months per team; every team's statement (as its rep and as
	 * the manager sees it) and its dashboard name the same month and the same gross margin.
	 */
	@Test
	void aStatementAndTheDashboardAgreeOnEachTeamsMonthWhereverItIs() throws Exception {
		clock.set(java.time.Instant.parse("2026-11-30T23:30:00Z"));
		String[][] zones = { { "America/New_York", "2026-11", "140.00" }, { "Europe/Berlin", "2026-12", "40.00" },
				{ "Asia/Kolkata", "2026-12", "140.00" } };
		for (String[] zone : zones) {
			int n = TEAMS.incrementAndGet();
			team = people.createTeam("Zone team " + n, Currency.getInstance("EUR"), ZoneId.of(zone[0]));
			Rep rep = rep("z" + n + "rep", 40);
			incentives.publish(team.id(), "name: Margin pool\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]\n",
					LocalDate.of(2026, 1, 1), "manager");
			fulfilled(rep, "2026-11-30T20:00:00Z", "100.00");
			fulfilled(rep, "2026-11-30T23:10:00Z", "40.00");

			String dashboard = mvc.perform(get("/api/metrics/teams/" + team.id()).with(httpBasic(manager, PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			String mine = mvc.perform(get("/api/statements").with(httpBasic(rep.username(), PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			String all = mvc.perform(get("/api/statements").with(httpBasic(manager, PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

			assertThat((String) JsonPath.read(dashboard, "$.period")).as(zone[0]).isEqualTo(zone[1]);
			assertThat((String) JsonPath.read(dashboard, "$.team.outcomes.grossMargin.amount")).isEqualTo(zone[2]);
			assertThat((String) JsonPath.read(mine, "$[0].period")).as(zone[0]).isEqualTo(zone[1]);
			assertThat(JsonPath.<java.util.List<String>>read(mine, "$[0].lines[?(@.code == 'TEAM_BASIS')].label"))
				.singleElement().asString().endsWith(zone[1]);
			assertThat(JsonPath.<java.util.List<String>>read(mine, "$[0].lines[?(@.code == 'TEAM_BASIS')].amount.amount"))
				.containsExactly(zone[2]);
			assertThat((java.util.List<String>) JsonPath.read(all, "$[?(@.teamId == " + team.id() + ")].period"))
				.containsExactly(zone[1]);
			mvc.perform(get("/statements").with(org.springframework.security.test.web.servlet.request
					.SecurityMockMvcRequestPostProcessors.user(rep.username()).roles("REP")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Statements " + zone[1])));
		}
	}

	/**
	 * The month's facts as a document: FINANCE reads them, a rep may not; posted back with the same plan they give
	 * exactly the statements the team's month gives; changed by hand they are evaluated as given, stored nowhere.
	 */
	@Test
	void aMonthsFactsGoOutAsADocumentAndComeBackToTheSameStatements() throws Exception {
		fulfilled(first, "2026-11-03T10:00:00Z", "250.00");
		fulfilled(second, "2026-11-04T10:00:00Z", "100.01");
		fulfilled(second, "2026-10-31T10:00:00Z", "999.00"); // October's
		accounts.create("t" + team.id() + "finance", PASSWORD, Role.FINANCE);
		String facts = mvc.perform(get("/api/incentives/facts?teamId=" + team.id() + "&period=" + PERIOD)
			.with(httpBasic("t" + team.id() + "finance", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(PERIOD))
			.andExpect(jsonPath("$.currency").value("EUR"))
			.andExpect(jsonPath("$.team.orders.fulfilled").value(2))
			.andExpect(jsonPath("$.team.orders.margin.amount").value("350.01"))
			.andExpect(jsonPath("$.reps[0].repId").value(first.id().value()))
			.andExpect(jsonPath("$.reps[0].startDate").value("2024-01-01"))
			.andExpect(jsonPath("$.reps[0].daysOnTeam").value(30))
			.andExpect(jsonPath("$.reps[0].tenureMonths").value(35))
			.andExpect(jsonPath("$.reps[1].figures.orders.margin.amount").value("100.01"))
			.andExpect(jsonPath("$.reps[1].figures.quotes.conversion").doesNotExist())
			.andExpect(jsonPath("$.reps[1].requests.ordersFulfilled.length()").value(1)) // not October's
			.andExpect(jsonPath("$.reps[1].requests.quotesWon.length()").value(0))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/api/incentives/facts?teamId=" + team.id()).with(httpBasic(first.username(), PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/incentives/facts?teamId=" + team.id()).with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(team.thisMonth(clock).toString()));
		mvc.perform(get("/api/incentives/facts?period=" + PERIOD).with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamId"));
		mvc.perform(get("/api/incentives/facts?teamId=one").with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamId"));
		mvc.perform(get("/api/incentives/facts?teamId=" + team.id() + "&period=2026-13").with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/incentives/facts?teamId=987654321").with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isNotFound());

		String plan = "name: Margin pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]\\n"; // JSON escapes
		String fromTheMonth = evaluate("{\"document\": \"" + plan + "\", \"teamId\": " + team.id()
				+ ", \"period\": \"" + PERIOD + "\"}").andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String fromTheDocument = evaluate("{\"document\": \"" + plan + "\", \"facts\": " + facts + "}")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fromTheDocument).isEqualTo(fromTheMonth);
		assertThat((java.util.List<String>) JsonPath.read(fromTheDocument, "$[*].payout.amount"))
			.containsExactly("8.75", "8.75"); // 5 % of 350.01 = 17.50

		// the pool reads the team's margin (the dashboard's), so the invented month changes it as well as the rep's
		String invented = facts.replace("\"amount\":\"250.00\"", "\"amount\":\"2500.00\"")
			.replace("\"amount\":\"350.01\"", "\"amount\":\"2600.01\"");
		assertThat(invented).isNotEqualTo(facts);
		evaluate("{\"document\": \"" + plan + "\", \"facts\": " + invented + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].lines[?(@.code == 'TEAM_BASIS')].amount.amount").value(hasItem("2600.01")));
		evaluate("{\"document\": \"" + plan + "\", \"facts\": " + facts.replace("\"daysOnTeam\":30",
				"\"daysOnTeam\":31") + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("facts.reps[0].daysOnTeam"));
		evaluate("{\"document\": \"" + plan + "\", \"facts\": " + facts + ", \"teamId\": " + team.id() + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("teamId")));
		evaluate("{\"document\": \"" + plan + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("teamId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("facts")));
		assertThat(count("plans")).as("evaluating stores nothing").isEqualTo(1);
	}

	private ResultActions evaluate(String body) throws Exception {
		return mvc.perform(post("/api/incentives/evaluate").with(httpBasic(manager, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/**
	 * The plan history names, for every month, the version statements are computed under: both read the same rule,
	 * and this checks they agree month by month, including a version overtaken before it ever paid.
	 */
	@Test
	void thePlanHistoryNamesTheVersionEveryMonthIsPaidUnder() throws Exception {
		String plan = "name: Margin pool\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: %s, split: {by: EQUAL}}]\n";
		incentives.publish(team.id(), plan.formatted(6), LocalDate.of(2026, 3, 15), "manager"); // version 2: pays April and May
		incentives.publish(team.id(), plan.formatted(7), LocalDate.of(2026, 6, 10), "manager"); // version 3: overtaken by 4
		incentives.publish(team.id(), plan.formatted(8), LocalDate.of(2026, 6, 20), "manager"); // version 4: from July
		String body = mvc.perform(get("/api/incentives/plans?teamId=" + team.id()).with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<java.util.Map<String, Object>> versions = JsonPath.read(body, "$.versions");
		assertThat(versions).extracting(v -> v.get("neverApplies")).containsExactly(false, false, true, false);

		for (int m = 1; m <= 12; m++) {
			java.time.YearMonth month = java.time.YearMonth.of(2026, m);
			int paidUnder = incentives.statementsOf(first.id(), month).get(0).planVersion();
			assertThat(versions).as(month.toString())
				.filteredOn(v -> v.get("firstMonth") != null
						&& !java.time.YearMonth.parse((String) v.get("firstMonth")).isAfter(month)
						&& (v.get("lastMonth") == null
								|| !java.time.YearMonth.parse((String) v.get("lastMonth")).isBefore(month)))
				.extracting(v -> v.get("version"))
				.containsExactly(paidUnder);
		}
		mvc.perform(get("/api/incentives/plans?teamId=" + team.id()).with(httpBasic(first.username(), PASSWORD)))
			.andExpect(status().isForbidden());

		// A version from 12 June would open July, which version 4 (from 20 June) already pays: it could never apply.
		mvc.perform(post("/api/incentives/plans").with(httpBasic(manager, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": " + team.id() + ", \"effectiveFrom\": \"2026-06-12\", \"document\": \""
					+ plan.formatted(9).replace("\n", "\\n") + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("version 4, effective from 2026-06-20")));
		assertThat(JsonPath.<java.util.List<Object>>read(mvc.perform(get("/api/incentives/plans?teamId=" + team.id())
			.with(httpBasic(manager, PASSWORD))).andReturn().getResponse().getContentAsString(), "$.versions"))
			.as("nothing stored").hasSize(4);
		mvc.perform(get("/api/incentives/plans").with(httpBasic(manager, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
	}

	private void fulfilled(Rep rep, String closedAt, String margin) {
		java.time.Instant at = java.time.Instant.parse(closedAt);
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, ?, 60, ?, 1)""")
			.params(UUID.randomUUID(), team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
	}

	private Rep rep(String username, int hours) {
		accounts.create(username, PASSWORD, Role.REP);
		return people.addRep(new NewRep(team.id(), username, username.toUpperCase(), BigDecimal.valueOf(hours),
				LocalDate.of(2024, 1, 1)));
	}

	private String order(String amount, String externalId) {
		String amountJson = amount.matches("-?[0-9.]+") ? amount : "\"" + amount + "\"";
		return """
				{"kind": "ORDER", "teamId": %s, "customer": "Acme", "subject": "10 chairs", "amount": %s,
				 "currency": "EUR"%s}""".formatted(team.id(), amountJson,
				externalId == null ? "" : ", \"externalId\": \"" + externalId + "\"");
	}

	private ResultActions send(String body) throws Exception {
		return mvc.perform(post("/api/requests").with(httpBasic(manager, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String receiveOrder(String amount, String externalId) throws Exception {
		return receive(order(amount, externalId));
	}

	private String receive(String request) throws Exception {
		String body = send(request).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/requests/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private void awaitAssignee(String id, Rep rep) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/api/requests/" + id).with(httpBasic(manager, PASSWORD)))
			.andExpect(jsonPath("$.state").value("ASSIGNED"))
			.andExpect(jsonPath("$.assigneeId").value(rep.id().value())));
	}

	private ResultActions move(Rep rep, String id, String body) throws Exception {
		return move(rep.username(), id, body);
	}

	private ResultActions move(String username, String id, String body) throws Exception {
		return mvc.perform(post("/api/requests/" + id + "/transitions").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private BigDecimal payoutOf(Rep rep) throws Exception {
		String body = mvc.perform(get("/api/statements?period=" + PERIOD).with(httpBasic(rep.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new BigDecimal(JsonPath.<String>read(body, "$[0].payout.amount"));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where team_id = ?").param(team.id().value())
			.query(Long.class).single();
	}

	/** Every event for an asynchronous listener was delivered and completed (and so serialised cleanly). */
	private void awaitNoPendingEvents() {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() == 0);
	}
}
