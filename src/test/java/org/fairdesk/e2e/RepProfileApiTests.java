package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
		send(put(rep + "/skills"), "{\"skills\": [\"german\", \"%s\"]}".formatted("x".repeat(51)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("skills[1]"));
		send(put(rep + "/skills"), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("skills"));
		// one skill twice (routing matches them ignoring case and spaces), and more than a rep may have
		send(put(rep + "/skills"), "{\"skills\": [\"German\", \"french\", \"german\", \" German \"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("skills[2]", "skills[3]")))
			.andExpect(jsonPath("$.errors[0].message").value("repeats \"German\": skills match ignoring case and the"
					+ " spaces around them"));
		send(put(rep + "/skills"), "{\"skills\": [\"Ger\\nman\", \"Fr\\tench\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("skills[0]", "skills[1]")));
		// a null member and a blank one: both named (the null one alone was, before)
		send(put(rep + "/skills"), "{\"skills\": [null, \"\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("skills[0]", "skills[1]")));
		String tooMany = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "\"skill " + i + "\"")
			.collect(java.util.stream.Collectors.joining(", ", "{\"skills\": [", "]}"));
		send(put(rep + "/skills"), tooMany).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("skills"))
			.andExpect(jsonPath("$.errors[0].message").value("must list at most 50 skills, got 51"));
		// a kind that is not one is named with the caps that are wrong, all at once
		send(put(rep + "/caps"), "{\"wipCap\": 0, \"kindCaps\": {\"ORDER\": -1, \"PARCEL\": 2}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kindCaps.PARCEL", "wipCap",
					"kindCaps.ORDER")));
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
		// a period that cannot be is the caller's mistake (400 naming lastDay), not a period the rep lacks (404)
		mvc.perform(delete(rep + "/time-off").param("firstDay", "2099-07-14").param("lastDay", "2099-07-01")
			.with(httpBasic("admin", "test-admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lastDay"));
		mvc.perform(delete(rep + "/time-off").param("firstDay", "2099-07-01").param("lastDay", "2099-07-14")
			.with(httpBasic("admin", "test-admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get(rep + "/profile").with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$.wipCap").doesNotExist())
			.andExpect(jsonPath("$.kindCaps.length()").value(0))
			.andExpect(jsonPath("$.skills.length()").value(0))
			.andExpect(jsonPath("$.schedule").doesNotExist())
			.andExpect(jsonPath("$.timeOff.length()").value(0));
		send(put("/api/reps/987654/caps"), "{\"wipCap\": 3}").andExpect(status().isNotFound());
	}

	@Test
	void aManagerSetsAndClearsALeavingDateAndTheRepsJsonShowsIt() throws Exception {
		Rep rep = newRep("Leaving set");
		String path = "/api/reps/" + rep.id().value() + "/leaving-date";
		mvc.perform(put(path).with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leavingDate\": \"2026-12-31\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(rep.id().value()))
			.andExpect(jsonPath("$.leavingDate").value("2026-12-31"));
		assertThat(people.rep(rep.id()).leavingDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		mvc.perform(get("/api/teams").with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$[?(@.team.id == " + rep.teamId().value() + ")].reps[0].leavingDate")
				.value(hasItem("2026-12-31")));
		send(put(path), "{\"leavingDate\": \"2024-01-01\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.leavingDate").value("2024-01-01")); // the start date: one day on the team
		send(put(path), "{\"leavingDate\": null}").andExpect(status().isOk())
			.andExpect(jsonPath("$.leavingDate").value(nullValue()));
		assertThat(people.rep(rep.id()).leavingDate()).isNull();
	}

	@Test
	void aBadLeavingDateIsRefusedNamingItAndNothingIsStored() throws Exception {
		Rep rep = newRep("Leaving refused");
		String path = "/api/reps/" + rep.id().value() + "/leaving-date";
		send(put(path), "{\"leavingDate\": \"2026-06-30\"}").andExpect(status().isOk());
		send(put(path), "{\"leavingDate\": \"2023-12-31\"}") // the day before the start date
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("leavingDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("start date 2024-01-01")));
		for (String body : new String[] { "{\"leavingDate\": \"10000-01-01\"}", "{\"leavingDate\": \"1969-12-31\"}",
				"{\"leavingDate\": \"31.12.2026\"}", "{\"leavingDate\": 20261231}", "{}" }) {
			send(put(path), body).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("leavingDate"));
		}
		assertThat(people.rep(rep.id()).leavingDate()).as("unchanged").isEqualTo(LocalDate.of(2026, 6, 30));
		send(put("/api/reps/987654/leaving-date"), "{\"leavingDate\": \"2026-12-31\"}")
			.andExpect(status().isNotFound());
		mvc.perform(put(path).with(user(rep.username()).roles("REP"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leavingDate\": null}"))
			.andExpect(status().isForbidden());
		mvc.perform(put(path).with(user("money").roles("FINANCE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leavingDate\": null}"))
			.andExpect(status().isForbidden());
		assertThat(people.rep(rep.id()).leavingDate()).isEqualTo(LocalDate.of(2026, 6, 30));
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
