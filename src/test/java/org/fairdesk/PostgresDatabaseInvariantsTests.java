package org.fairdesk;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database's own invariants on PostgreSQL, in a fresh database. */
@RequiresPostgres
class PostgresDatabaseInvariantsTests extends DatabaseInvariantsScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_invariants"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
	}
}
