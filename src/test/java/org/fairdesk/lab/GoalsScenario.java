package org.fairdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.DbTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Goals stored, validated and judged through the API, and what a rep may see. Subclasses choose the database. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class GoalsScenario {

	static final AtomicInteger TEAMS = new AtomicInteger();
	static final String PASSWORD = "goals-pass";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired GoalManagement goals;
	@Autowired JdbcClient jdbc;
	@Autowired org.fairdesk.security.TeamManagers managers;

	Team team;
	Rep ann;
	Rep ben;

	@BeforeEach
	void aTeamOfTwo() {
		int n = TEAMS.incrementAndGet();
		String suffix = n + "x" + System.nanoTime() % 100_000;
		team = people.createTeam("Goals " + suffix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		ann = rep("g" + suffix + "ann");
		ben = rep("g" + suffix + "ben");
		accounts.create("g" + suffix + "mgr", PASSWORD, Role.MANAGER);
		accounts.create("g" + suffix + "fin", PASSWORD, Role.FINANCE);
	}

	@Test
	void aTeamStartsWithTheDefaultSetAndAManagerChangesAThreshold() throws Exception {
		mvc.perform(get("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(finance(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(Behaviour.values().length))
			.andExpect(jsonPath("$[?(@.behaviour == 'CHERRY_PICKING')].threshold").value(0.6));
		mvc.perform(put("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(manager(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"goals": [{"behaviour": "CHERRY_PICKING", "indicator": "CHERRY_PICK_INDEX", "threshold": 0.55},
					           {"behaviour": "HELP_COLLEAGUES", "indicator": "ASSISTS_GIVEN", "threshold": 2, "enabled": false}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.behaviour == 'CHERRY_PICKING')].threshold").value(0.55))
			.andExpect(jsonPath("$[?(@.behaviour == 'HELP_COLLEAGUES')].enabled").value(false));
		assertThat(goals.goals(team.id())).filteredOn(g -> g.behaviour() == Behaviour.KEEP_CUSTOMERS_SATISFIED)
			.singleElement().satisfies(g -> assertThat(g.threshold()).isEqualByComparingTo("0.10"));
	}

	@Test
	void onceTheTeamListsItsManagersAnotherManagerMayNotSetItsGoals() throws Exception {
		String other = manager() + "other";
		accounts.create(other, PASSWORD, Role.MANAGER);
		managers.set(team.id().value(), java.util.List.of(manager()));
		String body = """
				{"goals": [{"behaviour": "CHERRY_PICKING", "indicator": "CHERRY_PICK_INDEX", "threshold": 0.55}]}""";

		mvc.perform(put("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(other, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("may set its behaviour goals")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/lab/goals")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(other)
				.roles("MANAGER"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("team", String.valueOf(team.id().value())).param("threshold.CHERRY_PICKING", "0.55"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("failure", org.hamcrest.Matchers.containsString("may set its behaviour goals")));
		assertThat(jdbc.sql("select count(*) from lab_goals where team_id = ?").param(team.id().value())
			.query(Long.class).single()).as("nothing stored").isZero();

		mvc.perform(put("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(manager(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.behaviour == 'CHERRY_PICKING')].threshold").value(0.55));
	}

	@Test
	void anUnknownIndicatorOrAThresholdOutOfRangeOrTooFineIs400NamingThePathAndStoresNothing() throws Exception {
		mvc.perform(put("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(manager(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"goals": [{"behaviour": "CHERRY_PICKING", "indicator": "CHERRY_PICK_INDEX", "threshold": 0.7},
					           {"behaviour": "RUSHING_CUSTOMERS", "indicator": "SPEED", "threshold": 0.5},
					           {"behaviour": "SHARE_THE_LOAD", "indicator": "VALUE_OVER_FAIR_SHARE", "threshold": 0.5},
					           {"behaviour": "HELP_COLLEAGUES", "indicator": "ASSISTS_GIVEN", "threshold": 1.00005}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
					"goals[1].indicator", "goals[2].threshold", "goals[3].threshold")))
			.andExpect(jsonPath("$.errors[?(@.field == 'goals[3].threshold')].message")
				.value("must have at most 4 decimals, got 1.00005"));
		assertThat(jdbc.sql("select count(*) from lab_goals where team_id = ?").param(team.id().value())
			.query(Long.class).single()).isZero();
		mvc.perform(put("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(finance(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"goals\": []}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/lab/goals?teamId=" + team.id().value()).with(httpBasic(ann.username(), PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void claimsOfLargeOrdersMissTheCherryPickingGoalAndARepSeesOnlyTheirOwnRows() throws Exception {
		for (int i = 0; i < 10; i++) {
			claim(ann, "0.9000", "2026-10-" + (10 + i) + "T09:00:00Z");
			claim(ben, "0.5000", "2026-10-" + (10 + i) + "T10:00:00Z");
		}
		GoalsStatus october = goals.status(team.id(), YearMonth.of(2026, 10));
		assertThat(october.teamGoal(Behaviour.CHERRY_PICKING)).satisfies(row -> {
			assertThat(row.value()).isEqualByComparingTo("0.7");
			assertThat(row.sample()).isEqualTo(20);
			assertThat(row.verdict()).isEqualTo(GoalsStatus.Verdict.MISSED);
		});
		assertThat(verdict(october, ann, Behaviour.CHERRY_PICKING)).isEqualTo(GoalsStatus.Verdict.MISSED);
		assertThat(verdict(october, ben, Behaviour.CHERRY_PICKING)).isEqualTo(GoalsStatus.Verdict.MET);
		assertThat(verdict(october, ben, Behaviour.KEEP_CUSTOMERS_SATISFIED))
			.isEqualTo(GoalsStatus.Verdict.NOT_ENOUGH_DATA);
		assertThat(october.signals()).extracting(GoalsStatus.GamingSignal::repId).containsExactly(ann.id());

		String path = "/api/lab/goals/status?teamId=" + team.id().value() + "&period=2026-10";
		mvc.perform(get(path).with(httpBasic(manager(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reps.length()").value(2))
			.andExpect(jsonPath("$.team[?(@.behaviour == 'CHERRY_PICKING')].verdict").value("MISSED"));
		mvc.perform(get(path).with(httpBasic(ben.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team.length()").value(0))
			.andExpect(jsonPath("$.reps.length()").value(1))
			.andExpect(jsonPath("$.reps[0].repId").value(ben.id().value()))
			.andExpect(jsonPath("$.signals.length()").value(0));
		mvc.perform(get("/api/lab/goals/status?teamId=" + team.id().value() + "&period=2026-13")
			.with(httpBasic(manager(), PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	/**
	 * The cherry-pick index counts skips in every mode (docs/routing.md#the-cherry-pick-index): a rep who skips small
	 * requests (low percentiles) scores one minus each, so a month without a single claim is judged too.
	 */
	@Test
	void skipsOfSmallRequestsMissTheCherryPickingGoalWithoutAnyClaim() {
		for (int i = 0; i < 10; i++) {
			logged(ann, "SKIP", "0.1000", "2026-10-" + (10 + i) + "T09:00:00Z");
			logged(ben, "SKIP", "0.5000", "2026-10-" + (10 + i) + "T10:00:00Z");
		}
		GoalsStatus october = goals.status(team.id(), YearMonth.of(2026, 10));
		assertThat(october.teamGoal(Behaviour.CHERRY_PICKING)).satisfies(row -> {
			assertThat(row.value()).isEqualByComparingTo("0.7"); // (10 x 0.9 + 10 x 0.5) / 20
			assertThat(row.sample()).isEqualTo(20);
			assertThat(row.verdict()).isEqualTo(GoalsStatus.Verdict.MISSED);
		});
		assertThat(verdict(october, ann, Behaviour.CHERRY_PICKING)).isEqualTo(GoalsStatus.Verdict.MISSED);
		assertThat(verdict(october, ben, Behaviour.CHERRY_PICKING)).isEqualTo(GoalsStatus.Verdict.MET);
		assertThat(october.signals()).extracting(GoalsStatus.GamingSignal::repId).containsExactly(ann.id());
	}

	private GoalsStatus.Verdict verdict(GoalsStatus status, Rep rep, Behaviour behaviour) {
		return status.reps().stream().filter(r -> r.repId().equals(rep.id())).findFirst().orElseThrow().goals().stream()
			.filter(g -> g.behaviour() == behaviour).findFirst().orElseThrow().verdict();
	}

	private void claim(Rep rep, String percentile, String at) {
		logged(rep, "CLAIM", percentile, at);
	}

	/** A request the rep claimed or skipped at {@code at}, with the value percentile routing recorded. */
	private void logged(Rep rep, String action, String percentile, String at) {
		UUID request = UUID.randomUUID();
		jdbc.sql("insert into routing_teams (team_id) values (?) on conflict do nothing").param(team.id().value()).update();
		jdbc.sql("""
				insert into routing_queue (request_id, team_id, kind, received_at, priority, amount, assignee_id, assigned_at)
				values (?, ?, 'ORDER', ?, 0, 100, ?, ?)""")
			.params(request, team.id().value(), DbTime.of(Instant.parse(at).minusSeconds(600)), rep.id().value(),
					DbTime.of(Instant.parse(at)))
			.update();
		jdbc.sql("""
				insert into routing_assignments (request_id, rep_id, team_id, policy, action, value_percentile, assigned_at)
				values (?, ?, ?, 'SELF_ELECT', ?, ?, ?)""")
			.params(request, rep.id().value(), team.id().value(), action, new BigDecimal(percentile),
					DbTime.of(Instant.parse(at)))
			.update();
	}

	private Rep rep(String username) {
		accounts.create(username, PASSWORD, Role.REP);
		return people.addRep(new NewRep(team.id(), username, "Rep " + username, new BigDecimal("40"),
				LocalDate.of(2024, 1, 1)));
	}

	private String manager() {
		return ann.username().replace("ann", "mgr");
	}

	private String finance() {
		return ann.username().replace("ann", "fin");
	}
}
