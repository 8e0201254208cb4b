package org.fairdesk.lab.simulation;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The lab's runs over the API (docs/api.md): managers start, follow and cancel them; reps and finance may not. */
@SpringBootTest
@AutoConfigureMockMvc
class LabRunApiTests {

	private static final String BODY = """
			{"scenario": "months: 2\\nreplications: 2\\npolicies: [RANDOM]\\nplans: [{preset: commission}]\\nteam: {size: 3}\\nbehaviour: {trainingMonths: 1, maxRounds: 2}\\n"}
			""";

	@Autowired
	MockMvc mvc;

	@Test
	void aManagerStartsARunAndReadsItsResult() throws Exception {
		String started = mvc
			.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(started, "$.id");

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		String status = "QUEUED";
		while (!status.equals("DONE") && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			status = JsonPath.read(mvc.perform(get("/api/lab/runs/" + id).with(user("boss").roles("MANAGER")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.status");
		}
		mvc.perform(get("/api/lab/runs/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.result.cells[0].plan").value("Commission"))
			.andExpect(jsonPath("$.result.cells[0].figures.revenue.mean").isNumber());
		mvc.perform(delete("/api/lab/runs/" + id).with(user("boss").roles("MANAGER"))).andExpect(status().isOk());
	}

	@Test
	void aWrongScenarioIsA400NamingItsPath() throws Exception {
		mvc.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.replace("replications: 2", "replications: 0")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("replications"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is out of range")));
	}

	@Test
	void repsAndFinanceMayNotRunTheLab() throws Exception {
		mvc.perform(post("/api/lab/runs").with(user("ann").roles("REP"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY)).andExpect(status().isForbidden());
		mvc.perform(get("/api/lab/runs/" + UUID.randomUUID()).with(user("fin").roles("FINANCE")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/lab/runs/" + UUID.randomUUID()).with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound());
	}
}
