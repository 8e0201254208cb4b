package org.fairdesk.lab;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Backtests through the API on PostgreSQL, in a fresh database, with a small pool closed after the class. */
@RequiresPostgres
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresBacktestTests extends BacktestScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_backtests"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}
}
