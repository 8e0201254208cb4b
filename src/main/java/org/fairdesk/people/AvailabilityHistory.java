package org.fairdesk.people;

import java.time.Instant;
import java.util.List;

import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of availability changes (V41): appended on every actual change, never updated. */
@Repository
class AvailabilityHistory {

	private final JdbcClient jdbc;

	AvailabilityHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(RepId rep, Availability from, Availability to, Instant at, String changedBy, @Nullable String reason) {
		jdbc.sql("""
				insert into availability_changes (rep_id, previous, availability, changed_at, changed_by, reason)
				values (?, ?, ?, ?, ?, ?)""")
			.params(rep.value(), from.name(), to.name(), DbTime.of(at), changedBy, reason)
			.update();
	}

	/** The team's changes from {@code from} on, oldest first. */
	List<AvailabilityChange> since(TeamId team, Instant from) {
		return jdbc.sql("""
				select c.rep_id, c.previous, c.availability, c.changed_at, c.changed_by, c.reason
				from availability_changes c join reps r on r.id = c.rep_id
				where r.team_id = ? and c.changed_at >= ? order by c.changed_at, c.id""")
			.params(team.value(), DbTime.of(from))
			.query((rs, n) -> new AvailabilityChange(new RepId(rs.getLong("rep_id")),
					Availability.valueOf(rs.getString("previous")), Availability.valueOf(rs.getString("availability")),
					DbTime.instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("reason")))
			.list();
	}
}
