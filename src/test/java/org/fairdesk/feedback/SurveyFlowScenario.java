package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feedback end to end over the API and the public page: a request with the customer's address closes, its survey
 * is issued, a manager takes a link, the customer answers once, and managers review the request. Subclasses choose
 * the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class SurveyFlowScenario {

	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final String PASSWORD = "secret-1";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired Surveys surveys;
	@Autowired SurveyResponses responses;
	@Autowired TransactionTemplate transactions;

	Team team;
	Rep rep;
	Rep colleague;
	String manager;
	String otherManager;

	@BeforeEach
	void aTeamWithTwoRepsAndTwoManagers() {
		int n = TEAMS.incrementAndGet();
		team = people.createTeam("Feedback team " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = rep("f" + n + "rep1");
		colleague = rep("f" + n + "rep2");
		manager = "f" + n + "manager";
		otherManager = "f" + n + "lead";
		accounts.create(manager, PASSWORD, Role.MANAGER);
		accounts.create(otherManager, PASSWORD, Role.ADMIN);
	}

	@Test
	void aClosedRequestsSurveyIsAnsweredOnceAndItsStateIsReadable() throws Exception {
		api(post("/api/requests"), manager, query("not-an-address")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("customerEmail"));
		String id = receiveAndClose("buyer@initech.example.com");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api(get("/api/feedback/surveys?requestId=" + id), manager)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.repId").value(rep.id().value()))
			.andExpect(jsonPath("$.link").doesNotExist()));
		api(get("/api/feedback/surveys?requestId=" + id), rep.username()).andExpect(status().isOk());
		api(get("/api/feedback/surveys?requestId=" + id), colleague.username()).andExpect(status().isForbidden());
		// a login with no rep (finance) is told who reads it, not that the request is not assigned to them
		mvc.perform(get("/api/feedback/surveys?requestId=" + id).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("fin")
					.roles("FINANCE")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("managers and the request's rep")));
		api(get("/api/feedback/surveys?requestId=" + UUID.randomUUID()), manager).andExpect(status().isNotFound());
		api(get("/api/feedback/surveys"), manager).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("requestId"));
		api(get("/api/feedback/surveys?requestId=42"), manager).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("requestId"));

		api(post("/api/feedback/surveys/" + id + "/link"), rep.username()).andExpect(status().isForbidden());
		String link = JsonPath.read(api(post("/api/feedback/surveys/" + id + "/link"), manager)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.link", startsWith("http://localhost:8080/survey/")))
			.andReturn().getResponse().getContentAsString(), "$.link");
		String path = link.substring("http://localhost:8080".length());

		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Chair delivery")));
		mvc.perform(post(path).param("rating", "5").param("comment", "Spot on").with(csrf()))
			.andExpect(redirectedUrl("/survey/thanks"));
		mvc.perform(get(path)).andExpect(status().isConflict());
		api(get("/api/feedback/surveys?requestId=" + id), manager)
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.rating").value(5))
			.andExpect(jsonPath("$.comment").value("Spot on"));
		api(post("/api/feedback/surveys/" + id + "/link"), manager).andExpect(status().isConflict());
		assertThat(count("survey_response")).isOne();
	}

	/** A walk-through read "issued when the request closes" for an escalated query, which is closed and never asked. */
	@Test
	void aRequestWithoutASurveySaysWhy() throws Exception {
		String open = receive(null);
		api(get("/api/feedback/surveys?requestId=" + open), manager).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("is ASSIGNED: a survey is issued when the request closes")));
		String escalated = receive(null);
		move(escalated, "IN_PROGRESS");
		move(escalated, "ESCALATED");
		api(get("/api/feedback/surveys?requestId=" + escalated), manager).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("closed ESCALATED: its customer is not surveyed")));
	}

	@Test
	void managersReviewClosedRequestsOnceEachAndBadReviewsStoreNothing() throws Exception {
		String open = receive(null);
		String id = receiveAndClose(null);

		api(post("/api/feedback/reviews"), manager, review(open, "4", null)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("closed")));
		api(post("/api/feedback/reviews"), manager, review(UUID.randomUUID().toString(), "4", null))
			.andExpect(status().isNotFound());
		api(post("/api/feedback/reviews"), manager, review(id, "7", "x".repeat(2001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("score"))
			.andExpect(jsonPath("$.errors[1].field").value("note"));
		api(post("/api/feedback/reviews"), manager, "{\"score\": 3}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("requestId"));
		api(post("/api/feedback/reviews"), manager, review("nope", "3", null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("requestId"));
		api(post("/api/feedback/reviews"), rep.username(), review(id, "5", null)).andExpect(status().isForbidden());
		assertThat(count("qa_review")).isZero();

		api(post("/api/feedback/reviews"), manager, review(id, "3", "Answered, but no delivery date"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reviewer").value(manager))
			.andExpect(jsonPath("$.repId").value(rep.id().value()))
			.andExpect(jsonPath("$.score").value(3));
		api(post("/api/feedback/reviews"), manager, review(id, "4", "Date was in the attachment")).andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(4));
		api(post("/api/feedback/reviews"), otherManager, review(id, "5", null)).andExpect(status().isCreated());

		api(get("/api/feedback/reviews?requestId=" + id), rep.username()).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.reviewer == '" + manager + "')].note").value("Date was in the attachment"));
		api(get("/api/feedback/reviews?requestId=" + id), colleague.username()).andExpect(status().isForbidden());
		assertThat(count("qa_review")).isEqualTo(2);
		awaitNoPendingEvents();
	}

	/** On PostgreSQL a failed insert would abort the transaction; duplicates must be refused without one. */
	@Test
	void aSecondSurveyOrAnswerForARequestIsRefusedInsideOneTransaction() {
		RequestId id = RequestId.random();
		Instant now = TestClockConfiguration.START;
		Survey survey = new Survey(id, team.id(), rep.id(), now, now.plus(Duration.ofDays(14)), "a".repeat(64), null);
		Survey twin = new Survey(id, team.id(), rep.id(), now, now.plus(Duration.ofDays(14)), "b".repeat(64), null);
		transactions.executeWithoutResult(tx -> {
			assertThat(surveys.insertIfAbsent(survey)).isTrue();
			assertThat(surveys.insertIfAbsent(twin)).isFalse();
			assertThat(responses.insertIfAbsent(survey, 4, null, now)).isTrue();
			assertThat(responses.insertIfAbsent(survey, 1, "again", now)).isFalse();
			assertThat(surveys.replaceUnansweredToken(id, "c".repeat(64), now)).isFalse();
			assertThat(surveys.state(id, now)).hasValueSatisfying(state -> assertThat(state.rating()).isEqualTo(4));
		});
		assertThat(count("survey")).isOne();
		assertThat(count("survey_response")).isOne();
	}

	private Rep rep(String username) {
		accounts.create(username, PASSWORD, Role.REP);
		return people.addRep(new NewRep(team.id(), username, username.toUpperCase(), BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
	}

	/** A query that round-robin gives to {@link #rep}, who starts and resolves it. */
	private String receiveAndClose(String customerEmail) throws Exception {
		String id = receive(customerEmail);
		move(id, "IN_PROGRESS");
		move(id, "RESOLVED");
		return id;
	}

	private String receive(String customerEmail) throws Exception {
		String id = JsonPath.read(api(post("/api/requests"), manager, query(customerEmail)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api(get("/api/requests/" + id), manager)
			.andExpect(jsonPath("$.state").value("ASSIGNED")));
		// Round-robin alternates: the next request goes to the other rep, so give every test's requests to one rep.
		String assignee = JsonPath.read(api(get("/api/requests/" + id), manager).andReturn().getResponse()
			.getContentAsString(), "$.assigneeId").toString();
		if (!assignee.equals(Long.toString(rep.id().value()))) {
			Rep swap = rep;
			rep = colleague;
			colleague = swap;
		}
		return id;
	}

	private void move(String id, String to) throws Exception {
		api(post("/api/requests/" + id + "/transitions"), rep.username(), "{\"to\": \"" + to + "\"}")
			.andExpect(status().isOk());
	}

	private String query(String customerEmail) {
		return """
				{"kind": "QUERY", "teamId": %s, "customer": "Initech", "subject": "Chair delivery"%s}"""
			.formatted(team.id(), customerEmail == null ? "" : ", \"customerEmail\": \"" + customerEmail + "\"");
	}

	private static String review(String requestId, String score, String note) {
		return """
				{"requestId": "%s", "score": %s%s}""".formatted(requestId, score,
				note == null ? "" : ", \"note\": \"" + note + "\"");
	}

	private ResultActions api(MockHttpServletRequestBuilder request,
			String user) throws Exception {
		return mvc.perform(request.with(httpBasic(user, PASSWORD)));
	}

	private ResultActions api(MockHttpServletRequestBuilder request,
			String user, String body) throws Exception {
		return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where team_id = ?").param(team.id().value())
			.query(Long.class).single();
	}

	private void awaitNoPendingEvents() {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() == 0);
	}
}
