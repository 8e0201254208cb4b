package org.fairdesk.work;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores request aggregates; an update only lands on the version it was read at. */
@Repository
class Requests {

	static final String COLUMNS = """
			select id, team_id, kind, customer, subject, description, amount, currency, state, assignee_id,
			       received_at, assigned_at, started_at, closed_at, outcome_value, outcome_margin, close_reason, version,
			       priority, required_skill
			from requests""";

	private final JdbcClient jdbc;

	Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Request request) {
		RequestView r = request.view();
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, description, amount, currency, state,
				                      received_at, priority, required_skill, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(r.id().value(), r.teamId().value(), r.kind().name(), r.customer(), r.subject(), r.description(),
					amount(r.amount()), r.currency().getCurrencyCode(), r.state().name(), DbTime.of(r.receivedAt()),
					r.priority(), r.skill())
			.update();
	}

	void update(Request request) {
		RequestView r = request.view();
		int updated = jdbc.sql("""
				update requests set state = ?, assignee_id = ?, assigned_at = ?, started_at = ?, closed_at = ?,
				       outcome_value = ?, outcome_margin = ?, close_reason = ?, version = version + 1
				where id = ? and version = ?""")
			.params(r.state().name(), r.assigneeId() == null ? null : r.assigneeId().value(),
					DbTime.of(r.assignedAt()), DbTime.of(r.startedAt()), DbTime.of(r.closedAt()), amount(r.value()),
					amount(r.margin()), r.closeReason(), r.id().value(), request.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Request " + r.id() + " was changed by someone else; reload it");
		}
	}

	/** {@link Request#assign} as one statement: true when the request was NEW and is now the rep's. */
	boolean assignIfNew(RequestId id, RepId rep, Instant at) {
		return jdbc.sql("""
				update requests set state = ?, assignee_id = ?, assigned_at = ?, version = version + 1
				where id = ? and state = ?""")
			.params(RequestState.ASSIGNED.name(), rep.value(), DbTime.of(at), id.value(), RequestState.NEW.name())
			.update() == 1;
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

	private static @Nullable BigDecimal amount(@Nullable Money money) {
		return money == null ? null : money.amount();
	}

	static RequestView view(ResultSet rs) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		RepId assignee = rs.getObject("assignee_id") == null ? null : new RepId(rs.getLong("assignee_id"));
		return new RequestView(new RequestId(rs.getObject("id", UUID.class)), new TeamId(rs.getLong("team_id")),
				RequestKind.valueOf(rs.getString("kind")), rs.getString("customer"), rs.getString("subject"),
				rs.getString("description"), money(rs.getBigDecimal("amount"), currency), currency,
				RequestState.valueOf(rs.getString("state")), assignee,
				DbTime.instant(rs, "received_at"), DbTime.instant(rs, "assigned_at"), DbTime.instant(rs, "started_at"),
				DbTime.instant(rs, "closed_at"), money(rs.getBigDecimal("outcome_value"), currency),
				money(rs.getBigDecimal("outcome_margin"), currency), rs.getString("close_reason"), rs.getInt("priority"),
				rs.getString("required_skill"));
	}

	private static @Nullable Money money(@Nullable BigDecimal amount, Currency currency) {
		return amount == null ? null : Money.of(amount, currency);
	}
}
