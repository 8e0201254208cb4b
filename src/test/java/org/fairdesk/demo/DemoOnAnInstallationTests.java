package org.fairdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An installation set up without the demo, started again with the demo enabled (its default): a forgotten
 * FAIRDESK_DEMO_ENABLED=false. Nothing is seeded, and neither the login page nor the log offers the demo's logins,
 * which do not exist here; the log says what to set instead.
 */
@SpringBootTest(properties = "fairdesk.demo.enabled=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoOnAnInstallationTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class AnInstallationsDatabase {

		/** The installation's own administrator, there before the application starts, as at any later start. */
		@Bean
		FlywayMigrationStrategy migrateThenHaveTheInstallationsAdministrator() {
			return flyway -> {
				flyway.migrate();
				new JdbcTemplate(flyway.getConfiguration().getDataSource()).update(
						"insert into users (username, password_hash, role, enabled) values ('admin', ?, 'ADMIN', true)",
						"{bcrypt}" + new BCryptPasswordEncoder().encode("the-installation's-own"));
			};
		}
	}

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;

	@Test
	void theLoginPageOffersNoDemoLoginAndTheLogSaysToTurnTheDemoOff(CapturedOutput startup) throws Exception {
		assertThat(people.teams()).isEmpty();
		assertThat(accounts.logins()).extracting(UserAccounts.Login::username).containsExactly("admin");

		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("password <code>demo</code>"))));
		assertThat(startup.getAll()).contains("Set FAIRDESK_DEMO_ENABLED=false")
			.doesNotContain("Fairdesk demo logins (password 'demo' for all)");
	}
}
