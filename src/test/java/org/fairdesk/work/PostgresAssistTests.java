package org.fairdesk.work;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Assists on PostgreSQL, in a fresh database. */
@RequiresPostgres
class PostgresAssistTests extends AssistScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_assists"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
	}
}
