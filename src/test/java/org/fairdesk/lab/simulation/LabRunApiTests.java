package org.fairdesk.lab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

	@Autowired
	LabRuns runs;

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

	/** A walk-through's finding: these answered with no body at all. */
	@Test
	void anUnknownRunIsA404ProblemSayingWhy() throws Exception {
		UUID unknown = UUID.randomUUID();
		mvc.perform(get("/api/lab/runs/" + unknown).with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value(containsString("no lab run " + unknown)))
			.andExpect(jsonPath("$.detail").value(containsString("remembers the last " + LabRuns.KEPT + " runs")));
		mvc.perform(delete("/api/lab/runs/" + unknown).with(user("boss").roles("MANAGER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("no lab run " + unknown)));
		assertThat(runs.find(unknown)).isEmpty();
	}

	/**
	 * A walk-through's findings: a full queue answered 503 with no body, and cancelling the waiting runs did not free
	 * their places; a DELETE of the running run answered RUNNING.
	 */
	@Test
	void aFullQueueIsA503ProblemWithRetryAfterUntilWaitingRunsAreCancelled() throws Exception {
		String long_ = BODY.replace("replications: 2", "replications: 1000").replace("months: 2", "months: 60");
		List<String> started = new java.util.ArrayList<>();
		try {
			int refused = 0;
			for (int i = 0; i <= LabRuns.QUEUED + 1 && refused == 0; i++) {
				var answer = mvc.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(long_)).andReturn().getResponse();
				if (answer.getStatus() == 202) {
					started.add(JsonPath.read(answer.getContentAsString(), "$.id"));
				}
				else {
					refused = answer.getStatus();
				}
			}
			assertThat(refused).isEqualTo(503);
			List<UUID> remembered = runs.recent().stream().map(LabRuns.Run::id).toList();
			mvc.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(long_))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", String.valueOf(LabRuns.RETRY_AFTER_SECONDS)))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.detail").value(containsString("run queue is full")));
			// nothing queued or remembered for the refusal
			assertThat(runs.recent().stream().map(LabRuns.Run::id).toList()).isEqualTo(remembered);

			List<String> waiting = started.stream()
				.filter(id -> runs.find(UUID.fromString(id)).orElseThrow().status() == LabRuns.Status.QUEUED)
				.toList();
			assertThat(waiting).isNotEmpty();
			for (String id : waiting) {
				mvc.perform(delete("/api/lab/runs/" + id).with(user("boss").roles("MANAGER")))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("CANCELLED"));
			}
			for (int i = 0; i < waiting.size(); i++) {
				started.add(JsonPath.read(mvc.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(long_)).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(),
						"$.id"));
			}

			// one of them takes the thread once an earlier test's cancelled run has finished its month
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			java.util.Optional<String> first = java.util.Optional.empty();
			while (first.isEmpty() && System.nanoTime() < deadline) {
				Thread.onSpinWait();
				first = started.stream()
					.filter(id -> runs.find(UUID.fromString(id)).orElseThrow().status() == LabRuns.Status.RUNNING)
					.findFirst();
			}
			String running = first.orElseThrow();
			mvc.perform(delete("/api/lab/runs/" + running).with(user("boss").roles("MANAGER")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CANCELLED"));
			mvc.perform(get("/api/lab/runs/" + running).with(user("boss").roles("MANAGER")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CANCELLED"));
			assertThat(runs.find(UUID.fromString(running)).orElseThrow().result()).isNull();
		}
		finally {
			for (String id : started) {
				runs.cancel(UUID.fromString(id));
			}
		}
	}

	/**
	 * A walk-through's finding: a run of weeks was accepted and blocked the queue. It is refused when read, naming
	 * what makes it large, its size and the limit; nothing is queued.
	 */
	@Test
	void aRunTooLargeIsA400NamingWhatMakesItLargeAndNothingIsQueued() throws Exception {
		List<UUID> remembered = runs.recent().stream().map(LabRuns.Run::id).toList();
		String huge = "months: 60\nreplications: 1000\n"
				+ "policies: [ROUND_ROBIN, LEAST_LOADED, RANDOM, VALUE_BALANCED, MANAGER, SELF_ELECT]\n"
				+ "plans: [{preset: commission}, {preset: team-first-hybrid}, {preset: pool-split-equally},"
				+ " {preset: commission}, {preset: team-first-hybrid}, {preset: pool-split-equally},"
				+ " {preset: commission}, {preset: team-first-hybrid}, {preset: pool-split-equally},"
				+ " {preset: commission}]\n"
				+ "team: {size: 200}\n"
				+ "arrivals: {ordersPerRepPerDay: 100, quotesPerRepPerDay: 100, queriesPerRepPerDay: 100}\n"
				+ "behaviour: {maxRounds: 50, trainingMonths: 24}\n";
		mvc.perform(post("/api/lab/runs").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(tools.jackson.databind.json.JsonMapper.builder().build()
				.writeValueAsString(java.util.Map.of("scenario", huge))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("months", "replications",
					"team.size", "behaviour.maxRounds", "behaviour.trainingMonths", "arrivals.ordersPerRepPerDay",
					"plans", "policies")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("too large")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(
					String.format(java.util.Locale.ROOT, "%,d", Scenarios.MAX_WORK))));
		assertThat(runs.recent().stream().map(LabRuns.Run::id).toList()).isEqualTo(remembered);
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
