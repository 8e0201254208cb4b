package org.fairdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PoolSizeDefaultTests {

	/** application.yml's own expression for the postgres profile's pool. */
	private static final String POOL = "${FAIRDESK_DB_POOL_SIZE:${fairdesk.db.default-pool-size:10}}";

	@Test
	void twiceTheCoresPlusOne() {
		assertThat(PoolSizeDefault.forCores(1)).isEqualTo(3);
		assertThat(PoolSizeDefault.forCores(2)).isEqualTo(5);
		assertThat(PoolSizeDefault.forCores(16)).isEqualTo(33);
	}

	@Test
	void thePoolFollowsThisMachinesCoresUnlessTheSettingSays() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		new PoolSizeDefault().postProcessEnvironment(environment, new SpringApplication());
		int cores = Runtime.getRuntime().availableProcessors();
		assertThat(environment.resolvePlaceholders(POOL)).isEqualTo(String.valueOf(2 * cores + 1));

		environment.getPropertySources().addFirst(new MapPropertySource("admin", Map.of("FAIRDESK_DB_POOL_SIZE", "7")));
		assertThat(environment.resolvePlaceholders(POOL)).isEqualTo("7");
	}

	@Test
	void thePostgresProfileUsesIt() {
		try (var context = new SpringApplicationBuilder(Nothing.class).profiles("postgres")
			.web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off")) {
			String expected = System.getenv("FAIRDESK_DB_POOL_SIZE") != null ? System.getenv("FAIRDESK_DB_POOL_SIZE")
					: String.valueOf(2 * Runtime.getRuntime().availableProcessors() + 1);
			assertThat(context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size"))
				.isEqualTo(expected);
		}
	}

	/** No beans, and nothing a component scan would pick up: only the environment is wanted. */
	static class Nothing {
	}
}
