package org.fairdesk.work;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Database;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores request aggregates and their history; an update only lands on the version it was read at, and writes the
 * request's moves to {@code request_events} in the same transaction.
 */
@Repository
class Requests {

	static final String COLUMNS = """
			select id, team_id, kind, customer, subject, description, amount, currency, state, assignee_id,
			       received_at, assigned_at, started_at, closed_at, outcome_value, outcome_margin, close_reason, version,
			       priority, required_skill, first_response_at, handling_seconds, customer_wait_seconds, state_since,
			       closed_by, reopen_count, quoted_amount, valid_until, linked_order_id, quote_id,
			       first_response_due_at, resolution_due_at
			from requests""";

	private final JdbcClient jdbc;
	private final Database database;

	Requests(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	void insert(Request request) {
		RequestView r = request.view();
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, description, amount, currency, state,
				                      received_at, priority, required_skill, state_since, first_response_due_at,
				                      resolution_due_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(r.id().value(), r.teamId().value(), r.kind().name(), r.customer(), r.subject(), r.description(),
					amount(r.amount()), r.currency().getCurrencyCode(), r.state().name(), DbTime.of(r.receivedAt()),
					r.priority(), r.skill(), DbTime.of(r.stateSince()), DbTime.of(r.due().firstResponse()),
					DbTime.of(r.due().resolution()))
			.update();
	}

	/** Writes the aggregate's state (never {@code quote_id}: only {@link #linkQuote} sets that) and its moves. */
	void update(Request request) {
		RequestView r = request.view();
		int updated = jdbc.sql("""
				update requests set state = ?, assignee_id = ?, assigned_at = ?, started_at = ?, closed_at = ?,
				       outcome_value = ?, outcome_margin = ?, close_reason = ?, first_response_at = ?,
				       handling_seconds = ?, customer_wait_seconds = ?, state_since = ?, closed_by = ?, reopen_count = ?,
				       quoted_amount = ?, valid_until = ?, linked_order_id = ?, version = version + 1
				where id = ? and version = ?""")
			.params(r.state().name(), rep(r.assigneeId()), DbTime.of(r.assignedAt()), DbTime.of(r.startedAt()),
					DbTime.of(r.closedAt()), amount(r.value()), amount(r.margin()), r.closeReason(),
					DbTime.of(r.firstResponseAt()), r.handlingSeconds(), r.customerWaitSeconds(),
					DbTime.of(r.stateSince()), rep(r.closedBy()), r.reopenCount(), amount(r.quotedAmount()),
					r.validUntil(), r.linkedOrderId() == null ? null : r.linkedOrderId().value(), r.id().value(),
					request.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Request " + r.id() + " was changed by someone else; reload it");
		}
		request.takeChanges().forEach(this::record);
	}

	/**
	 * {@link Request#assign} as one statement (routing's hot path: no read), plus its history row: true when the
	 * request was NEW and is now the rep's. Nothing runs in NEW, so no clock takes an interval.
	 */
	boolean assignIfNew(RequestId id, RepId rep, Instant at, @Nullable String reason) {
		if (database.combinesWrites()) {
			return jdbc.sql("""
					with moved as (
					  update requests set state = :to, assignee_id = :rep, assigned_at = :at, state_since = :at,
					                      version = version + 1
					  where id = :id and state = :from returning id)
					insert into request_events (request_id, from_state, to_state, actor_rep_id, at, reason)
					select id, :from, :to, :rep, :at, :reason from moved""")
				.param("id", id.value())
				.param("from", RequestState.NEW.name())
				.param("to", RequestState.ASSIGNED.name())
				.param("rep", rep.value())
				.param("at", DbTime.of(at))
				.param("reason", reason)
				.update() == 1;
		}
		boolean assigned = jdbc.sql("""
				update requests set state = ?, assignee_id = ?, assigned_at = ?, state_since = ?, version = version + 1
				where id = ? and state = ?""")
			.params(RequestState.ASSIGNED.name(), rep.value(), DbTime.of(at), DbTime.of(at), id.value(),
					RequestState.NEW.name())
			.update() == 1;
		if (assigned) {
			record(new StateChange(id, RequestState.NEW, RequestState.ASSIGNED, rep, at, reason));
		}
		return assigned;
	}

	/** Marks the order as the won quote's, unless another quote has it already: true when it is now this quote's. */
	boolean linkQuote(RequestId order, RequestId quote) {
		return jdbc.sql("update requests set quote_id = ? where id = ? and kind = 'ORDER' and (quote_id is null or quote_id = ?)")
			.params(quote.value(), order.value(), quote.value())
			.update() == 1;
	}

	void recordReopen(Reopening reopening) {
		jdbc.sql("""
				insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at,
				                             reopened_by_user, reason)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(reopening.requestId().value(), reopening.teamId().value(), reopening.closedBy().value(),
					reopening.outcome().name(), DbTime.of(reopening.closedAt()), DbTime.of(reopening.reopenedAt()),
					reopening.reopenedBy(), reopening.reason())
			.update();
	}

	/**
	 * A team's SENT quotes whose last valid day is before {@code today}, oldest first, unlocked: each is then locked
	 * and expired on its own ({@link #lockSent}), and one another node or its rep holds is left for the next run.
	 */
	List<RequestId> lapsedQuotes(TeamId team, LocalDate today, int limit) {
		return jdbc.sql("""
				select id from requests where team_id = ? and state = 'SENT' and valid_until < ?
				order by valid_until, id fetch first %d rows only""".formatted(limit))
			.params(team.value(), today)
			.query((rs, row) -> new RequestId(rs.getObject("id", UUID.class)))
			.list();
	}

	/** The request if it is a SENT quote, locked; empty if it is not, or if someone else holds its lock now. */
	Optional<Request> lockSent(RequestId id) {
		return jdbc.sql(COLUMNS + " where id = ? and state = 'SENT' for update skip locked")
			.param(id.value())
			.query((rs, row) -> new Request(view(rs), rs.getInt("version")))
			.optional();
	}

	Optional<Request> find(RequestId id) {
		return jdbc.sql(COLUMNS + " where id = ?")
			.param(id.value())
			.query((rs, row) -> new Request(view(rs), rs.getInt("version")))
			.optional();
	}

	List<RequestView> query(String where, Object... params) {
		return jdbc.sql(COLUMNS + " " + where).params(params).query((rs, row) -> view(rs)).list();
	}

	/** The request's moves, oldest first (in the order they were made when two share a time). */
	List<RequestMove> history(RequestId id) {
		return jdbc.sql("""
				select from_state, to_state, actor_rep_id, at, reason from request_events
				where request_id = ? order by at, id""")
			.param(id.value())
			.query((rs, n) -> {
				// wasNull speaks of the last column read, so it is asked right after the actor's.
				long actor = rs.getLong("actor_rep_id");
				RepId rep = rs.wasNull() ? null : new RepId(actor);
				return new RequestMove(RequestState.valueOf(rs.getString("from_state")),
						RequestState.valueOf(rs.getString("to_state")), rep, DbTime.instant(rs, "at"),
						rs.getString("reason"));
			})
			.list();
	}

	private void record(StateChange change) {
		jdbc.sql("""
				insert into request_events (request_id, from_state, to_state, actor_rep_id, at, reason)
				values (?, ?, ?, ?, ?, ?)""")
			.params(change.requestId().value(), change.from().name(), change.to().name(), rep(change.actor()),
					DbTime.of(change.at()), change.reason())
			.update();
	}

	private static @Nullable Long rep(@Nullable RepId rep) {
		return rep == null ? null : rep.value();
	}

	private static @Nullable BigDecimal amount(@Nullable Money money) {
		return money == null ? null : money.amount();
	}

	/** By column name: {@link RequestRows} matches each of RequestView's components to its own column. */
	static RequestView view(ResultSet rs) throws SQLException {
		return RequestRows.view(rs);
	}
}
