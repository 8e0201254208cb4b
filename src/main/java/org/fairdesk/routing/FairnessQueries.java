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

	/**
	 * The cherry-pick index's one definition in SQL (docs/routing.md#the-cherry-pick-index): a rep's choices are the
	 * requests with a value they claimed (SELF_ELECT) or gave back (a skip, or a hand-back or transfer after
	 * starting, in any mode); a claim scores its value percentile, a give-back one minus it (turning down the small is
	 * reaching for the large); the index is the mean score. Hand-backs and transfers count so that starting a request
	 * only to give it away is no way around the skip rules.
	 */
	private static final String CHOICES = """
			select %s count(*) n, sum(case when action = 'CLAIM' then 1 else 0 end) claims,
			       avg(case when action = 'CLAIM' then value_percentile else 1 - value_percentile end) p
			from routing_assignments
			where team_id = ? and action in ('CLAIM', 'SKIP', 'HAND_BACK', 'TRANSFER_OUT')
			  and value_percentile is not null
			  and assigned_at >= ? and assigned_at < ? %s""";

	/** Per rep: their choices (claims, skips and hand-backs with a value) and the cherry-pick index over them. */
	Map<RepId, Choices> choices(TeamId team, Instant from, Instant to) {
		Map<RepId, Choices> choices = new HashMap<>();
		jdbc.sql(CHOICES.formatted("rep_id,", "group by rep_id"))
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query(rs -> {
				choices.put(new RepId(rs.getLong("rep_id")), choices(rs));
			});
		return choices;
	}

	Choices teamChoices(TeamId team, Instant from, Instant to) {
		return jdbc.sql(CHOICES.formatted("", ""))
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query((rs, row) -> choices(rs))
			.single();
	}

	private static Choices choices(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Choices(rs.getLong("n"), rs.getLong("claims"), scaled(rs.getBigDecimal("p")));
	}

	/** Per rep: their skips, the value of what they skipped, and its mean value percentile among what was waiting. */
	Map<RepId, Skipped> skipped(TeamId team, Instant from, Instant to) {
		Map<RepId, Skipped> skipped = new HashMap<>();
		jdbc.sql("""
				select a.rep_id, count(*) n, coalesce(sum(q.amount), 0) v, avg(a.value_percentile) p
				from routing_assignments a join routing_queue q on q.request_id = a.request_id
				where a.team_id = ? and a.action = 'SKIP' and a.assigned_at >= ? and a.assigned_at < ?
				group by a.rep_id""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query(rs -> {
				skipped.put(new RepId(rs.getLong("rep_id")),
						new Skipped(rs.getLong("n"), rs.getBigDecimal("v"), scaled(rs.getBigDecimal("p"))));
			});
		return skipped;
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

	/** Claims and give-backs with a value, how many of them claims, and the cherry-pick index over them. */
	record Choices(long count, long claims, @Nullable BigDecimal index) {

		static final Choices NONE = new Choices(0, 0, null);
	}

	record Skipped(long count, BigDecimal value, @Nullable BigDecimal meanPercentile) {

		static final Skipped NONE = new Skipped(0, BigDecimal.ZERO, null);
	}

	record Assigned(long count, BigDecimal value) {
	}
}
