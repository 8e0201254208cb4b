package org.fairdesk.routing;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every routing policy and mode on PostgreSQL, in a fresh database. */
@RequiresPostgres
class PostgresRoutingTests extends RoutingScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_routing"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
	}
}
