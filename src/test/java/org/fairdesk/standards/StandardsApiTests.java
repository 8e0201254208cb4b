package org.fairdesk.standards;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Currency;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Setting a team's standards over the API: who may, what a list must be, and that a refusal stores nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class StandardsApiTests {

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;

	@Test
	void putReplacesTheListAndRefusesABadOneNamingEachFieldStoringNothing() throws Exception {
		Team team = people.createTeam("Standards team " + System.nanoTime(), Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		String url = "/api/teams/" + team.id().value() + "/standards";
		mvc.perform(put(url).with(user("manager").roles("MANAGER")).contentType(MediaType.APPLICATION_JSON).content("""
				{"standards": [{"metric": "CSAT", "comparison": "BELOW", "threshold": 3.5, "monthsInARow": 2,
				                "minimumSample": 3},
				               {"metric": "REOPEN_RATE", "comparison": "ABOVE", "threshold": 0.15, "monthsInARow": 3,
				                "minimumSample": 10, "active": false}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standards", hasSize(2)))
			.andExpect(jsonPath("$.standards[1].active").value(false));
		mvc.perform(put(url).with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON).content("""
				{"standards": [{"metric": "SLA_MET", "comparison": "BELOW", "threshold": 80, "monthsInARow": 2,
				                "minimumSample": 5},
				               {"metric": "HANDLING", "comparison": "ABOVE_TEAM_MULTIPLE", "threshold": 2,
				                "monthsInARow": 0, "minimumSample": 0}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
					"standards[0].threshold", "standards[1].metric", "standards[1].monthsInARow",
					"standards[1].minimumSample")));
		mvc.perform(put(url).with(user("manager").roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("standards"));
		mvc.perform(get(url).with(user("manager").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standards", hasSize(2)))
			.andExpect(jsonPath("$.standards[0].metric").value("CSAT"))
			// as the manager wrote them, not at the column's four places (3.5000), as the flags carry them
			.andExpect(jsonPath("$.standards[0].threshold").value(3.5))
			.andExpect(jsonPath("$.standards[1].threshold").value(0.15));
		org.assertj.core.api.Assertions.assertThat(mvc.perform(get(url).with(user("manager").roles("MANAGER")))
			.andReturn().getResponse().getContentAsString()).contains("\"threshold\":3.5,").doesNotContain("3.5000");
		mvc.perform(put(url).with(user("manager").roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"standards\": []}")).andExpect(status().isOk()).andExpect(jsonPath("$.standards", hasSize(0)));
		mvc.perform(get("/api/teams/999999/standards").with(user("manager").roles("MANAGER")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/standards?team=" + team.id().value()).with(user("manager").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("No standards set yet")));
		mvc.perform(get("/standards").with(user("finance").roles("FINANCE"))).andExpect(status().isForbidden());
	}

}
