package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.fairdesk.security.ApiToken;
import org.fairdesk.security.ApiTokens;
import org.fairdesk.security.IssuedToken;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Any login issues, sees and revokes its own API tokens in the browser; the secret is shown once. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensPageTests {

	@Autowired MockMvc mvc;
	@Autowired UserAccounts accounts;
	@Autowired ApiTokens tokens;

	@BeforeAll
	void twoLogins() {
		accounts.create("tina", "tokens-page-pw", Role.REP);
		accounts.create("otto", "tokens-page-pw", Role.MANAGER);
	}

	@Test
	void aRepIssuesATokenSeesItOnceUsesItAndRevokesIt() throws Exception {
		MvcResult issued = mvc.perform(post("/tokens").param("name", "CRM sync").param("validDays", "30")
			.with(user("tina").roles("REP")).with(csrf()))
			.andExpect(redirectedUrl("/tokens"))
			.andReturn();
		IssuedToken token = (IssuedToken) issued.getFlashMap().get("issued");
		assertThat(token.token()).startsWith(ApiTokens.PREFIX);
		assertThat(token.expiresAt()).isEqualTo(token.createdAt().plus(java.time.Duration.ofDays(30)));
		mvc.perform(get("/tokens").flashAttr("issued", token).with(user("tina").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token.token())))
			.andExpect(content().string(containsString("CRM sync")));
		mvc.perform(get("/tokens").with(user("tina").roles("REP")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token.token()))))
			.andExpect(content().string(containsString("live")));
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());

		mvc.perform(post("/tokens/" + token.id() + "/revoke").with(user("tina").roles("REP")).with(csrf()))
			.andExpect(redirectedUrl("/tokens"))
			.andExpect(flash().attribute("notice", containsString("revoked")));
		assertThat(tokens.of("tina")).filteredOn(t -> t.id() == token.id()).singleElement()
			.extracting(ApiToken::revokedAt).isNotNull();
		mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token.token()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void badInputIsNamedAndIssuesNothingAndOthersTokensStayOutOfReach() throws Exception {
		mvc.perform(post("/tokens").param("name", "Nightly").param("validDays", "0")
			.with(user("otto").roles("MANAGER")).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("validDays")));
		mvc.perform(post("/tokens").param("name", "Nightly").param("validDays", "ninety")
			.with(user("otto").roles("MANAGER")).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("whole number")));
		mvc.perform(post("/tokens").param("validDays", "10").with(user("otto").roles("MANAGER")).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("name")));
		mvc.perform(post("/tokens").param("name", " ").param("validDays", "abc").with(user("otto").roles("MANAGER"))
			.with(csrf()))
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.allOf(containsString("name: is required"),
					containsString("validDays"))));
		assertThat(tokens.of("otto")).isEmpty();

		IssuedToken tinas = tokens.issue("tina", "Tina's own", 5, Instant.now());
		mvc.perform(post("/tokens/" + tinas.id() + "/revoke").with(user("otto").roles("MANAGER")).with(csrf()))
			.andExpect(flash().attribute("failure", containsString("no API token")));
		assertThat(tokens.of("tina")).filteredOn(t -> t.id() == tinas.id()).singleElement()
			.extracting(ApiToken::revokedAt).isNull();
		mvc.perform(get("/tokens").with(user("otto").roles("MANAGER")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tina's own"))));
	}
}
