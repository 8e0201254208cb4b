package org.fairdesk.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing tables as the live view reads them: who waits, and the recent skips and hand-backs. */
@Repository
class LiveQueries {

	private final JdbcClient jdbc;

	LiveQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The team's waiting requests (not with anyone, not closed). */
	List<UUID> waiting(TeamId team) {
		return jdbc.sql("select request_id from routing_waiting where team_id = ?")
			.param(team.value())
			.query((rs, n) -> rs.getObject("request_id", UUID.class))
			.list();
	}

	/** Skips and hand-backs since {@code from}, newest first. */
	List<RoutingLog.LogEntry> skipsAndHandBacks(TeamId team, Instant from) {
		return jdbc.sql(RoutingLog.COLUMNS + """
				 where team_id = ? and assigned_at >= ? and action in ('SKIP', 'HAND_BACK')
				order by assigned_at desc, id desc""")
			.params(team.value(), DbTime.of(from))
			.query((rs, n) -> RoutingLog.entry(rs))
			.list();
	}
}
