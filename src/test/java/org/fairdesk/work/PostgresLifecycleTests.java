package org.fairdesk.work;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lifecycle scenario on PostgreSQL, in a fresh database, with the same migrations. */
@RequiresPostgres
class PostgresLifecycleTests extends LifecycleScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_lifecycle"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
	}
}
