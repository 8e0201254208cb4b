package org.fairdesk.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows each of Fairdesk's tables holds: a refused input must leave every count as it was. Take the counts
 * after {@link #awaitQuiet}, so that a listener still working on an earlier, accepted call cannot change them.
 */
public final class RowCounts {

	/** Every table the migrations create, Spring Modulith's event publications included. */
	public static final List<String> TABLES = List.of("api_tokens", "arrivals", "event_publication", "plans",
			"qa_review", "rep_kind_caps", "rep_skills", "rep_time_off", "reps", "request_assists", "request_events",
			"request_reopens", "requests", "routing_assignments", "routing_exclusions", "routing_policies",
			"routing_queue", "routing_reps", "routing_teams", "routing_waiting", "sla_targets", "survey",
			"survey_response", "team_calendars", "team_holidays", "teams", "users");

	private static final String QUERY = TABLES.stream()
		.map(table -> "select '" + table + "' as name, count(*) as n from " + table)
		.collect(Collectors.joining(" union all "));

	private RowCounts() {
	}

	public static Map<String, Long> of(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(QUERY).query(rs -> {
			counts.put(rs.getString("name"), rs.getLong("n"));
		});
		return counts;
	}

	/** Waits until every event published so far has been handled (and its publication deleted). */
	public static void awaitQuiet(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}
}
