package org.fairdesk.incentives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published plan versions per team; insert-only. */
@Repository
class Plans {

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextVersion(TeamId team, String name) {
		return jdbc.sql("select coalesce(max(version), 0) + 1 from plans where team_id = ? and name = ?")
			.params(team.value(), name)
			.query(Integer.class)
			.single();
	}

	void insert(TeamId team, PlanVersion plan, String yaml, String publishedBy, Instant at) {
		jdbc.sql("""
				insert into plans (team_id, name, version, effective_from, document, created_at, published_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(team.value(), plan.name(), plan.version(), plan.effectiveFrom(), yaml,
					DbTime.of(at), publishedBy)
			.update();
	}

	/** Every version published for the team, as stored. */
	List<PlanHistory.Published> published(TeamId team) {
		return jdbc.sql("select id, name, version, effective_from, created_at from plans where team_id = ?")
			.param(team.value())
			.query((rs, row) -> new PlanHistory.Published(rs.getString("name"), rs.getInt("version"),
					rs.getObject("effective_from", LocalDate.class), DbTime.instant(rs, "created_at"), rs.getLong("id")))
			.list();
	}

	/** Every version published for the team with who published it (null before that was recorded), oldest first. */
	List<PayAudit.Publication> publications(TeamId team) {
		return jdbc.sql("select id, name, version, effective_from, created_at, published_by from plans where team_id = ? "
				+ "order by id")
			.param(team.value())
			.query((rs, row) -> new PayAudit.Publication(new PlanHistory.Published(rs.getString("name"),
					rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), DbTime.instant(rs, "created_at"),
					rs.getLong("id")), rs.getString("published_by")))
			.list();
	}

	/** A published version by its name and number. */
	PlanVersion version(TeamId team, String name, int version) {
		return jdbc.sql("select name, version, effective_from, document from plans where team_id = ? and name = ? "
				+ "and version = ?")
			.params(team.value(), name, version)
			.query((rs, row) -> new PlanVersion(rs.getString("name"), rs.getInt("version"),
					rs.getObject("effective_from", LocalDate.class), PlanDocuments.stored(rs.getString("document"))))
			.single();
	}

	/**
	 * The version in force on a day: the latest one effective on or before it, of two on the same date the one
	 * published later ({@link PlanHistory} shows the months each version pays by the same rule).
	 */
	Optional<PlanVersion> inForce(TeamId team, LocalDate day) {
		return jdbc.sql("""
				select name, version, effective_from, document from plans
				where team_id = ? and effective_from <= ?
				order by effective_from desc, id desc fetch first 1 rows only""")
			.params(team.value(), day)
			.query((rs, row) -> new PlanVersion(rs.getString("name"), rs.getInt("version"),
					rs.getObject("effective_from", LocalDate.class), PlanDocuments.stored(rs.getString("document"))))
			.optional();
	}

	/** The published text of the version in force on a day (the same version as {@link #inForce}). */
	Optional<String> documentInForce(TeamId team, LocalDate day) {
		return jdbc.sql("""
				select document from plans
				where team_id = ? and effective_from <= ?
				order by effective_from desc, id desc fetch first 1 rows only""")
			.params(team.value(), day)
			.query(String.class)
			.optional();
	}
}
