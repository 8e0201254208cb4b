package org.fairdesk.e2e;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A manager sets what routing decides by for a rep (caps, skills, hours, time off) over the API. */
@SpringBootTest
@AutoConfigureMockMvc
class RepProfileApiTests {

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;

	@Test
	void aManagerSetsCapsSkillsHoursAndTimeOff() throws Exception {
		String rep = "/api/reps/" + newRep("Profile set").id().value();
		send(put(rep + "/caps"), "{\"wipCap\": 5, \"kindCaps\": {\"order\": 2}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.wipCap").value(5))
			.andExpect(jsonPath("$.kindCaps.ORDER").value(2));
		send(put(rep + "/skills"), "{\"skills\": [\" german \", \"french\"]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills", containsInAnyOrder("german", "french")));
		send(put(rep + "/schedule"), "{\"days\": [\"MON\", \"tuesday\"], \"start\": \"08:00\", \"end\": \"16:30\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.schedule.days", containsInAnyOrder("MONDAY", "TUESDAY")));
		send(post(rep + "/time-off"), "{\"firstDay\": \"2099-07-01\", \"lastDay\": \"2099-07-14\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.timeOff[0].lastDay").value("2099-07-14"));
		mvc.perform(get(rep + "/profile").with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$.wipCap").value(5))
			.andExpect(jsonPath("$.skills.length()").value(2))
			.andExpect(jsonPath("$.schedule.end").value("16:30:00"));
	}

	@Test
	void badProfilesAreRefusedWithTheFieldNamedAndNothingStored() throws Exception {
		String rep = "/api/reps/" + newRep("Profile refused").id().value();
		send(put(rep + "/caps"), "{\"wipCap\": 0, \"kindCaps\": {\"PIZZA\": 1, \"ORDER\": null}}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kindCaps.PIZZA")));
		send(put(rep + "/caps"), "{\"wipCap\": 0, \"kindCaps\": {\"ORDER\": null}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("wipCap")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kindCaps.ORDER")));
		// A null inside a list is named by its position, not a server error.
		send(put(rep + "/skills"), "{\"skills\": [\"german\", null]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("skills[1]"));
		send(put(rep + "/skills"), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("skills"));
		send(put(rep + "/schedule"), "{\"days\": [null], \"start\": \"08:00\", \"end\": \"08:00\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("days[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("end")));
		send(post(rep + "/time-off"), "{\"firstDay\": \"2099-07-14\", \"lastDay\": \"2099-07-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lastDay"));
		send(post(rep + "/time-off"), "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("firstDay")));
		mvc.perform(get(rep + "/profile").with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$.wipCap").doesNotExist())
			.andExpect(jsonPath("$.kindCaps.length()").value(0))
			.andExpect(jsonPath("$.skills.length()").value(0))
			.andExpect(jsonPath("$.schedule").doesNotExist())
			.andExpect(jsonPath("$.timeOff.length()").value(0));
		send(put("/api/reps/987654/caps"), "{\"wipCap\": 3}").andExpect(status().isNotFound());
	}

	private Rep newRep(String teamName) {
		Team team = people.createTeam(teamName, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		return people.addRep(new NewRep(team.id(), teamName.replace(' ', '-').toLowerCase() + "-rep", "Profile Rep",
				new BigDecimal("40"), LocalDate.of(2024, 1, 1)));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "test-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}
}
