package org.fairdesk.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing tables: the queue of requests, each rep's round-robin position and the assignment log. */
@Repository
class RoutingQueue {

	private final JdbcClient jdbc;

	RoutingQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(RequestReceived request) {
		jdbc.sql("insert into routing_teams (team_id) values (?) on conflict do nothing")
			.param(request.teamId().value())
			.update();
		jdbc.sql("""
				insert into routing_queue (request_id, team_id, kind, received_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(request.requestId().value(), request.teamId().value(), request.kind().name(),
					DbTime.of(request.receivedAt()))
			.update();
	}

	/**
	 * Locks the team's routing row: assignments within a team are serialised, so two nodes never read the
	 * same round-robin position; teams do not wait for each other.
	 */
	void lockTeam(TeamId team) {
		jdbc.sql("select team_id from routing_teams where team_id = ? for update").param(team.value()).query().listOfRows();
	}

	Optional<Entry> find(RequestId id) {
		return jdbc.sql("select request_id, team_id, assignee_id from routing_queue where request_id = ?")
			.param(id.value())
			.query((rs, row) -> new Entry(new RequestId(rs.getObject("request_id", UUID.class)),
					new TeamId(rs.getLong("team_id")),
					rs.getObject("assignee_id") == null ? null : new RepId(rs.getLong("assignee_id"))))
			.optional();
	}

	List<RequestId> waiting(TeamId team) {
		return jdbc.sql("""
				select request_id from routing_queue where team_id = ? and assignee_id is null
				order by received_at, request_id""")
			.param(team.value())
			.query((rs, row) -> new RequestId(rs.getObject("request_id", UUID.class)))
			.list();
	}

	Map<RepId, Instant> lastAssignments(TeamId team) {
		return jdbc.sql("select rep_id, last_assigned_at from routing_reps where team_id = ?")
			.param(team.value())
			.query((rs, row) -> Map.entry(new RepId(rs.getLong("rep_id")), DbTime.instant(rs, "last_assigned_at")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void recordAssignment(RequestAssigned assignment) {
		jdbc.sql("update routing_queue set assignee_id = ?, assigned_at = ? where request_id = ?")
			.params(assignment.repId().value(), DbTime.of(assignment.assignedAt()), assignment.requestId().value())
			.update();
		int moved = jdbc.sql("update routing_reps set last_assigned_at = ? where rep_id = ?")
			.params(DbTime.of(assignment.assignedAt()), assignment.repId().value())
			.update();
		if (moved == 0) {
			jdbc.sql("insert into routing_reps (rep_id, team_id, last_assigned_at) values (?, ?, ?)")
				.params(assignment.repId().value(), assignment.teamId().value(), DbTime.of(assignment.assignedAt()))
				.update();
		}
		jdbc.sql("insert into routing_assignments (request_id, rep_id, policy, assigned_at) values (?, ?, ?, ?)")
			.params(assignment.requestId().value(), assignment.repId().value(), assignment.policy(),
					DbTime.of(assignment.assignedAt()))
			.update();
	}

	record Entry(RequestId requestId, TeamId teamId, @Nullable RepId assignee) {
	}
}
