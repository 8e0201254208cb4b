package org.fairdesk.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fairness figures, computed in SQL over the routing log and the queue. */
@Repository
class FairnessQueries {

	private final JdbcClient jdbc;

	FairnessQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per rep: SELF_ELECT claims with a value, and the mean percentile of their values (the cherry-pick index). */
	Map<RepId, Claims> claims(TeamId team, Instant from, Instant to) {
		Map<RepId, Claims> claims = new HashMap<>();
		jdbc.sql("""
				select rep_id, count(*) n, avg(value_percentile) p from routing_assignments
				where team_id = ? and action = 'CLAIM' and value_percentile is not null
				  and assigned_at >= ? and assigned_at < ? group by rep_id""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query(rs -> {
				claims.put(new RepId(rs.getLong("rep_id")), new Claims(rs.getLong("n"), scaled(rs.getBigDecimal("p"))));
			});
		return claims;
	}

	Claims teamClaims(TeamId team, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) n, avg(value_percentile) p from routing_assignments
				where team_id = ? and action = 'CLAIM' and value_percentile is not null
				  and assigned_at >= ? and assigned_at < ?""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query((rs, row) -> new Claims(rs.getLong("n"), scaled(rs.getBigDecimal("p"))))
			.single();
	}

	/** Per rep: requests they hold that were assigned in the window, and their value. */
	Map<RepId, Assigned> assigned(TeamId team, Instant from, Instant to) {
		Map<RepId, Assigned> assigned = new HashMap<>();
		jdbc.sql("""
				select assignee_id, count(*) n, coalesce(sum(amount), 0) v from routing_queue
				where team_id = ? and assignee_id is not null and assigned_at >= ? and assigned_at < ?
				group by assignee_id""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query(rs -> {
				assigned.put(new RepId(rs.getLong("assignee_id")), new Assigned(rs.getLong("n"), rs.getBigDecimal("v")));
			});
		return assigned;
	}

	/** ORDERs with a value assigned in the window: value, arrival and the assignment they hold. */
	java.util.List<AssignmentFigures.OrderWait> orderWaits(TeamId team, Instant from, Instant to) {
		return jdbc.sql("""
				select amount, received_at, assigned_at from routing_queue
				where team_id = ? and assignee_id is not null and assigned_at >= ? and assigned_at < ?
				  and kind = 'ORDER' and amount is not null""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query((rs, row) -> new AssignmentFigures.OrderWait(rs.getBigDecimal("amount"),
					Math.max(0, java.time.Duration.between(DbTime.instant(rs, "received_at"),
							DbTime.instant(rs, "assigned_at")).toSeconds())))
			.list();
	}

	/** Per rep: entries taking a request on, those over a cap, and skips, in the window. */
	java.util.List<AssignmentFigures.RepAssignments> repAssignments(TeamId team, Instant from, Instant to) {
		return jdbc.sql("""
				select rep_id,
				       sum(case when action in ('ASSIGN', 'NEXT', 'CLAIM', 'MANUAL', 'REASSIGN', 'TRANSFER_IN')
				                then 1 else 0 end) taken,
				       sum(case when action in ('ASSIGN', 'NEXT', 'CLAIM', 'MANUAL', 'REASSIGN', 'TRANSFER_IN')
				                 and over_cap then 1 else 0 end) over_cap,
				       sum(case when action = 'SKIP' then 1 else 0 end) skips
				from routing_assignments where team_id = ? and assigned_at >= ? and assigned_at < ?
				group by rep_id""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query((rs, row) -> new AssignmentFigures.RepAssignments(new RepId(rs.getLong("rep_id")),
					rs.getLong("taken"), rs.getLong("over_cap"), rs.getLong("skips")))
			.list();
	}

	private static @Nullable BigDecimal scaled(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(3, RoundingMode.HALF_EVEN);
	}

	record Claims(long count, @Nullable BigDecimal meanPercentile) {
	}

	record Assigned(long count, BigDecimal value) {
	}
}
