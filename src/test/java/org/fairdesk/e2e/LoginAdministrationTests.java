package org.fairdesk.e2e;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator manages logins after creating them: lists them, disables a departing employee's (it cannot sign in,
 * its API tokens and its open browser session stop at once) and enables it again, and resets a password (the
 * sessions signed in with the old one end and its tokens are revoked; a session signed in with the new one goes on).
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginAdministrationTests {

	@Autowired MockMvc mvc;

	@Test
	void aDisabledLoginCannotSignInAndItsTokenAndSessionStop() throws Exception {
		admin(post("/api/users"), "{\"username\": \"leaver\", \"password\": \"first-password\", \"role\": \"FINANCE\"}")
			.andExpect(status().isCreated());
		// a name that differs only in case is another person's to the eye and one name to the login throttle
		admin(post("/api/users"), "{\"username\": \"Leaver\", \"password\": \"first-password\", \"role\": \"ADMIN\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Login leaver already exists")));
		admin(get("/api/users"), "").andExpect(jsonPath("$[?(@.username == 'Leaver')]").isEmpty());
		admin(get("/api/users"), "").andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'leaver')].enabled").value(hasItem(true)))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("password"))));
		String token = JsonPath.read(mvc.perform(post("/api/tokens").with(httpBasic("leaver", "first-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("leaver").password("first-password"))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
		mvc.perform(get("/pay").session(session)).andExpect(status().isOk());

		admin(put("/api/users/leaver/enabled"), "{\"enabled\": false}").andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(get("/api/teams").with(httpBasic("leaver", "first-password"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/teams").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/pay").session(session)).andExpect(redirectedUrl("/login?disabled"));

		admin(put("/api/users/leaver/enabled"), "{\"enabled\": true}").andExpect(status().isOk());
		mvc.perform(get("/api/teams").with(httpBasic("leaver", "first-password"))).andExpect(status().isOk());
		// its tokens were revoked when it was disabled: enabling it again does not bring them back (walk-through)
		mvc.perform(get("/api/teams").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorResetsAPasswordByTheRulesOfEveryLogin() throws Exception {
		admin(post("/api/users"), "{\"username\": \"forgetful\", \"password\": \"old-password\", \"role\": \"REP\"}")
			.andExpect(status().isCreated());
		admin(put("/api/users/forgetful/password"), "{\"password\": \"short\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		String token = JsonPath.read(mvc.perform(post("/api/tokens").with(httpBasic("forgetful", "old-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"minted with the old one\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.token");
		MockHttpSession before = signIn("forgetful", "old-password");
		mvc.perform(get("/tokens").session(before)).andExpect(status().isOk());
		admin(put("/api/users/forgetful/password"), "{\"password\": \"new-password\"}")
			.andExpect(status().isNoContent());
		mvc.perform(get("/tokens").session(before)).andExpect(redirectedUrl("/login?reset"));
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/login?reset")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Your password was reset by an administrator")));
		MockHttpSession after = signIn("forgetful", "new-password");
		mvc.perform(get("/tokens").session(after)).andExpect(status().isOk());
		mvc.perform(post("/api/tokens").with(httpBasic("forgetful", "old-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/tokens").with(httpBasic("forgetful", "new-password"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\"}")).andExpect(status().isCreated());
	}

	@Test
	void nobodyDisablesTheirOwnLoginAndBadCallsStoreNothing() throws Exception {
		admin(put("/api/users/admin/enabled"), "{\"enabled\": false}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
		admin(put("/api/users/admin/enabled"), "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
		admin(put("/api/users/nobody-like-that/enabled"), "{\"enabled\": false}").andExpect(status().isNotFound());
		admin(put("/api/users/nobody-like-that/password"), "{\"password\": \"long-enough\"}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/users").with(httpBasic("admin", "test-admin"))).andExpect(status().isOk());
		mvc.perform(put("/api/users/admin/password").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.user("boss").roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"long-enough\"}")).andExpect(status().isForbidden());
	}

	/** A browser session signed in through the login form. */
	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	private ResultActions admin(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(httpBasic("admin", "test-admin"));
		return body.isEmpty() ? mvc.perform(request)
				: mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}
}
