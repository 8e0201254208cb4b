package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
		exportsOf(id);
		mvc.perform(delete("/api/lab/runs/" + id).with(user("boss").roles("MANAGER"))).andExpect(status().isOk());
	}

	/** The CSV holds every figure, behaviour and goal verdict of the run's one cell; the JSON is a file to keep. */
	private void exportsOf(String id) throws Exception {
		String csv = mvc.perform(get("/api/lab/runs/" + id + "/results.csv").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("lab-run-" + id + ".csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv)).getRecords();
		assertThat(rows).extracting(r -> r.get("measure"))
			.contains("revenue", "cherryPickIndex", "effort", "goal.CHERRY_PICKING");
		CSVRecord revenue = rows.stream().filter(r -> r.get("measure").equals("revenue")).findFirst().orElseThrow();
		assertThat(revenue.get("plan")).isEqualTo("Commission");
		assertThat(revenue.get("policy")).isEqualTo("RANDOM");
		assertThat(Double.parseDouble(revenue.get("low"))).isLessThanOrEqualTo(Double.parseDouble(revenue.get("mean")));
		CSVRecord cherry = rows.stream().filter(r -> r.get("measure").equals("goal.CHERRY_PICKING")).findFirst()
			.orElseThrow();
		assertThat(cherry.get("verdict")).isIn("MET", "MISSED", "UNCERTAIN");
		assertThat(cherry.get("threshold")).isNotEmpty();
		mvc.perform(get("/api/lab/runs/" + id + "/results.json").with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.result.cells[0].policy").value("RANDOM"))
			.andExpect(jsonPath("$.verdicts[0].goals[0].verdict").isString());
	}

	@Test
	void resultsOfARunNotYetDoneAreA409() throws Exception {
		String started = mvc
			.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("replications: 2", "replications: 400").replace("months: 2", "months: 24")))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(started, "$.id");
		try {
			mvc.perform(get("/api/lab/runs/" + id + "/results.csv").with(user("boss").roles("MANAGER")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("results exist once it is DONE")));
		}
		finally {
			mvc.perform(delete("/api/lab/runs/" + id).with(user("boss").roles("MANAGER")));
		}
		mvc.perform(get("/api/lab/runs/" + UUID.randomUUID() + "/results.csv").with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound());
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
