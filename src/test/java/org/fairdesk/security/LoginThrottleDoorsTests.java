package org.fairdesk.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The login throttle at both doors (the login form and HTTP Basic on the API), with the default limits: 10 failures
 * per address a minute, 10 per account in ten minutes. The clock stands still, so nothing refills during a test;
 * each test uses addresses and logins of its own, as the application context is shared with other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleDoorsTests {

	static final String PASSWORD = "right-password";

	@Autowired MockMvc mvc;
	@Autowired UserAccounts accounts;
	@Autowired ApiTokens tokens;
	@Autowired Clock clock;

	@BeforeAll
	void logins() {
		for (String name : new String[] { "door-api", "door-api-rita", "door-form", "door-form-rita", "door-script" }) {
			accounts.create(name, PASSWORD, Role.MANAGER);
		}
	}

	@Test
	void basicGuessesFromOneAddressGet429WithRetryAfterAndThenTheRightPasswordIsRefusedToo() throws Exception {
		for (int i = 0; i < 10; i++) { // one guess each at many logins, most of which do not exist
			basic(i == 0 ? "door-api" : "guessed-login-" + i, "guess", "192.0.2.101").andExpect(status().isUnauthorized());
		}
		basic("door-api", "guess", "192.0.2.101")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "6"))
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("Too Many Requests"))
			.andExpect(jsonPath("$.instance").value("/api/teams"))
			.andExpect(jsonPath("$.detail").value("Too many failed logins from this address; try again in 6 seconds"));
		basic("door-api", PASSWORD, "192.0.2.101").andExpect(status().isTooManyRequests()); // no oracle
		basic("door-api", PASSWORD, "192.0.2.102").andExpect(status().isOk()); // another address
	}

	@Test
	void basicGuessesSpreadOverAddressesHoldTheAccountButItsUsualAddressGetsThrough() throws Exception {
		basic("door-api-rita", PASSWORD, "203.0.113.10").andExpect(status().isOk()); // her usual address
		for (int i = 0; i < 10; i++) {
			basic("door-api-rita", "guess" + i, "198.51.100." + (10 + i)).andExpect(status().isUnauthorized());
		}
		basic("door-api-rita", "guess10", "198.51.100.30")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.detail").value("Too many failed logins for this account; try again in 60 seconds"));
		basic("door-api-rita", PASSWORD, "198.51.100.31").andExpect(status().isTooManyRequests());
		basic("door-api-rita", PASSWORD, "203.0.113.10").andExpect(status().isOk());
	}

	@Test
	void manyCorrectBasicCallsAreNeverThrottledAndLeaveTheFailuresAllowedUntouched() throws Exception {
		for (int i = 0; i < 15; i++) {
			basic("door-script", PASSWORD, "192.0.2.103").andExpect(status().isOk());
		}
		for (int i = 0; i < 10; i++) {
			basic("nobody-" + i, PASSWORD, "192.0.2.103").andExpect(status().isUnauthorized());
		}
		basic("door-script", PASSWORD, "192.0.2.103").andExpect(status().isTooManyRequests());
	}

	@Test
	void formGuessesGet429AndTheLoginPageSaysHowLongToWaitAndTheRightPasswordIsRefusedToo() throws Exception {
		for (int i = 0; i < 10; i++) {
			form(i == 0 ? "door-form" : "guessed-login-" + i, "guess", "192.0.2.111").andExpect(redirectedUrl("/login?error"));
		}
		form("door-form", "guess", "192.0.2.111")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "6"))
			.andExpect(forwardedUrl("/login")) // MockMvc does not follow it: FrontDoorHttpTests sees the page
			.andExpect(request().attribute(LoginFailurePage.THROTTLED_BY, "ADDRESS"))
			.andExpect(request().attribute(LoginFailurePage.RETRY_AFTER, 6L));
		form("door-form", PASSWORD, "192.0.2.111").andExpect(status().isTooManyRequests());
		form("door-form", PASSWORD, "192.0.2.112").andExpect(redirectedUrl("/"));
	}

	@Test
	void theLoginPageSaysWhichLimitRefusedTheAttemptAndHowLongToWait() throws Exception {
		mvc.perform(get("/login").requestAttr(LoginFailurePage.THROTTLED_BY, "ADDRESS")
				.requestAttr(LoginFailurePage.RETRY_AFTER, 6L))
			.andExpect(content().string(containsString(
					"Too many failed logins from your address. Please wait 6 seconds before you try again.")))
			.andExpect(content().string(containsString("name=\"_csrf\""))) // the form, ready for the next try
			.andExpect(content().string(not(containsString("Wrong username or password"))));
		mvc.perform(get("/login").requestAttr(LoginFailurePage.THROTTLED_BY, "ACCOUNT")
				.requestAttr(LoginFailurePage.RETRY_AFTER, 60L))
			.andExpect(content().string(containsString(
					"Too many failed logins for this account. Please wait 60 seconds before you try again.")));
		mvc.perform(get("/login").requestAttr(LoginFailurePage.THROTTLED_BY, "ADDRESS")
				.requestAttr(LoginFailurePage.RETRY_AFTER, 1L))
			.andExpect(content().string(containsString(
					"Too many failed logins from your address. Please wait 1 second before you try again.")));
		mvc.perform(get("/login")).andExpect(content().string(not(containsString("Too many failed logins"))));
	}

	@Test
	void formGuessesSpreadOverAddressesHoldTheAccountButItsUsualAddressGetsThrough() throws Exception {
		form("door-form-rita", PASSWORD, "203.0.113.20").andExpect(redirectedUrl("/"));
		for (int i = 0; i < 10; i++) {
			form("door-form-rita", "guess" + i, "198.51.100." + (40 + i)).andExpect(redirectedUrl("/login?error"));
		}
		form("door-form-rita", "guess10", "198.51.100.60")
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(request().attribute(LoginFailurePage.THROTTLED_BY, "ACCOUNT"));
		form("door-form-rita", PASSWORD, "198.51.100.61").andExpect(status().isTooManyRequests());
		form("door-form-rita", PASSWORD, "203.0.113.20").andExpect(redirectedUrl("/"));
	}

	@Test
	void apiTokensAreNotThrottled() throws Exception {
		String token = tokens.issue("door-api", "door test", 1, clock.instant()).token();
		for (int i = 0; i < 10; i++) {
			basic("nobody-" + i, "guess", "192.0.2.121").andExpect(status().isUnauthorized());
		}
		basic("door-api", PASSWORD, "192.0.2.121").andExpect(status().isTooManyRequests());
		mvc.perform(from(get("/api/teams").header("Authorization", "Bearer " + token), "192.0.2.121"))
			.andExpect(status().isOk());
		mvc.perform(from(get("/api/teams").header("Authorization", "Bearer fd_unknown"), "192.0.2.121"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("The API token is unknown")));
	}

	private ResultActions basic(String username, String password, String address) throws Exception {
		return mvc.perform(from(get("/api/teams").with(httpBasic(username, password)), address));
	}

	private ResultActions form(String username, String password, String address) throws Exception {
		return mvc.perform(from(post("/login").param("username", username).param("password", password).with(csrf()),
				address));
	}

	private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}
}
