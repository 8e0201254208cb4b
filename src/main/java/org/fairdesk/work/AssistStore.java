package org.fairdesk.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AssistStore {

	private static final String COLUMNS = """
			select id, request_id, owner_id, helper_id, proposed_by, status, note, proposed_at, decided_at
			from request_assists""";

	private final JdbcClient jdbc;

	AssistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RequestId request, TeamId team, RepId owner, RepId helper, RepId proposedBy, @Nullable String note,
			Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into request_assists (request_id, team_id, owner_id, helper_id, proposed_by, status, note,
				                             proposed_at)
				values (?, ?, ?, ?, ?, 'PROPOSED', ?, ?)""")
			.params(request.value(), team.value(), owner.value(), helper.value(), proposedBy.value(), note,
					DbTime.of(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A declined assist may be proposed again: it becomes a fresh proposal. */
	void repropose(long id, RepId owner, RepId proposedBy, @Nullable String note, Instant at) {
		jdbc.sql("""
				update request_assists set owner_id = ?, proposed_by = ?, status = 'PROPOSED', note = ?, proposed_at = ?,
				       decided_at = null
				where id = ?""")
			.params(owner.value(), proposedBy.value(), note, DbTime.of(at), id)
			.update();
	}

	void decide(long id, Assist.Status status, Instant at) {
		jdbc.sql("update request_assists set status = ?, decided_at = ? where id = ?")
			.params(status.name(), DbTime.of(at), id)
			.update();
	}

	Optional<Assist> find(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(AssistStore::assist).optional();
	}

	/** Locks the row, so a confirmation and a decline cannot both win. */
	Optional<Assist> lock(long id) {
		return jdbc.sql(COLUMNS + " where id = ? for update").param(id).query(AssistStore::assist).optional();
	}

	Optional<Assist> find(RequestId request, RepId helper) {
		return jdbc.sql(COLUMNS + " where request_id = ? and helper_id = ?")
			.params(request.value(), helper.value())
			.query(AssistStore::assist)
			.optional();
	}

	List<Assist> of(RequestId request) {
		return jdbc.sql(COLUMNS + " where request_id = ? order by id").param(request.value()).query(AssistStore::assist)
			.list();
	}

	/** The team's proposals waiting for the rep's answer (they did not make them), oldest first. */
	List<Assist> awaiting(TeamId team, RepId rep) {
		return jdbc.sql(COLUMNS + """
				 where team_id = ? and status = 'PROPOSED' and proposed_by <> ? and (owner_id = ? or helper_id = ?)
				order by proposed_at, id""")
			.params(team.value(), rep.value(), rep.value(), rep.value())
			.query(AssistStore::assist)
			.list();
	}

	private static Assist assist(ResultSet rs, int row) throws SQLException {
		return new Assist(rs.getLong("id"), new RequestId(rs.getObject("request_id", UUID.class)),
				new RepId(rs.getLong("owner_id")), new RepId(rs.getLong("helper_id")),
				new RepId(rs.getLong("proposed_by")), Assist.Status.valueOf(rs.getString("status")), rs.getString("note"),
				DbTime.instant(rs, "proposed_at"), DbTime.instant(rs, "decided_at"));
	}
}
