package org.fairdesk.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An installation without the demo, set up over the API by the first admin (whose password comes from
 * configuration: fairdesk.security.initial-admin-password in the test properties).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SetupApiTests {

	@Autowired MockMvc mvc;

	@Test
	void theFirstAdminSetsUpATeamARepAndTheirLogin() throws Exception {
		String team = as("admin", "test-admin", post("/api/teams"), """
				{"name": "Field Sales", "currency": "chf", "timeZone": "Europe/Zurich"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currency").value("CHF"))
			.andReturn().getResponse().getContentAsString();
		Integer teamId = JsonPath.read(team, "$.id");
		as("admin", "test-admin", post("/api/teams/" + teamId + "/reps"), """
				{"username": "mia", "displayName": "Mia Frei", "hoursPerWeek": 30, "startDate": "2025-04-01"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.availability").value("AVAILABLE"));
		as("admin", "test-admin", post("/api/users"), """
				{"username": "mia", "password": "long-enough", "role": "rep"}""").andExpect(status().isCreated());

		mvc.perform(put("/api/reps/me/availability").with(httpBasic("mia", "long-enough"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"overloaded\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.availability").value("OVERLOADED"));
		mvc.perform(get("/api/teams").with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$[*].team.name", hasItem("Field Sales")));

		// mia leaves without notice: disabling her login sets her AWAY, so routing hands her nothing new, and says why
		as("admin", "test-admin", put("/api/users/mia/enabled"), "{\"enabled\": false}").andExpect(status().isOk());
		as("admin", "test-admin", get("/api/teams"), "")
			.andExpect(jsonPath("$[*].reps[?(@.username == 'mia')].availability").value(hasItem("AWAY")));
		as("admin", "test-admin", get("/api/routing/live?teamId=" + teamId), "")
			.andExpect(jsonPath("$.lastHour").exists());
		as("admin", "test-admin", put("/api/users/mia/enabled"), "{\"enabled\": true}").andExpect(status().isOk());
		as("admin", "test-admin", get("/api/teams"), "")
			.andExpect(jsonPath("$[*].reps[?(@.username == 'mia')].availability").value(hasItem("AWAY")));
	}

	/** A walk-through made the manager's own login a rep: it was routed work and paid a share of the pool it runs. */
	@Test
	void onlyARepLoginActsAsARep() throws Exception {
		Integer teamId = JsonPath.read(as("admin", "test-admin", post("/api/teams"), """
				{"name": "Rep logins", "currency": "EUR", "timeZone": "Europe/Berlin"}""")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		as("admin", "test-admin", post("/api/users"), """
				{"username": "boss-of-reps", "password": "long-enough", "role": "MANAGER"}""")
			.andExpect(status().isCreated());
		as("admin", "test-admin", post("/api/teams/" + teamId + "/reps"), """
				{"username": "boss-of-reps", "displayName": "Boss", "hoursPerWeek": 40, "startDate": "2025-01-01"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
					"is the login of a MANAGER")));
		as("admin", "test-admin", get("/api/teams"), "")
			.andExpect(jsonPath("$[*].reps[?(@.username == 'boss-of-reps')]").isEmpty());

		// the other way round: a rep added first, then a finance login of the same name is refused too
		as("admin", "test-admin", post("/api/teams/" + teamId + "/reps"), """
				{"username": "pat", "displayName": "Pat", "hoursPerWeek": 40, "startDate": "2025-01-01"}""")
			.andExpect(status().isCreated());
		as("admin", "test-admin", post("/api/users"), """
				{"username": "pat", "password": "long-enough", "role": "FINANCE"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
					"is the username of rep Pat")));
		as("admin", "test-admin", get("/api/users"), "")
			.andExpect(jsonPath("$[?(@.username == 'pat')]").isEmpty());
		as("admin", "test-admin", post("/api/users"), """
				{"username": "pat", "password": "long-enough", "role": "REP"}""").andExpect(status().isCreated());
		as("pat", "long-enough", put("/api/reps/me/availability"), "{\"availability\": \"AWAY\"}")
			.andExpect(status().isOk());
	}

	@Test
	void badSetupInputIsRefusedWithEveryFieldNamed() throws Exception {
		as("admin", "test-admin", post("/api/teams"), "{\"currency\": \"EURO\", \"timeZone\": \"Mars/Olympus\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("timeZone")));
		as("admin", "test-admin", post("/api/teams/424242/reps"), """
				{"username": "x", "displayName": "X", "hoursPerWeek": 10, "startDate": "2025-01-01"}""")
			.andExpect(status().isNotFound());
		as("admin", "test-admin", post("/api/users"), "{\"username\": \"y\", \"password\": \"short\", \"role\": \"BOSS\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("role")));
		as("admin", "test-admin", put("/api/reps/me/availability"), "{\"availability\": \"BUSY\"}")
			.andExpect(status().isNotFound()); // the admin is not a rep
		// a name is one line: a line break or a tab would split it in a picker, a list or a CSV row
		as("admin", "test-admin", post("/api/users"),
				"{\"username\": \"two\\nlines\", \"password\": \"long-enough\", \"role\": \"REP\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one line, without line breaks or tabs"));
		as("admin", "test-admin", post("/api/users"),
				"{\"username\": \"ann\\u2028lee\", \"password\": \"long-enough\", \"role\": \"REP\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		as("admin", "test-admin", post("/api/teams"),
				"{\"name\": \"Tab\\tTeam\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Berlin\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void unknownApiPathsAndMethodsAnswerWithProblemDetails() throws Exception {
		mvc.perform(get("/api/nothing-here").with(httpBasic("admin", "test-admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("/api/nothing-here")));
		mvc.perform(get("/api").with(httpBasic("admin", "test-admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/requests").with(httpBasic("admin", "test-admin")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		as("finance-less", "nope", post("/api/teams"), "{}").andExpect(status().isUnauthorized());
	}

	private ResultActions as(String user, String password,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON).content(body));
	}
}
