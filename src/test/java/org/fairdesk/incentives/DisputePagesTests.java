package org.fairdesk.incentives;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Disputes in the browser: the rep's "Dispute" form on each line of their closed statement and their disputes with
 * the answers; the managers' disputes page with its accept and reject forms. A refusal shows on the page in the API's
 * words. The test clock is 16 November 2026 (Berlin): October is closed in the set-up.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class DisputePagesTests {

	/** The test clock's moment (09:00 UTC) as the team's pages write it: its zone, its locale (en-GB). */
	private static final String AT_TEN_IN_BERLIN = "16 Nov 2026, 10:00 (Europe/Berlin)";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired PayManagement pay;
	@Autowired DisputeManagement disputes;
	@Autowired JdbcClient jdbc;

	Team team;
	Rep ann;

	@BeforeEach
	void aTeamWithOctoberClosed() {
		team = people.createTeam("Dispute pages " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		ann = people.addRep(new NewRep(team.id(), "ann" + System.nanoTime(), "Ann", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), SomePlans.marginPool("10"), LocalDate.of(2026, 10, 1), "manager");
		Instant at = Instant.parse("2026-10-10T10:00:00Z");
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, 300.00, 60, ?, 1)""")
			.params(UUID.randomUUID(), team.id().value(), ann.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), ann.id().value(), DbTime.of(at))
			.update();
		pay.close(team.id(), YearMonth.of(2026, 10), "boss");
	}

	@Test
	void aRepDisputesALineFromTheStatementsPageAndReadsTheAnswer() throws Exception {
		RequestPostProcessor rep = user(ann.username()).roles("REP");
		mvc.perform(get("/statements").param("period", "2026-10").with(rep))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/statements/disputes\"")))
			.andExpect(content().string(containsString("Dispute this line")))
			// the browser asks for the reason at the field, rather than the page at its top after a round trip
			.andExpect(content().string(containsString("<textarea name=\"reason\" rows=\"3\" maxlength=\"1000\" required>")))
			.andExpect(content().string(containsString("You have not disputed a line.")));
		mvc.perform(get("/statements").param("period", "2026-11").with(rep))
			.andExpect(content().string(not(containsString("Dispute this line"))))
			.andExpect(content().string(containsString("A line can be disputed once its month is closed")));

		// a refusal: back to the statements page with the API's words, nothing stored
		MvcResult refused = mvc.perform(post("/statements/disputes").with(rep).with(csrf())
			.param("teamId", team.id().toString()).param("period", "2026-10").param("line", "99")
			.param("reason", "Wrong"))
			.andExpect(redirectedUrl("/statements?period=2026-10")).andReturn();
		mvc.perform(get("/statements").param("period", "2026-10").with(rep).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("Not opened: line: is not a line of your statement for 2026-10")));
		mvc.perform(post("/statements/disputes").with(rep).param("teamId", team.id().toString())
			.param("period", "2026-10").param("line", "0").param("reason", "Wrong")).andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(disputes.disputes(team.id(), null, null, null)).isEmpty();

		MvcResult opened = mvc.perform(post("/statements/disputes").with(rep).with(csrf())
			.param("teamId", team.id().toString()).param("period", "2026-10").param("line", "0")
			.param("reason", "The basis misses my order of the 28th"))
			.andExpect(redirectedUrl("/statements?period=2026-10")).andReturn();
		Dispute dispute = disputes.disputes(team.id(), null, null, null).get(0);
		mvc.perform(get("/statements").param("period", "2026-10").with(rep).flashAttrs(opened.getFlashMap()))
			.andExpect(content().string(containsString("Your dispute #" + dispute.id() + " is opened")))
			.andExpect(content().string(containsString("The basis misses my order of the 28th")))
			.andExpect(content().string(containsString("Open: waiting for a manager")));
		// the same line again while it is open: a conflict, named by its field like every other refusal
		MvcResult again = mvc.perform(post("/statements/disputes").with(rep).with(csrf())
			.param("teamId", team.id().toString()).param("period", "2026-10").param("line", "0")
			.param("reason", "Still missing"))
			.andExpect(redirectedUrl("/statements?period=2026-10")).andReturn();
		mvc.perform(get("/statements").param("period", "2026-10").with(rep).flashAttrs(again.getFlashMap()))
			.andExpect(content().string(containsString("Not opened: line: is disputed already: #" + dispute.id())));
		org.assertj.core.api.Assertions.assertThat(disputes.disputes(team.id(), null, null, null)).hasSize(1);

		// the manager's page: the open dispute with its forms; a bad amount and a rejection without answer are shown
		RequestPostProcessor boss = user("boss").roles("MANAGER");
		mvc.perform(get("/disputes").param("team", team.id().toString()).with(boss))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The basis misses my order of the 28th")))
			.andExpect(content().string(containsString("Opened by " + ann.username() + " at " + AT_TEN_IN_BERLIN)))
			.andExpect(content().string(containsString("action=\"/disputes/" + dispute.id() + "/accept\"")))
			.andExpect(content().string(containsString("action=\"/disputes/" + dispute.id() + "/reject\"")))
			.andExpect(content().string(containsString("placeholder=\"1234.50\" required")))
			.andExpect(content().string(containsString("<textarea name=\"answer\" rows=\"2\" maxlength=\"1000\" required>")));
		MvcResult badAmount = mvc.perform(post("/disputes/" + dispute.id() + "/accept").with(boss).with(csrf())
			.param("amount", "ten").param("answer", "Yes"))
			.andExpect(redirectedUrl("/disputes?team=" + team.id().value())).andReturn();
		mvc.perform(get("/disputes").param("team", team.id().toString()).with(boss).flashAttrs(badAmount.getFlashMap()))
			.andExpect(content().string(containsString("Dispute #" + dispute.id()
					+ " is not decided: amount: must be a number like 1234.50, got ten")))
			// what was typed is in the form again, to be corrected rather than written anew
			.andExpect(content().string(matchesPattern("(?s).*placeholder=\"1234.50\" required\\s+value=\"ten\">.*")))
			.andExpect(content().string(containsString("maxlength=\"1000\">Yes</textarea>")));
		MvcResult noAnswer = mvc.perform(post("/disputes/" + dispute.id() + "/reject").with(boss).with(csrf()))
			.andReturn();
		mvc.perform(get("/disputes").param("team", team.id().toString()).with(boss).flashAttrs(noAnswer.getFlashMap()))
			.andExpect(content().string(containsString("is not decided: answer: is required")));
		mvc.perform(get("/disputes").with(rep)).andExpect(status().isForbidden());
		// the pay months list the open dispute: a manager is sent to decide it, finance (who may not) to see it
		mvc.perform(get("/pay").param("team", team.id().toString()).with(boss))
			.andExpect(content().string(containsString(">Decide them</a>")));
		mvc.perform(get("/pay").param("team", team.id().toString()).with(user("fin").roles("FINANCE")))
			.andExpect(content().string(containsString(">See them (a manager decides them)</a>")))
			.andExpect(content().string(not(containsString("Decide them"))));

		mvc.perform(post("/disputes/" + dispute.id() + "/accept").with(boss).with(csrf()).param("amount", "10.00")
			.param("answer", "Agreed, the order counts"))
			.andExpect(redirectedUrl("/disputes?team=" + team.id().value()));
		MvcResult twice = mvc.perform(post("/disputes/" + dispute.id() + "/reject").with(boss).with(csrf())
			.param("answer", "No")).andReturn();
		mvc.perform(get("/disputes").param("team", team.id().toString()).with(boss).flashAttrs(twice.getFlashMap()))
			// the conflict names its field as the API's errors do (the page once left "state" out)
			.andExpect(content().string(containsString("is not decided: state: is ACCEPTED: dispute #" + dispute.id()
					+ " was decided by boss at " + AT_TEN_IN_BERLIN + "; a dispute is decided once")))
			.andExpect(content().string(containsString("No open disputes.")))
			.andExpect(content().string(containsString("boss, " + AT_TEN_IN_BERLIN)))
			.andExpect(content().string(not(containsString("2026-11-16T09:00"))))
			.andExpect(content().string(containsString("€10.00 in 2026-11"))) // money as the team's locale writes it
			.andExpect(content().string(not(containsString("10.00 EUR"))));

		mvc.perform(get("/statements").param("period", "2026-10").with(rep))
			.andExpect(content().string(containsString("Agreed, the order counts")))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString("€10.00 in 2026-11")))
			.andExpect(content().string(not(containsString("10.00 EUR"))));
	}
}
