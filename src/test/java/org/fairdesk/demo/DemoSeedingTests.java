package org.fairdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Seeding is all or nothing: when its last step fails, nothing of the demo is left (no team without history, which
 * the next start would take for a seeded database and never seed again), and the next try seeds it whole.
 */
@SpringBootTest(properties = "fairdesk.security.initial-admin-username=first-admin") // the demo brings "admin"
@Import(TestClockConfiguration.class)
class DemoSeedingTests {

	private static final List<String> TABLES = List.of("teams", "reps", "users", "requests", "request_events",
			"plans", "survey", "routing_queue", "sla_targets");

	@Autowired DemoInitializer demo;
	@Autowired JdbcClient jdbc;
	@MockitoBean DemoAssists assists;

	@Test
	void aSeedingThatFailsLeavesNothingAndTheNextOneSeedsWhole() {
		Map<String, Long> before = rowCounts();
		doThrow(new IllegalStateException("the machine stopped")).when(assists).seed(any(), any(), anyLong(), any());

		assertThatThrownBy(demo::seed).hasMessage("the machine stopped");
		assertThat(rowCounts()).isEqualTo(before);

		doReturn(0).when(assists).seed(any(), any(), anyLong(), any());
		assertThat(demo.seed()).isGreaterThan(300);
		assertThat(rowCounts().get("reps")).isEqualTo(8);
	}

	private Map<String, Long> rowCounts() {
		return TABLES.stream().collect(Collectors.toMap(table -> table,
				table -> jdbc.sql("select count(*) from " + table).query(Long.class).single()));
	}
}
