package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.fairdesk.support.PostgresDatabase;
import org.fairdesk.support.RequiresPostgres;
import org.junit.jupiter.api.Test;
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

	/**
	 * More held than the 16 waiting rows a head reads on H2: PostgreSQL's ordered join locks row by row and still
	 * stops at the first free request ({@code RoutingQueue.lockWaitingFor}).
	 */
	@Test
	void aPullPassesOverMoreHeldRequestsThanAHeadOfSixteen() throws SQLException {
		assertThat(nextWhileHeld(20)).as("the oldest request nobody holds").isEqualTo(21);
	}

	/**
	 * The daily skip limit (tested above on both databases) reads a partial index of the skips alone (V44): the
	 * assignments that make up nearly all of the log write no entry there.
	 */
	@Test
	void theSkipLimitsIndexHoldsTheSkipsAlone() {
		assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'routing_skips_by_rep'")
			.query(String.class)
			.single()).contains("(rep_id, assigned_at)").contains("WHERE ((action)::text = 'SKIP'::text)");
		assertThat(jdbc.sql("select count(*) from pg_indexes where indexname = 'routing_log_by_rep_action'")
			.query(Long.class)
			.single()).isZero();
	}
}
