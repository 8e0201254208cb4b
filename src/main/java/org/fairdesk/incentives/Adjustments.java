package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Adjustments, insert-only: a correction is never changed, a further change is a further adjustment. */
@Repository
class Adjustments {

	private final JdbcClient jdbc;

	Adjustments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores an adjustment; its id. */
	long insert(TeamId team, YearMonth period, RepId rep, Adjustment.Kind kind, StatementLine.Correction corrects,
			Money amount, String reason, List<UUID> requestIds, String actor, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into pay_adjustments (team_id, period, rep_id, kind, corrects_period, corrects_code, amount,
				                             currency, reason, request_ids, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(team.value(), period.toString(), rep.value(), kind.name(),
					corrects == null ? null : corrects.period().toString(), corrects == null ? null : corrects.code().name(),
					amount.amount(), amount.currency().getCurrencyCode(), reason,
					requestIds.stream().map(UUID::toString).collect(Collectors.joining(",")), actor, DbTime.of(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The adjustments paid in a month, in the order they were made. */
	List<Adjustment> paidIn(TeamId team, YearMonth period) {
		return jdbc.sql("select * from pay_adjustments where team_id = ? and period = ? order by id")
			.params(team.value(), period.toString())
			.query((rs, row) -> adjustment(team, rs))
			.list();
	}

	/** Every adjustment of the team, in the order they were made. */
	List<Adjustment> ofTeam(TeamId team) {
		return jdbc.sql("select * from pay_adjustments where team_id = ? order by id")
			.param(team.value())
			.query((rs, row) -> adjustment(team, rs))
			.list();
	}

	/** What has already been paid, in later months, to correct a rep's pay for a closed month. */
	BigDecimal correcting(TeamId team, YearMonth closed, RepId rep) {
		return jdbc.sql("""
				select coalesce(sum(amount), 0) from pay_adjustments
				where team_id = ? and corrects_period = ? and rep_id = ? and kind = 'RECOMPUTED'""")
			.params(team.value(), closed.toString(), rep.value())
			.query(BigDecimal.class)
			.single();
	}

	private static Adjustment adjustment(TeamId team, ResultSet rs) throws SQLException {
		String corrects = rs.getString("corrects_period");
		String code = rs.getString("corrects_code");
		String ids = rs.getString("request_ids");
		return new Adjustment(rs.getLong("id"), team, YearMonth.parse(rs.getString("period").strip()),
				new RepId(rs.getLong("rep_id")), Adjustment.Kind.valueOf(rs.getString("kind")),
				corrects == null ? null : YearMonth.parse(corrects.strip()),
				code == null ? null : StatementLine.Code.valueOf(code),
				Money.of(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency").strip())),
				rs.getString("reason"),
				ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList(),
				rs.getString("created_by"), DbTime.instant(rs, "created_at"));
	}
}
