package org.fairdesk.incentives;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reps' acknowledgements of published plan versions, one per version and rep; insert-only. */
@Repository
class PlanAcknowledgements {

	/** One stored acknowledgement. */
	record Stored(String planName, int version, RepId repId, Instant acknowledgedAt) {
	}

	private final JdbcClient jdbc;

	PlanAcknowledgements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every acknowledgement of the team's versions. */
	List<Stored> ofTeam(TeamId team) {
		return jdbc.sql("""
				select plan_name, plan_version, rep_id, acknowledged_at from plan_acknowledgements
				where team_id = ? order by acknowledged_at, id""")
			.param(team.value())
			.query((rs, row) -> new Stored(rs.getString("plan_name"), rs.getInt("plan_version"),
					new RepId(rs.getLong("rep_id")), DbTime.instant(rs, "acknowledged_at")))
			.list();
	}

	Optional<Stored> find(TeamId team, String planName, int version, RepId rep) {
		return jdbc.sql("""
				select plan_name, plan_version, rep_id, acknowledged_at from plan_acknowledgements
				where team_id = ? and plan_name = ? and plan_version = ? and rep_id = ?""")
			.params(team.value(), planName, version, rep.value())
			.query((rs, row) -> new Stored(rs.getString("plan_name"), rs.getInt("plan_version"),
					new RepId(rs.getLong("rep_id")), DbTime.instant(rs, "acknowledged_at")))
			.optional();
	}

	/** Stores an acknowledgement; a second one of the same version by the same rep fails on the unique key. */
	void insert(TeamId team, String planName, int version, RepId rep, Instant at) {
		jdbc.sql("""
				insert into plan_acknowledgements (team_id, plan_name, plan_version, rep_id, acknowledged_at)
				values (?, ?, ?, ?, ?)""")
			.params(team.value(), planName, version, rep.value(), DbTime.of(at))
			.update();
	}

	/** The YAML text of a published version, as it was published. */
	Optional<String> document(TeamId team, String planName, int version) {
		return jdbc.sql("select document from plans where team_id = ? and name = ? and version = ?")
			.params(team.value(), planName, version)
			.query(String.class)
			.optional();
	}
}
