package org.fairdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A login's e-mail address (docs/security.md): an admin sets anyone's, everyone their own; bad ones store nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class UserEmailTests {

	@Autowired MockMvc mvc;
	@Autowired UserAccounts accounts;

	@Test
	void everyoneSetsTheirOwnAddressAndAnAdminAnyonesAndNullClearsIt() throws Exception {
		String name = "mail" + System.nanoTime();
		accounts.create(name, "password-1", Role.REP);
		own(name, "{\"email\": \" Ann.Lee+pay@mail.example.com \"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(jsonPath("$.email").value("Ann.Lee+pay@mail.example.com"));
		assertThat(accounts.email(name)).contains("Ann.Lee+pay@mail.example.com");

		admin(name, "{\"email\": \"ann@example.org\"}", "ADMIN").andExpect(status().isOk());
		assertThat(accounts.email(name)).contains("ann@example.org");
		admin(name, "{\"email\": \"x@example.org\"}", "MANAGER").andExpect(status().isForbidden());
		admin("nobody" + System.nanoTime(), "{\"email\": \"x@example.org\"}", "ADMIN").andExpect(status().isNotFound());
		assertThat(accounts.email(name)).contains("ann@example.org");

		own(name, "{\"email\": null}").andExpect(status().isOk()).andExpect(jsonPath("$.email").doesNotExist());
		assertThat(accounts.email(name)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-an-address", "ann@localhost", "ann@@example.com", ".ann@example.com",
			"ann..lee@example.com", "ann@-example.com", "ann lee@example.com", "ann@example.com\\r\\nBcc: x@evil.example",
			"ann\\u0000@example.com", "\\\"ann\\\"@example.com" })
	void aBadAddressIsA400NamingEmailAndNothingIsStored(String email) throws Exception {
		String name = "bad" + System.nanoTime();
		accounts.create(name, "password-1", Role.REP);
		accounts.changeEmail(name, "kept@example.com");
		own(name, "{\"email\": \"" + email + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(accounts.email(name)).contains("kept@example.com");
	}

	@Test
	void anAddressOfMoreThan254CharactersIsRefused() throws Exception {
		String name = "long" + System.nanoTime();
		accounts.create(name, "password-1", Role.REP);
		String longest = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
		assertThat(longest).hasSize(254);
		own(name, "{\"email\": \"" + longest + "\"}").andExpect(status().isOk());
		own(name, "{\"email\": \"a" + longest + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	private ResultActions own(String name, String body) throws Exception {
		return mvc.perform(put("/api/me/email").with(user(name).roles("REP"))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions admin(String name, String body, String role) throws Exception {
		return mvc.perform(put("/api/users/" + name + "/email").with(user("root").roles(role))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}
}
