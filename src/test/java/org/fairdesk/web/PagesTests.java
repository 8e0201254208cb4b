package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.support.TestClockConfiguration;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.WorkManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The pages people use: each renders with real data, and its actions do what the buttons say. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTests {

	@org.springframework.beans.factory.annotation.Autowired org.fairdesk.lab.GoalManagement goals;

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IntakeManagement intake;
	@Autowired IncentiveManagement incentives;
	@Autowired WorkManagement work;
	@Autowired org.fairdesk.work.Assists assists;

	Rep rep;
	org.fairdesk.people.TeamId teamId;
	RequestId request;

	@BeforeAll
	void aTeamWithOneAssignedOrder() {
		Team team = people.createTeam("Pages team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		teamId = team.id();
		rep = people.addRep(new NewRep(team.id(), "paula", "Paula Page", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), "name: Pool\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}]\n",
				LocalDate.of(2026, 1, 1), "manager");
		request = intake.receive(new NewRequest("ORDER", team.id().value(), "Globex", "Five desks", null,
				new BigDecimal("900.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(request).state() == RequestState.ASSIGNED);
	}

	@Test
	void theLoginPageIsPublicAndShowsNoDemoHintWhenTheDemoIsOff() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<link rel=\"icon\" href=\"data:,\">")))
			.andExpect(content().string(not(containsString("password <code>demo</code>"))));
		mvc.perform(get("/work")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theBehaviourGoalsPageShowsTheCurrentAndLastMonthAndARepOnlyTheirOwnRows() throws Exception {
		mvc.perform(get("/lab/goals?team=" + teamId.value()).with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(view().name("lab/goals"))
			.andExpect(content().string(containsString("Month 2026-11")))
			.andExpect(content().string(containsString("Month 2026-10")))
			.andExpect(content().string(containsString("Cherry-picking")))
			.andExpect(content().string(containsString("Paula Page")));
		mvc.perform(get("/lab/goals").with(user("paula").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paula Page")))
			.andExpect(content().string(not(containsString("<caption>Team</caption>"))));
	}

	@Test
	void aManagerSetsTheGoalsOnThePageAndARefusalStoresNothing() throws Exception {
		mvc.perform(get("/lab/goals?team=" + teamId.value()).with(user("boss").roles("MANAGER")))
			.andExpect(content().string(containsString("name=\"threshold.CHERRY_PICKING\"")));
		mvc.perform(post("/lab/goals").with(user("boss").roles("MANAGER")).with(csrf())
			.param("team", teamId.toString()).param("threshold.CHERRY_PICKING", "0.55")
			.param("enabled.CHERRY_PICKING", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", containsString("threshold")));
		assertThat(goals.goals(teamId)).as("nothing stored from a refused form")
			.isEqualTo(org.fairdesk.lab.GoalManagement.defaults());
		java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
		goals.goals(teamId).forEach(g -> {
			form.put("threshold." + g.behaviour(), g.behaviour().name().equals("CHERRY_PICKING") ? "0.55"
					: g.threshold().toPlainString());
			if (!g.behaviour().name().equals("SHIFTING_WORK_ACROSS_MONTH_ENDS")) {
				form.put("enabled." + g.behaviour(), "on");
			}
		});
		var request = post("/lab/goals").with(user("boss").roles("MANAGER")).with(csrf()).param("team",
				teamId.toString());
		form.forEach(request::param);
		mvc.perform(request).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
			.attribute("notice", "The team's behaviour goals are saved."));
		assertThat(goals.goals(teamId)).filteredOn(g -> g.behaviour().name().equals("CHERRY_PICKING"))
			.singleElement().satisfies(g -> assertThat(g.threshold()).isEqualByComparingTo("0.55"));
		assertThat(goals.goals(teamId)).filteredOn(g -> !g.enabled()).extracting(g -> g.behaviour().name())
			.containsExactly("SHIFTING_WORK_ACROSS_MONTH_ENDS");
		mvc.perform(post("/lab/goals").with(user("paula").roles("REP")).with(csrf()).param("team",
				teamId.toString())).andExpect(status().isForbidden());
	}

	@Test
	void eachRoleStartsOnItsOwnPage() throws Exception {
		mvc.perform(get("/").with(user("paula").roles("REP"))).andExpect(redirectedUrl("/work"));
		mvc.perform(get("/").with(user("boss").roles("MANAGER"))).andExpect(redirectedUrl("/team"));
		mvc.perform(get("/").with(user("fin").roles("FINANCE"))).andExpect(redirectedUrl("/statements"));
	}

	@Test
	void aRepStartsAndClosesWorkFromMyWork() throws Exception {
		mvc.perform(get("/work").with(user("paula").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(view().name("routing/my-work"))
			.andExpect(content().string(containsString("Five desks")));
		mvc.perform(post("/work/" + request + "/transition").param("to", "IN_PROGRESS")
			.header("HX-Request", "true").with(user("paula").roles("REP")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("routing/my-work :: row"))
			.andExpect(content().string(containsString("IN_PROGRESS")));
		mvc.perform(post("/work/" + request + "/transition").param("to", "FULFILLED").param("value", "900")
			.header("HX-Request", "true").with(user("paula").roles("REP")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("margin: is required")));
		mvc.perform(post("/work/" + request + "/transition").param("to", "FULFILLED").param("value", "900")
			.param("margin", "180").with(user("paula").roles("REP")).with(csrf()))
			.andExpect(redirectedUrl("/work"));
		assertThat(work.request(request).state()).isEqualTo(RequestState.FULFILLED);

		mvc.perform(get("/statements?period=2026-11").with(user("paula").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paula Page")))
			.andExpect(content().string(containsString("9.00 EUR")))
			.andExpect(content().string(containsString("1 request behind it")))
			.andExpect(content().string(containsString("href=\"/requests/" + request.value() + "\"")));
		// the link opens the request for the rep who closed it, and for no other rep
		mvc.perform(get("/requests/" + request.value()).with(user("paula").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Five desks")))
			.andExpect(content().string(containsString("180.00 EUR")))
			.andExpect(content().string(containsString("Paula Page")))
			.andExpect(content().string(containsString("<h2>History</h2>")))
			.andExpect(content().string(containsString("NEW → ASSIGNED")))
			.andExpect(content().string(containsString("IN_PROGRESS → FULFILLED")));
		mvc.perform(get("/api/requests/" + request.value() + "/history").with(user("paula").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("ASSIGNED", "IN_PROGRESS", "FULFILLED")))
			.andExpect(jsonPath("$[0].from").value("NEW"))
			.andExpect(jsonPath("$[2].rep").value(work.request(request).closedBy().value()));
		// (in a team of his own, so that routing keeps sending this team's work to Paula)
		Team other = people.createTeam("Pages other team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		people.addRep(new NewRep(other.id(), "pete", "Pete Other", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		mvc.perform(get("/requests/" + request.value()).with(user("pete").roles("REP")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/requests/" + request.value() + "/history").with(user("pete").roles("REP")))
			.andExpect(status().isForbidden());
		// a colleague meets it where a team figure changed (an adjustment names it): told why it stays closed to them
		// (Quinn left long ago, so routing sends her nothing)
		Rep quinn = people.addRep(new NewRep(teamId, "quinn", "Quinn Colleague", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		people.setLeavingDate(quinn.id(), LocalDate.of(2024, 1, 31));
		mvc.perform(get("/requests/" + request.value()).with(user("quinn").roles("REP")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/requests/" + request.value()).with(user("quinn").roles("REP")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Request " + request.value() + " is a colleague's: only the reps "
					+ "who worked on it, the managers, finance and administrators open it (a statement names it where "
					+ "a team figure changed)"));
		mvc.perform(get("/api/requests/" + request.value()).with(user("pete").roles("REP")))
			.andExpect(jsonPath("$.detail").value("Request " + request.value()
					+ " is not assigned to you, closed by you or assisted by you"));
		// finance pays the statements that link to it: it reads the request, its history and assists, and moves nothing
		mvc.perform(get("/requests/" + request.value()).with(user("fiona").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Five desks")));
		mvc.perform(get("/api/requests/" + request.value() + "/history").with(user("fiona").roles("FINANCE")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/requests/" + request.value() + "/assists").with(user("fiona").roles("FINANCE")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/requests/" + request.value() + "/transitions").contentType("application/json")
			.content("{\"to\": \"REOPENED\", \"reason\": \"audit\"}").with(user("fiona").roles("FINANCE")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	/** A page a role may not open, or a form without its page's token, says why, as the API's 403 does. */
	@Test
	void aRefusedPageSaysWhy() throws Exception {
		mvc.perform(get("/pay").with(user("paula").roles("REP"))).andExpect(status().isForbidden())
			.andExpect(status().reason("Your role does not allow this page"));
		mvc.perform(post("/work/availability").param("availability", "AWAY").with(user("paula").roles("REP")))
			.andExpect(status().isForbidden())
			.andExpect(status().reason(containsString("reload the page and send it again")));
	}

	/** Help is credited from the pages: the request's rep names the colleague, who confirms on the request. */
	@Test
	void aRepCreditsAColleaguesHelpOnTheRequestPageAndTheColleagueConfirmsIt() throws Exception {
		Team team = people.createTeam("Pages assist team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		Rep olga = people.addRep(new NewRep(team.id(), "olga", "Olga Owner", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		Rep hank = people.addRep(new NewRep(team.id(), "hank", "Hank Helper", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		RequestId id = intake.receive(new NewRequest("ORDER", team.id().value(), "Initech", "Chairs for the hall", null,
				new BigDecimal("300.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(id).assigneeId() != null);
		boolean olgaHasIt = work.request(id).assigneeId().equals(olga.id());
		var owner = user(olgaHasIt ? "olga" : "hank").roles("REP");
		Rep helper = olgaHasIt ? hank : olga;
		var helping = user(helper.username()).roles("REP");
		String page = "/requests/" + id.value();

		mvc.perform(get(page).with(owner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Credit a colleague&#39;s help")))
			.andExpect(content().string(containsString("value=\"" + helper.id().value() + "\"")));
		mvc.perform(post(page + "/assists").param("repId", "").with(owner).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("repId: is required")));
		mvc.perform(get(page).with(helping)).andExpect(status().isForbidden()); // not theirs until named on it
		mvc.perform(post(page + "/assists").param("repId", String.valueOf(helper.id().value()))
			.param("note", "Took the supplier's call").with(owner).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("notice", "Asked " + helper.displayName() + " to confirm their help."));

		// the colleague is told on My work, opens the request, and confirms; the proposer cannot
		mvc.perform(get("/work").with(helping)).andExpect(content().string(allOf(containsString("Help to confirm"),
				containsString("href=\"" + page + "\""))));
		long assistId = assists.of(id).get(0).id();
		String confirm = page + "/assists/" + assistId + "/confirm";
		mvc.perform(get(page).with(helping)).andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + confirm + "\"")));
		mvc.perform(post(confirm).with(owner).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("can answer this assist")));
		mvc.perform(post(confirm).with(helping).with(csrf()))
			.andExpect(flash().attribute("notice", helper.displayName() + "'s help is confirmed: it is credited."));
		assertThat(assists.of(id).get(0).status()).isEqualTo(org.fairdesk.work.Assist.Status.CONFIRMED);
		mvc.perform(get("/work").with(helping)).andExpect(content().string(not(containsString("Help to confirm"))));

		// a colleague who declines no longer reads the request: back to their own work, told what happened
		Rep ivy = people.addRep(new NewRep(team.id(), "ivy", "Ivy Idle", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		mvc.perform(post(page + "/assists").param("repId", String.valueOf(ivy.id().value())).with(owner).with(csrf()))
			.andExpect(redirectedUrl(page));
		long ivys = assists.of(id).stream().filter(a -> a.helper().equals(ivy.id())).findFirst().orElseThrow().id();
		mvc.perform(post(page + "/assists/" + ivys + "/decline").with(user("ivy").roles("REP")).with(csrf()))
			.andExpect(redirectedUrl("/work"))
			.andExpect(flash().attribute("notice", "Ivy Idle's help was declined: it is not credited."));
	}

	@Test
	void aManagerReopensAClosedRequestFromItsPageAndOthersCannot() throws Exception {
		// a team of its own, so that Rita gets the order whatever the other tests left with Paula
		Team team = people.createTeam("Pages reopen team", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		// (a login of its own: other tests in the same application have a "rita")
		String rita = "rita-return";
		people.addRep(new NewRep(team.id(), rita, "Rita Return", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		RequestId order = intake.receive(new NewRequest("ORDER", team.id().value(), "Umbrella", "Two chairs", null,
				new BigDecimal("200.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(order).state() == RequestState.ASSIGNED);
		for (String[] params : new String[][] { { "to", "IN_PROGRESS" },
				{ "to", "FULFILLED", "value", "200", "margin", "40" } }) {
			var move = post("/work/" + order + "/transition").with(user(rita).roles("REP")).with(csrf());
			for (int i = 0; i < params.length; i += 2) {
				move.param(params[i], params[i + 1]);
			}
			mvc.perform(move).andExpect(redirectedUrl("/work"));
		}
		String action = "action=\"/requests/" + order + "/reopen\"";
		mvc.perform(get("/requests/" + order).with(user("boss").roles("MANAGER")))
			.andExpect(content().string(containsString(action)))
			.andExpect(content().string(containsString("It goes back to Rita Return.")));
		mvc.perform(get("/requests/" + order).with(user(rita).roles("REP")))
			.andExpect(content().string(containsString(action)));
		mvc.perform(get("/requests/" + order).with(user("fiona").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(action))));
		mvc.perform(post("/requests/" + order + "/reopen").param("reason", "audit")
			.with(user("fiona").roles("FINANCE")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/requests/" + order + "/reopen").with(user("boss").roles("MANAGER")).with(csrf()))
			.andExpect(redirectedUrl("/requests/" + order))
			.andExpect(flash().attribute("failure", containsString("reason")));
		assertThat(work.request(order).state()).as("nothing stored from a refusal").isEqualTo(RequestState.FULFILLED);

		mvc.perform(post("/requests/" + order + "/reopen").param("reason", "Returned by the customer")
			.with(user("boss").roles("MANAGER")).with(csrf()))
			.andExpect(redirectedUrl("/requests/" + order))
			.andExpect(flash().attribute("notice", "Reopened: it is back with Rita Return."));
		assertThat(work.request(order).state()).isEqualTo(RequestState.REOPENED);
		assertThat(work.history(order)).last().satisfies(move -> {
			assertThat(move.to()).isEqualTo(RequestState.REOPENED);
			assertThat(move.reason()).isEqualTo("Returned by the customer");
		});
		mvc.perform(get("/requests/" + order).with(user("boss").roles("MANAGER")))
			.andExpect(content().string(containsString("REOPENED")))
			.andExpect(content().string(not(containsString(action))));
	}

	@Test
	void aRepWorksAQuoteFromMyWorkAndReopensWhatTheyClosed() throws Exception {
		RequestId quote = intake.receive(new NewRequest("QUOTE", teamId.value(), "Initech", "Ten lamps", null,
				new BigDecimal("300.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(quote).state() == RequestState.ASSIGNED);
		mvc.perform(get("/work").with(user("paula").roles("REP")))
			.andExpect(content().string(containsString("Send quote…")))
			.andExpect(content().string(containsString("Wait for customer")));

		move(quote, "to", "WAITING_ON_CUSTOMER").andExpect(content().string(containsString("WAITING_ON_CUSTOMER")))
			.andExpect(content().string(containsString("Resume")))
			.andExpect(content().string(not(containsString("Send quote…"))));
		move(quote, "to", "IN_PROGRESS").andExpect(content().string(containsString("Send quote…")));

		move(quote, "to", "SENT", "quotedAmount", "abc", "validUntil", "16.11.2026")
			.andExpect(content().string(containsString("quotedAmount: must be a number like 1234.50, got abc")))
			.andExpect(content().string(containsString("validUntil: must be a date as YYYY-MM-DD")));
		move(quote, "to", "SENT", "quotedAmount", "300", "validUntil", "2026-11-16")
			.andExpect(content().string(containsString("validUntil: must be after today")))
			.andExpect(content().string(containsString("<details class=\"move\" open")));
		assertThat(work.request(quote).state()).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(work.request(quote).quotedAmount()).isNull();

		move(quote, "to", "SENT", "quotedAmount", "300", "validUntil", "2026-12-01")
			.andExpect(content().string(containsString("quoted 300.00 EUR, valid until 2026-12-01")))
			.andExpect(content().string(containsString("Won…")))
			.andExpect(content().string(containsString("Revise quote…")))
			.andExpect(content().string(containsString("value=\"2026-12-01\"")))
			.andExpect(content().string(not(containsString("Hand back…"))));
		move(quote, "to", "SENT", "quotedAmount", "340", "validUntil", "2026-12-15", "reason", "Two more lamps")
			.andExpect(content().string(containsString("quoted 340.00 EUR, valid until 2026-12-15")));
		mvc.perform(post("/work/" + quote + "/transition").param("to", "WON").param("value", "290")
			.param("margin", "60").with(user("paula").roles("REP")).with(csrf()))
			.andExpect(redirectedUrl("/work"));
		assertThat(work.request(quote).linkedOrderId()).isNotNull();

		mvc.perform(get("/work").with(user("paula").roles("REP")))
			.andExpect(content().string(containsString("Reopen…")));
		move(quote, "to", "REOPENED").andExpect(content().string(containsString("reason: is required")));
		move(quote, "to", "REOPENED", "reason", "The customer wants brass lamps")
			.andExpect(content().string(containsString("REOPENED")));
		assertThat(work.request(quote).reopenCount()).isEqualTo(1);
	}

	@Test
	void aQuoteWonOnMyWorkLinksTheOrderWhoseIdIsTypedAndABadOneIsNamedInTheRow() throws Exception {
		RequestId order = intake.receive(new NewRequest("ORDER", teamId.value(), "Hooli", "Twelve chairs", null,
				new BigDecimal("480.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		RequestId query = intake.receive(new NewRequest("QUERY", teamId.value(), "Hooli", "Delivery time?", null,
				null, "EUR", null), "test", TestClockConfiguration.START).requestId();
		RequestId quote = intake.receive(new NewRequest("QUOTE", teamId.value(), "Hooli", "Twelve chairs", null,
				new BigDecimal("500.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(quote).state() == RequestState.ASSIGNED);
		move(quote, "to", "IN_PROGRESS");
		move(quote, "to", "SENT", "quotedAmount", "500", "validUntil", "2026-12-01")
			.andExpect(content().string(containsString("name=\"orderId\"")))
			.andExpect(content().string(containsString("Leave it empty and a new order is created")));

		move(quote, "to", "WON", "value", "480", "margin", "90", "orderId", "order-12")
			.andExpect(content().string(containsString("orderId: must be an order&#39;s id such as")));
		move(quote, "to", "WON", "value", "-1", "margin", "90", "orderId", query.toString())
			.andExpect(content().string(containsString("value: must be more than zero; orderId: is not an ORDER of this team: "
					+ query)));
		assertThat(work.request(quote).state()).as("nothing stored").isEqualTo(RequestState.SENT);
		assertThat(work.request(quote).linkedOrderId()).isNull();

		move(quote, "to", "WON", "value", "480", "margin", "90", "orderId", " " + order + " ")
			.andExpect(content().string(containsString("WON")));
		assertThat(work.request(quote).linkedOrderId()).as("the order that exists, no second one").isEqualTo(order);
		assertThat(work.request(order).quoteId()).isEqualTo(quote);
	}

	@Test
	void everyRefusalOfAnHtmxRowActionAnswersWithTheRowSayingWhy() throws Exception {
		RequestId quote = intake.receive(new NewRequest("QUOTE", teamId.value(), "Umbrella", "Two lamps", null,
				new BigDecimal("80.00"), "EUR", null), "test", TestClockConfiguration.START).requestId();
		await().atMost(Duration.ofSeconds(10)).until(() -> work.request(quote).state() == RequestState.ASSIGNED);
		move(quote, "to", "IN_PROGRESS");
		int history = work.history(quote).size();

		move(quote, "to", "WAITING_ON_CUSTOMER", "reason", "Asked\u0007 for the address")
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("reason: must not contain control characters")))
			.andExpect(content().string(containsString("id=\"request-" + quote + "\"")));
		assertThat(work.request(quote).state()).isEqualTo(RequestState.IN_PROGRESS);

		Team elsewhere = people.createTeam("Pages team of Otto", Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		people.addRep(new NewRep(elsewhere.id(), "otto", "Otto Else", BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
		for (String to : List.of("WAITING_ON_CUSTOMER", "LOST")) {
			mvc.perform(post("/work/" + quote + "/transition").param("to", to).param("reason", "mine now")
				.header("HX-Request", "true").with(user("otto").roles("REP")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(view().name("routing/my-work :: refused"))
				.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("Not your request")))
				.andExpect(content().string(not(containsString("Umbrella"))));
		}
		mvc.perform(post("/work/" + quote + "/transition").param("to", "LOST").param("reason", "mine now")
			.with(user("otto").roles("REP")).with(csrf())).andExpect(status().isForbidden());
		assertThat(work.request(quote).state()).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(work.history(quote)).as("nothing stored").hasSize(history);
	}

	/** A move posted from a row, as htmx posts it: the answer is the re-rendered row. */
	private org.springframework.test.web.servlet.ResultActions move(RequestId id, String... params) throws Exception {
		var request = post("/work/" + id + "/transition").header("HX-Request", "true");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request.with(user("paula").roles("REP")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("routing/my-work :: row"));
	}

	@Test
	void theManagerSeesTheTeamWithLoadsAndAvailability() throws Exception {
		people.changeAvailability(rep.id(), Availability.OVERLOADED);
		people.setLeavingDate(rep.id(), LocalDate.of(2099, 12, 31));
		mvc.perform(get("/team").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paula Page")))
			.andExpect(content().string(containsString("Overloaded")))
			.andExpect(content().string(containsString("Last day on the team")))
			.andExpect(content().string(containsString("2099-12-31")))
			.andExpect(content().string(containsString("Globex")));
		people.setLeavingDate(rep.id(), null);
		people.changeAvailability(rep.id(), Availability.AVAILABLE);
	}

	@Test
	void pagesAnswerWrongUseWithAnErrorPageNotA500() throws Exception {
		mvc.perform(get("/team").with(user("paula").roles("REP"))).andExpect(status().isForbidden());
		mvc.perform(get("/work").with(user("boss").roles("MANAGER"))).andExpect(status().isForbidden());
		mvc.perform(post("/work/availability").param("availability", "BUSY").with(user("paula").roles("REP"))
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/work/" + RequestId.random() + "/transition").param("to", "IN_PROGRESS")
			.with(user("paula").roles("REP")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/statements?period=2026-13").with(user("paula").roles("REP"))).andExpect(status().isBadRequest());
		mvc.perform(post("/work/availability").param("availability", "AWAY").with(user("paula").roles("REP")))
			.andExpect(status().isForbidden()); // no CSRF token
	}
}
