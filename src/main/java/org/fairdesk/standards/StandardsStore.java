package org.fairdesk.standards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A team's standards (replaced whole) and the conversations recorded about flags (append-only). */
@Repository
class StandardsStore {

	private final JdbcClient jdbc;

	StandardsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Standard> standards(TeamId team) {
		return jdbc.sql("""
				select metric, comparison, threshold, months_in_a_row, minimum_sample, active
				from team_standards where team_id = ? order by position""")
			.param(team.value())
			.query((rs, row) -> new Standard(StandardMetric.valueOf(rs.getString("metric")),
					Comparison.valueOf(rs.getString("comparison")), asWritten(rs.getBigDecimal("threshold")),
					rs.getInt("months_in_a_row"), rs.getLong("minimum_sample"), rs.getBoolean("active")))
			.list();
	}

	/**
	 * A threshold as the manager wrote it (3.5), not at the column's four places (3.5000): the list and the flags,
	 * which carry the standard the manager sent, then read alike.
	 */
	private static BigDecimal asWritten(BigDecimal stored) {
		BigDecimal stripped = stored.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Deletes the team's list and inserts the new one; a replace at the same moment collides on (team, position). */
	void replace(TeamId team, List<Standard> standards) {
		jdbc.sql("delete from team_standards where team_id = ?").param(team.value()).update();
		for (int position = 0; position < standards.size(); position++) {
			Standard s = standards.get(position);
			jdbc.sql("""
					insert into team_standards (team_id, position, metric, comparison, threshold, months_in_a_row,
					                            minimum_sample, active) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(team.value(), position, s.metric().name(), s.comparison().name(), s.threshold(),
						s.monthsInARow(), s.minimumSample(), s.active())
				.update();
		}
	}

	Conversation record(TeamId team, RepId rep, YearMonth period, String flaggedFrom, String outcome, String actor,
			Instant at) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into standard_conversations (team_id, rep_id, period, flagged_from, outcome, recorded_by,
				                                    recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(team.value(), rep.value(), period.toString(), flaggedFrom, outcome, actor, DbTime.of(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		return new Conversation(id, team.value(), rep, period.toString(), flaggedFrom, outcome, actor, at);
	}

	List<Conversation> conversations(TeamId team, YearMonth period) {
		return jdbc.sql("""
				select id, rep_id, period, flagged_from, outcome, recorded_by, recorded_at
				from standard_conversations where team_id = ? and period = ? order by recorded_at, id""")
			.params(team.value(), period.toString())
			.query((rs, row) -> new Conversation(rs.getLong("id"), team.value(), new RepId(rs.getLong("rep_id")),
					rs.getString("period"), rs.getString("flagged_from"), rs.getString("outcome"),
					rs.getString("recorded_by"), DbTime.instant(rs, "recorded_at")))
			.list();
	}
}
