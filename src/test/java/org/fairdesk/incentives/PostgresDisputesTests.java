package org.fairdesk.incentives;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Disputes of statement lines on PostgreSQL, in a fresh database. Its context has a small pool and is
 * closed after the class: a run keeps every cached context's connections, and PostgreSQL's 100 are shared by all
 * PostgreSQL tests of a run.
 */
@RequiresPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresDisputesTests extends DisputesScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_disputes"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}
}
