package org.fairdesk.e2e;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Random values in every JSON endpoint's members, on PostgreSQL, which refuses NUL in text and instants past the
 * year 294276: fewer tries than on H2, since what differs is the database.
 */
@AddLifecycleHook(RequiresPostgres.ForProperties.class)
class PostgresApiInputProperties extends ApiInputScenario {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresDatabase.createFresh("fairdesk_fuzz"));
		registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
		registry.add("spring.datasource.password", () -> PostgresDatabase.PASSWORD);
	}

	@Property(tries = 120, edgeCases = EdgeCasesMode.MIXIN)
	void every_nasty_value_is_accepted_or_refused_with_a_4xx_that_stores_nothing(
			@ForAll("member") int which, @ForAll("nasty") String value) throws Exception {
		check(which, value);
	}
}
