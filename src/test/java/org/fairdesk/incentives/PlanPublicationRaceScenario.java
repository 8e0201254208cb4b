package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.support.RowCounts;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two managers publish the same plan at the same moment (issue 13): both read the same latest version, so both try
 * to store the same next one. The unique (team, name, version) lets one in; the other gets a 409 that says to try
 * again, and nothing of it is stored. The race is forced, not hoped for: each call waits after reading the version
 * until the other has read it too. Subclasses choose the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class PlanPublicationRaceScenario {

	private static final String PLAN = "name: Race pool\\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: %d, split: {by: EQUAL}}]";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired JdbcClient jdbc;
	@MockitoSpyBean Plans plans;

	private final ExecutorService managers = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		managers.shutdownNow();
		reset(plans);
	}

	@Test
	void twoPublicationsOfOnePlanAtOnceStoreOneVersionAndTellTheOtherToTryAgain() throws Exception {
		Team team = people.createTeam("Race " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		CyclicBarrier bothHaveRead = new CyclicBarrier(2);
		doAnswer(call -> {
			Object next = call.callRealMethod();
			bothHaveRead.await(30, TimeUnit.SECONDS);
			return next;
		}).when(plans).nextVersion(any(), any());
		RowCounts.awaitQuiet(jdbc);
		Map<String, Long> before = RowCounts.of(jdbc);

		List<Future<MvcResult>> calls = new ArrayList<>();
		for (int percent : new int[] { 5, 7 }) {
			calls.add(managers.submit(() -> mvc.perform(post("/api/incentives/plans")
				.with(user("boss").roles("MANAGER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\": %d, \"effectiveFrom\": \"2026-12-01\", \"document\": \"%s\"}"
					.formatted(team.id().value(), PLAN.formatted(percent))))
				.andReturn()));
		}
		List<MvcResult> answers = new ArrayList<>();
		for (Future<MvcResult> call : calls) {
			answers.add(call.get(60, TimeUnit.SECONDS));
		}

		assertThat(answers).extracting(a -> a.getResponse().getStatus()).containsExactlyInAnyOrder(201, 409);
		MvcResult won = answers.stream().filter(a -> a.getResponse().getStatus() == 201).findFirst().orElseThrow();
		MvcResult lost = answers.stream().filter(a -> a.getResponse().getStatus() == 409).findFirst().orElseThrow();
		assertThat((Integer) JsonPath.read(won.getResponse().getContentAsString(), "$.version")).isEqualTo(1);
		String problem = lost.getResponse().getContentAsString();
		assertThat(lost.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat((String) JsonPath.read(problem, "$.detail")).isEqualTo(
				"another version of plan Race pool was published at the same moment; try again");
		assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("document.name");

		// Stored: the winner's version 1 and nothing else.
		Map<String, Long> expected = new java.util.LinkedHashMap<>(before);
		expected.merge("plans", 1L, Long::sum);
		assertThat(RowCounts.of(jdbc)).isEqualTo(expected);
		String winner = won.getRequest().getContentAsString();
		assertThat(jdbc.sql("select version, document from plans where team_id = ?")
			.param(team.id().value())
			.query((rs, row) -> rs.getInt("version") + " " + rs.getString("document"))
			.list()).singleElement().satisfies(row -> {
				assertThat(row).startsWith("1 ");
				assertThat(winner).contains(row.substring(2).replace("\n", "\\n"));
			});

		// Trying again publishes version 2 on top of it.
		reset(plans);
		String again = mvc.perform(post("/api/incentives/plans")
			.with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %d, \"effectiveFrom\": \"2026-12-01\", \"document\": \"%s\"}"
				.formatted(team.id().value(), PLAN.formatted(9))))
			.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(again, "$.version")).isEqualTo(2);
	}
}
