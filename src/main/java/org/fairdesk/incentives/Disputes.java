package org.fairdesk.incentives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Disputes: inserted once, their decision columns set once (from OPEN), never deleted. */
@Repository
class Disputes {

	private static final String COLUMNS = """
			select d.*, a.period as paid_in from pay_disputes d left join pay_adjustments a on a.id = d.adjustment_id""";

	private final JdbcClient jdbc;

	Disputes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(TeamId team, YearMonth period, RepId rep, int line, StatementLine disputed, String reason, String actor,
			Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into pay_disputes (team_id, period, rep_id, line_index, line_code, line_rule, line_label, reason,
				                          opened_by, opened_at, state, open_line)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
			.params(team.value(), period.toString(), rep.value(), line, disputed.code().name(),
					shortened(disputed.rule()), shortened(disputed.label()), reason, actor, DbTime.of(at), line)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * Records the decision of an OPEN dispute; false when it is not OPEN any more (decided a moment before by
	 * another request): the caller's transaction then rolls back whatever it wrote for the decision.
	 */
	boolean decide(long id, Dispute.State decision, String actor, Instant at, @Nullable String answer,
			@Nullable Money amount, @Nullable Long adjustmentId) {
		return jdbc.sql("""
				update pay_disputes set state = ?, decided_by = ?, decided_at = ?, answer = ?, amount = ?, currency = ?,
				                        adjustment_id = ?, open_line = null
				where id = ? and state = 'OPEN'""")
			.params(decision.name(), actor, DbTime.of(at), answer, amount == null ? null : amount.amount(),
					amount == null ? null : amount.currency().getCurrencyCode(), adjustmentId, id)
			.update() == 1;
	}

	Optional<Dispute> find(long id) {
		return jdbc.sql(COLUMNS + " where d.id = ?").param(id).query(Disputes::dispute).optional();
	}

	/** An OPEN dispute of the same line, if the rep has one. */
	Optional<Dispute> openOn(TeamId team, YearMonth period, RepId rep, int line) {
		return jdbc.sql(COLUMNS + " where d.team_id = ? and d.period = ? and d.rep_id = ? and d.line_index = ?"
				+ " and d.state = 'OPEN'")
			.params(team.value(), period.toString(), rep.value(), line)
			.query(Disputes::dispute)
			.optional();
	}

	/** Disputes matching every filter given (null: any), newest first. */
	List<Dispute> find(@Nullable TeamId team, @Nullable RepId rep, @Nullable YearMonth period,
			Dispute.@Nullable State state) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (team != null) {
			sql.append(" and d.team_id = ?");
			params.add(team.value());
		}
		if (rep != null) {
			sql.append(" and d.rep_id = ?");
			params.add(rep.value());
		}
		if (period != null) {
			sql.append(" and d.period = ?");
			params.add(period.toString());
		}
		if (state != null) {
			sql.append(" and d.state = ?");
			params.add(state.name());
		}
		return jdbc.sql(sql.append(" order by d.id desc").toString()).params(params).query(Disputes::dispute).list();
	}

	private static String shortened(String text) {
		return text.length() <= 200 ? text : text.substring(0, 199) + "…";
	}

	private static Dispute dispute(ResultSet rs, int row) throws SQLException {
		String currency = rs.getString("currency");
		String paidIn = rs.getString("paid_in");
		Long adjustment = rs.getObject("adjustment_id") == null ? null : rs.getLong("adjustment_id");
		return new Dispute(rs.getLong("id"), new TeamId(rs.getLong("team_id")),
				YearMonth.parse(rs.getString("period").strip()), new RepId(rs.getLong("rep_id")), rs.getInt("line_index"),
				StatementLine.Code.valueOf(rs.getString("line_code")), rs.getString("line_rule"),
				rs.getString("line_label"), rs.getString("reason"), rs.getString("opened_by"),
				DbTime.instant(rs, "opened_at"), Dispute.State.valueOf(rs.getString("state")), rs.getString("decided_by"),
				DbTime.instant(rs, "decided_at"), rs.getString("answer"),
				currency == null ? null : Money.of(rs.getBigDecimal("amount"), Currency.getInstance(currency.strip())),
				adjustment,
				paidIn == null ? null : YearMonth.parse(paidIn.strip()));
	}
}
