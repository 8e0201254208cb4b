package org.fairdesk.lab.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.fairdesk.lab.simulation.LabRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The lab's simulation page (docs/api.md, "Pages"): the form, a refused scenario, a run's page and its exports. */
@SpringBootTest
@AutoConfigureMockMvc
class LabRunsPageTests {

	private static final String SCENARIO = """
			months: 2
			replications: 2
			policies: [RANDOM]
			plans: [{preset: commission}]
			team: {size: 3}
			behaviour: {trainingMonths: 1, maxRounds: 2}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	LabRuns runs;

	@Autowired
	org.fairdesk.people.PeopleManagement people;

	@Test
	void theFormOffersTheShippedScenariosWithTheQuickOneFilledIn() throws Exception {
		// the context is shared with other test classes, which may have made teams already
		boolean noTeams = people.teams().isEmpty();
		mvc.perform(get("/lab/runs").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(view().name("lab/runs"))
			.andExpect(content().string(containsString("preset: team-first-hybrid")))
			.andExpect(content().string(containsString("The preset comparison")))
			// the team's line is a paragraph: the scenario's label no longer runs on after the goals link; with no
			// team there is no empty paragraph
			.andExpect(content().string(noTeams ? not(containsString("goals-of")) : containsString("goals-of")));
		people.createTeam("Lab page team", java.util.Currency.getInstance("EUR"), java.time.ZoneId.of("Europe/Berlin"));
		mvc.perform(get("/lab/runs").with(user("root").roles("ADMIN")))
			.andExpect(content().string(matchesPattern("(?s).*<p class=\"goals-of\"><label>.*Edit the team&#39;s behaviour"
					+ " goals</a></p>\\s*<label class=\"block\"><span>Scenario.*")));
		mvc.perform(get("/lab/runs?preset=routing-and-plans").with(user("boss").roles("MANAGER")))
			.andExpect(content().string(containsString("replications: 100")));
		mvc.perform(get("/lab/runs?preset=nothing").with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWrongScenarioIsShownAgainWithItsProblemsAndStartsNothing() throws Exception {
		int before = runs.recent().size();
		mvc.perform(post("/lab/runs").with(user("boss").roles("MANAGER")).with(csrf())
			.param("scenario", SCENARIO.replace("replications: 2", "replications: 0")))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("lab/runs"))
			.andExpect(content().string(containsString("replications: is out of range")));
		org.assertj.core.api.Assertions.assertThat(runs.recent()).hasSize(before);
	}

	@Test
	void aRunStartedFromThePageShowsItsProgressThenItsResultsAndExports() throws Exception {
		String location = mvc.perform(post("/lab/runs").with(user("boss").roles("MANAGER")).with(csrf())
			.param("scenario", SCENARIO))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/lab/runs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (runs.find(id).orElseThrow().active() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		mvc.perform(get(location + "/progress").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
		mvc.perform(get(location).with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Commission · RANDOM")))
			.andExpect(content().string(containsString("margin ")))
			.andExpect(content().string(containsString("data-lab-charts=")))
			// a figure's interval under its mean, not beside it (a cell never wraps: the table ran off the page)
			.andExpect(content().string(matchesPattern(
					"(?s).*<td class=\"num\">\\s*<span>[0-9,.]+ EUR</span><br><span class=\"hint\">\\([0-9,.]+ – [0-9,.]+\\)</span></td>.*")));
		mvc.perform(get(location + "/results.csv").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("plan,policy,measure,mean,low,high,threshold,verdict")));
		mvc.perform(get(location + "/results.json").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"DONE\"")));
	}

	@Test
	void repsAndFinanceHaveNoLabRunsAndUnknownRunsAre404() throws Exception {
		mvc.perform(get("/lab/runs").with(user("ann").roles("REP"))).andExpect(status().isForbidden());
		mvc.perform(post("/lab/runs").with(user("fin").roles("FINANCE")).with(csrf()).param("scenario", SCENARIO))
			.andExpect(status().isForbidden());
		mvc.perform(get("/lab/runs/" + UUID.randomUUID()).with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound());
	}
}
