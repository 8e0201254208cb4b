package org.fairdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test suite cleans up after itself on a developer's server without touching their own databases. */
@RequiresPostgres
class PostgresDatabaseTests {

	private final String own = "fairdesk_" + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void dropOwn() {
		PostgresDatabase.execute("drop database if exists " + own);
	}

	/** The next run drops exactly these (see createFresh); listing rather than dropping spares this run's own. */
	@Test
	void theCleanUpTakesTestDatabasesByTheirMarkNeverOneOfTheDevelopersWhateverItsName() {
		PostgresDatabase.execute("create database " + own); // named like a test database, but the developer's
		String test = PostgresDatabase.createFresh("fairdesk_cleanup");
		String testName = test.substring(test.lastIndexOf('/') + 1);

		assertThat(PostgresDatabase.testDatabases()).contains(testName).doesNotContain(own);
	}
}
