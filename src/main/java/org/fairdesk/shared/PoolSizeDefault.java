package org.fairdesk.shared;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * PostgreSQL's pool size when {@code FAIRDESK_DB_POOL_SIZE} does not say (the postgres profile of
 * {@code application.yml}; H2 in the process keeps Hikari's default): Hikari's rule of thumb, twice the database
 * server's cores plus one, with this machine's cores standing in for the server's (the same cores when PostgreSQL
 * runs on the same host, as in the README's set-up). Hikari's own default, 10,
 * suits a server of about five cores; on two, the extra backends only compete for the cores and lengthen the claim's
 * tail (docs/routing.md, "Speed"). Offered as {@code fairdesk.db.default-pool-size}, the lowest-ranked property, which
 * {@code application.yml} falls back to.
 */
public class PoolSizeDefault implements EnvironmentPostProcessor {

	static final String PROPERTY = "fairdesk.db.default-pool-size";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("fairdeskPoolSizeDefault", Map.of(PROPERTY, forCores(cores()))));
	}

	static int forCores(int cores) {
		return 2 * Math.max(1, cores) + 1;
	}

	private static int cores() {
		return Runtime.getRuntime().availableProcessors();
	}
}
