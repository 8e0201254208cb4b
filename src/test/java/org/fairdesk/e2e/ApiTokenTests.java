package org.fairdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.support.MutableClock;
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

/**
 * API tokens: issued by a login for itself, used as {@code Authorization: Bearer}, acting with that login's role,
 * stored only as a hash, refused with a 401 naming why once revoked, expired, unknown or malformed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class ApiTokenTests {

	private static final AtomicInteger LOGINS = new AtomicInteger();
	private static final String PASSWORD = "long-enough";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	String rep;
	String colleague;

	@BeforeEach
	void twoRepsWithLogins() {
		clock.set(TestClockConfiguration.START);
		int n = LOGINS.incrementAndGet();
		Team team = people.createTeam("Tokens " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		rep = "token-rep-" + n;
		colleague = "token-colleague-" + n;
		for (String login : new String[] { rep, colleague }) {
			people.addRep(new NewRep(team.id(), login, login, BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1)));
			accounts.create(login, PASSWORD, Role.REP);
		}
	}

	@Test
	void aTokenActsAsItsLoginAndOnlyItsHashIsStored() throws Exception {
		String body = issue(rep, "{\"name\": \"  nightly export \"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("nightly export"))
			.andExpect(jsonPath("$.expiresAt").value("2027-02-14T09:00:00Z"))
			.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		assertThat(token).startsWith("fd_").hasSize(46);

		mvc.perform(put("/api/reps/me/availability").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"availability\": \"overloaded\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(rep))
			.andExpect(jsonPath("$.availability").value("OVERLOADED"));
		mvc.perform(get("/api/tokens").header("Authorization", "bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("nightly export"))
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andExpect(content().string(not(containsString(token.substring(3)))));
		assertThat(jdbc.sql("select token_sha256 from api_tokens where username = ?").param(rep).query(String.class)
			.single()).hasSize(64).doesNotContain(token.substring(3));
	}

	@Test
	void aTokenHasItsLoginsRoleAndNoMore() throws Exception {
		String token = token(rep, "{\"name\": \"ci\"}");
		mvc.perform(post("/api/users").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"intruder\", \"password\": \"long-enough\", \"role\": \"ADMIN\"}"))
			.andExpect(status().isForbidden());
		assertThat(accounts.anyExist()).isTrue();
		assertThat(jdbc.sql("select count(*) from users where username = 'intruder'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aTokenCannotIssueTokens() throws Exception {
		String token = token(rep, "{\"name\": \"laptop\"}");
		mvc.perform(post("/api/tokens").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"successor\", \"validDays\": 366}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("with your password")));
		assertThat(jdbc.sql("select count(*) from api_tokens where username = ?").param(rep).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void revokedExpiredUnknownAndMalformedTokensAreRefusedWithTheReason() throws Exception {
		String revoked = token(rep, "{\"name\": \"old laptop\"}");
		Integer id = JsonPath.read(mvc.perform(get("/api/tokens").with(httpBasic(rep, PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$[0].id");
		mvc.perform(delete("/api/tokens/" + id).with(httpBasic(colleague, PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + revoked)).andExpect(status().isOk());
		mvc.perform(delete("/api/tokens/" + id).with(httpBasic(rep, PASSWORD))).andExpect(status().isNoContent());
		mvc.perform(delete("/api/tokens/" + id).with(httpBasic(rep, PASSWORD))).andExpect(status().isNoContent());
		String expiring = token(rep, "{\"name\": \"one day\", \"validDays\": 1}");
		clock.advance(Duration.ofDays(1));

		// "Bearer" alone: an empty token after "Bearer " reaches the app with its space trimmed (walk-through)
		for (String bad : new String[] { "Bearer " + revoked, "Bearer " + expiring, "Bearer fd_" + "A".repeat(43),
				"Bearer not-a-token", "Bearer ", "Bearer", "bearer" }) {
			mvc.perform(get("/api/tokens").header("Authorization", bad))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
				.andExpect(jsonPath("$.detail", containsString("unknown, revoked or expired")));
		}
		mvc.perform(get("/api/tokens").with(httpBasic(rep, PASSWORD)))
			.andExpect(jsonPath("$[?(@.name == 'old laptop')].revokedAt", hasItem("2026-11-16T09:00:00Z")));
	}

	@Test
	void badTokenRequestsNameEveryFieldAndStoreNothing() throws Exception {
		issue(rep, "{\"name\": \" \", \"validDays\": 0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("validDays")));
		issue(rep, "{\"name\": \"x\", \"validDays\": 367}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("validDays")));
		issue(rep, "{\"name\": \"x\", \"validDays\": \"soon\"}").andExpect(status().isBadRequest());
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from api_tokens where username = ?").param(rep).query(Long.class).single())
			.isZero();
	}

	private String token(String login, String request) throws Exception {
		return JsonPath.read(issue(login, request).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.token");
	}

	private ResultActions issue(String login, String request) throws Exception {
		return mvc.perform(post("/api/tokens").with(httpBasic(login, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request));
	}
}
