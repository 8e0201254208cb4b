package org.fairdesk.incentives.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.TeamManagers;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Once a team lists its managers (docs/security.md), another team's manager may not close, approve or adjust its pay,
 * publish its plan or decide its disputes, nor add reps to it, set their leaving dates or its SLA targets: a 403 naming
 * why on the API, the page's message on the pages, nothing stored. Nor read its pay (months, statements, facts,
 * exports, disputes, audit) or its standards flags. The test clock is 16 November 2026.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class TeamManagersPayTests {

	private static final String PLAN = "name: Pool\\ncomponents:\\n  - {type: pool, basis: GROSS_MARGIN, percent: 5, split: {by: EQUAL}}\\n";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired UserAccounts accounts;
	@Autowired TeamManagers managers;
	@Autowired org.fairdesk.incentives.DisputeManagement disputes;

	Team team;
	Rep rep;
	RequestPostProcessor ours;
	RequestPostProcessor theirs;

	@BeforeEach
	void aTeamThatListsItsManager() {
		String suffix = String.valueOf(System.nanoTime());
		team = people.createTeam("Listed pay " + suffix, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = people.addRep(new NewRep(team.id(), "pr" + suffix, "Pia " + suffix, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		accounts.create("ours" + suffix, "long-enough-1", Role.MANAGER);
		accounts.create("theirs" + suffix, "long-enough-2", Role.MANAGER);
		managers.set(team.id().value(), List.of("ours" + suffix));
		ours = user("ours" + suffix).roles("MANAGER");
		theirs = user("theirs" + suffix).roles("MANAGER");
		incentives.publish(team.id(), PLAN.replace("\\n", "\n"), LocalDate.of(2026, 10, 1), "ours" + suffix);
	}

	@Test
	void anotherTeamsManagerIsRefusedAndTheTeamsOwnManagerIsNot() throws Exception {
		String period = "{\"teamId\": %d, \"period\": \"2026-10\"}".formatted(team.id().value());
		mvc.perform(post("/api/incentives/periods/close").with(theirs).contentType(MediaType.APPLICATION_JSON)
			.content(period))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may close, approve and adjust its pay")));
		mvc.perform(post("/pay/close").with(theirs).with(csrf()).param("team", String.valueOf(team.id().value()))
			.param("period", "2026-10"))
			.andExpect(flash().attribute("failure", containsString("may close, approve and adjust its pay")));
		mvc.perform(post("/api/incentives/adjustments").with(theirs).contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"period\": \"2026-11\", \"repId\": %d, \"amount\": 5, \"currency\": \"EUR\", \"reason\": \"r\"}"
				.formatted(team.id().value(), rep.id().value())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/incentives/plans").with(theirs).contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"effectiveFrom\": \"2026-12-01\", \"document\": \"%s\"}"
				.formatted(team.id().value(), PLAN)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may publish its plan")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
				"/api/reps/%d/leaving-date".formatted(rep.id().value())).with(theirs)
			.contentType(MediaType.APPLICATION_JSON).content("{\"leavingDate\": \"2026-11-30\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
				"/api/teams/%d/sla-targets".formatted(team.id().value())).with(theirs)
			.contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/teams/%d/reps".formatted(team.id().value())).with(theirs)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"x%d\", \"displayName\": \"X\", \"hoursPerWeek\": 20, \"startDate\": \"2025-01-01\"}"
				.formatted(System.nanoTime())))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
				"/api/teams/%d/standards".formatted(team.id().value())).with(theirs)
			.contentType(MediaType.APPLICATION_JSON).content("{\"standards\": []}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may set its standards")));
		org.assertj.core.api.Assertions.assertThat(people.rep(rep.id()).leavingDate()).isNull();
		org.assertj.core.api.Assertions.assertThat(people.members(team.id())).hasSize(1);
		mvc.perform(get("/api/incentives/periods?teamId=%d&period=2026-10".formatted(team.id().value())).with(ours))
			.andExpect(jsonPath("$.state").value("OPEN"));
		mvc.perform(get("/api/incentives/adjustments?teamId=%d&period=2026-11".formatted(team.id().value()))
			.with(ours)).andExpect(jsonPath("$.length()").value(0));

		mvc.perform(post("/api/incentives/periods/close").with(ours).contentType(MediaType.APPLICATION_JSON)
			.content(period))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
		long dispute = disputes.open(rep.id(), team.id(), java.time.YearMonth.of(2026, 10), 0, null, "Missing order",
				rep.username()).id();
		mvc.perform(post("/api/incentives/disputes/" + dispute + "/reject").with(theirs)
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"no\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may decide its disputes")));
		mvc.perform(post("/disputes/" + dispute + "/accept").with(theirs).with(csrf()).param("amount", "5"))
			.andExpect(flash().attribute("failure", containsString("may decide its disputes")));
		mvc.perform(post("/api/incentives/disputes/" + dispute + "/reject").with(ours)
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"It was counted\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"));
		mvc.perform(post("/api/incentives/plans").with(ours).contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"effectiveFrom\": \"2026-12-01\", \"document\": \"%s\"}"
				.formatted(team.id().value(), PLAN)))
			.andExpect(status().isCreated());
	}

	@Test
	void anotherTeamsManagerReadsNoneOfItsPayWhileItsManagerAndFinanceReadAll() throws Exception {
		long id = team.id().value();
		long repId = rep.id().value();
		mvc.perform(post("/api/incentives/periods/close").with(ours).contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"period\": \"2026-10\"}".formatted(id)))
			.andExpect(jsonPath("$.state").value("CLOSED"));
		List<String> teamReads = List.of("/api/incentives/periods?teamId=%d&period=2026-10",
				"/api/incentives/pay-events?teamId=%d", "/api/incentives/adjustments?teamId=%d&period=2026-11",
				"/api/incentives/audit?teamId=%d", "/api/incentives/facts?teamId=%d&period=2026-10",
				"/api/incentives/periods/facts?teamId=%d&period=2026-10",
				"/api/incentives/team-month?teamId=%d&period=2026-10", "/api/incentives/disputes?teamId=%d",
				"/api/incentives/periods/team.csv?teamId=%d&period=2026-10");
		List<String> repReads = List.of("/api/statements/%d/2026-10.csv", "/api/statements/%d/2026-10.pdf",
				"/api/incentives/changes?repId=%d&period=2026-11", "/statements/%d/2026-10.csv",
				"/statements/%d/2026-10/changes", "/statements/what-if?rep=%d");
		for (String read : teamReads) {
			mvc.perform(get(read.formatted(id)).with(theirs))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(containsString("Only the managers of team " + team.name()
						+ " (" + managers.of(id).get(0) + "), finance and administrators may read its pay")));
			mvc.perform(get(read.formatted(id)).with(ours)).andExpect(status().isOk());
			mvc.perform(get(read.formatted(id)).with(user("fin").roles("FINANCE"))).andExpect(status().isOk());
		}
		for (String read : repReads) {
			mvc.perform(get(read.formatted(repId)).with(theirs)).andExpect(status().isForbidden());
			mvc.perform(get(read.formatted(repId)).with(ours)).andExpect(status().isOk());
		}
		for (String read : List.of("/api/statements/%d/2026-10.csv", "/api/incentives/changes?repId=%d&period=2026-11")) {
			mvc.perform(get(read.formatted(repId)).with(theirs))
				.andExpect(jsonPath("$.detail").value(containsString("finance and administrators may read its pay")));
		}
		String whatIf = "{\"teamId\": %d, \"period\": \"2026-11\", \"repId\": %d, \"changes\": [{\"figure\": \"csat\", \"value\": 4.5}]}"
			.formatted(id, repId);
		String evaluate = "{\"teamId\": %d, \"period\": \"2026-10\", \"document\": \"%s\"}".formatted(id, PLAN);
		String preview = "{\"teamId\": %d, \"document\": \"%s\"}".formatted(id, PLAN);
		for (String[] call : List.of(new String[] { "/api/incentives/what-if", whatIf },
				new String[] { "/api/incentives/evaluate", evaluate },
				new String[] { "/api/incentives/preview", preview })) {
			mvc.perform(post(call[0]).with(theirs).contentType(MediaType.APPLICATION_JSON).content(call[1]))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(containsString("may read its pay")));
			mvc.perform(post(call[0]).with(ours).contentType(MediaType.APPLICATION_JSON).content(call[1]))
				.andExpect(status().isOk());
		}
		// the payroll file: refused before its month is even looked at (October is not PAID)
		mvc.perform(get("/api/incentives/periods/payroll.csv?teamId=%d&period=2026-10".formatted(id)).with(theirs))
			.andExpect(status().isForbidden());
		mvc.perform(get("/pay/%d/2026-10/payroll.csv".formatted(id)).with(theirs)).andExpect(status().isForbidden());
		mvc.perform(get("/pay/%d/not-a-month/team.csv".formatted(id)).with(theirs)).andExpect(status().isForbidden());
		mvc.perform(get("/statements/%d/2026-10.pdf".formatted(repId)).with(theirs)).andExpect(status().isForbidden());
		mvc.perform(post("/statements/what-if").with(theirs).with(csrf()).param("rep", String.valueOf(repId))
			.param("period", "2026-11"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/plans/editor/preview").with(theirs).with(csrf()).param("team", String.valueOf(id))
			.param("document", PLAN.replace("\\n", "\n")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/plans/editor/preview").with(ours).with(csrf()).param("team", String.valueOf(id))
			.param("document", PLAN.replace("\\n", "\n")))
			.andExpect(status().isOk());
		mvc.perform(get("/plans/editor?team=%d".formatted(id)).with(theirs)).andExpect(status().isForbidden());
		// the pages: the team is not offered, and asking for it is refused
		for (String page : List.of("/pay?team=%d", "/statements/team?team=%d", "/disputes?team=%d",
				"/pay/%d/2026-10/team.csv")) {
			mvc.perform(get(page.formatted(id)).with(theirs)).andExpect(status().isForbidden());
			mvc.perform(get(page.formatted(id)).with(ours)).andExpect(status().isOk());
		}
		for (String page : List.of("/pay", "/statements/team", "/disputes", "/plans/editor", "/lab/backtest",
				"/standards")) {
			mvc.perform(get(page).with(theirs))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(org.hamcrest.Matchers.not(containsString(team.name()))));
		}
		// a refused move shows its reason on the manager's own page, not on the team's (which they may not read)
		mvc.perform(post("/pay/approve").with(theirs).with(csrf()).param("team", String.valueOf(id))
			.param("period", "2026-10"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/pay"))
			.andExpect(flash().attribute("failure", containsString("may close, approve and adjust its pay")));
		mvc.perform(get("/pay?team=%d".formatted(id)).with(user("fin").roles("FINANCE"))).andExpect(status().isOk());
		// every team's statements for the month: none of this team's for the other manager
		mvc.perform(get("/api/statements?period=2026-10").with(theirs))
			.andExpect(jsonPath("$[?(@.teamId == %d)]".formatted(id)).isEmpty());
		mvc.perform(get("/api/statements?period=2026-10").with(ours))
			.andExpect(jsonPath("$[?(@.teamId == %d)].repId".formatted(id)).value(org.hamcrest.Matchers.contains(
					(int) repId)));
		// a backtest of its months shows what each rep was paid
		mvc.perform(post("/api/lab/backtests").with(theirs).contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"from\": \"2026-10\", \"to\": \"2026-10\", \"plans\": [{\"document\": \"%s\"}]}"
				.formatted(id, PLAN)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may read its pay")));
		mvc.perform(post("/api/lab/backtests").with(ours).contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"from\": \"2026-10\", \"to\": \"2026-10\", \"plans\": [{\"document\": \"%s\"}]}"
				.formatted(id, PLAN)))
			.andExpect(status().isOk());
		mvc.perform(get("/lab/backtest?team=%d".formatted(id)).with(theirs)).andExpect(status().isForbidden());
		for (String form : List.of("/lab/backtest", "/lab/backtest.csv")) {
			mvc.perform(post(form).with(theirs).with(csrf()).param("team", String.valueOf(id)).param("from", "2026-10")
				.param("to", "2026-10").param("plan1", "document").param("document1", PLAN.replace("\\n", "\n")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/lab/backtest?team=%d".formatted(id)).with(ours)).andExpect(status().isOk());
		// the standards flags, which are its managers' alone
		mvc.perform(get("/api/teams/%d/standards/flags?period=2026-10".formatted(id)).with(theirs))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may read its standards flags")));
		mvc.perform(get("/standards?team=%d".formatted(id)).with(theirs)).andExpect(status().isForbidden());
		mvc.perform(get("/api/teams/%d/standards/flags?period=2026-10".formatted(id)).with(ours))
			.andExpect(status().isOk());
		mvc.perform(get("/standards?team=%d".formatted(id)).with(ours)).andExpect(status().isOk());
	}

	/**
	 * A manager on no team's list, while every team lists its managers, reads no team: each pay page says why it shows
	 * none rather than "No teams yet". Every team of the shared database lists a manager for the test, then as before.
	 */
	@Test
	void aManagerOnNoListIsToldWhyThePayPagesShowNoTeam() throws Exception {
		Map<Long, List<String>> listed = new HashMap<>();
		people.teams().forEach(each -> listed.put(each.id().value(), managers.of(each.id().value())));
		try {
			listed.forEach((id, names) -> {
				if (names.isEmpty()) {
					managers.set(id, managers.of(team.id().value()));
				}
			});
			for (String page : List.of("/pay", "/disputes", "/statements/team", "/plans/editor", "/lab/backtest")) {
				mvc.perform(get(page).with(theirs))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("No team whose pay you read: each team lists its managers")))
					.andExpect(content().string(not(containsString(team.name()))));
			}
			mvc.perform(get("/standards").with(theirs))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("No team you manage: each team lists its managers")));
			mvc.perform(get("/pay").with(ours)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("No team whose pay you read"))));
		}
		finally {
			listed.forEach((id, names) -> managers.set(id, names));
		}
	}

	/** A team that lists nobody is every manager's, to read as to change (docs/security.md). */
	@Test
	void aTeamThatListsNobodyIsReadByEveryManager() throws Exception {
		Team open = people.createTeam("Unlisted pay " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		for (String read : List.of("/api/incentives/periods?teamId=%d&period=2026-10", "/pay?team=%d",
				"/api/incentives/audit?teamId=%d")) {
			mvc.perform(get(read.formatted(open.id().value())).with(theirs)).andExpect(status().isOk());
		}
		mvc.perform(get("/api/incentives/periods?teamId=%d&period=2026-10".formatted(open.id().value()))
			.with(user("r" + System.nanoTime()).roles("REP")))
			.andExpect(status().isForbidden());
	}
}
