package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts each closed month was last looked at with ({@code pay_period_looks}): by its close, then by each later
 * close that looked at it again ({@link Corrections}). A working note of the closes, not a pay record: the month's
 * stored facts and statements stay as they were paid.
 */
@Repository
class FactsLooks {

	/** A month's facts as last looked at, without the requests behind them, when and in which time zone. */
	record Look(PeriodFacts facts, Instant at, ZoneId zone) {
	}

	private final JdbcClient jdbc;

	FactsLooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Look> find(TeamId team, YearMonth period) {
		return jdbc.sql("select facts, looked_at, time_zone from pay_period_looks where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.query((rs, row) -> new Look(FactsDocuments.parseStored(rs.getString("facts")),
					DbTime.instant(rs, "looked_at"), ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	/** Records a look at a closed month's facts (their requests are not kept here), replacing the one before. */
	void save(PeriodFacts facts, Instant at, ZoneId zone) {
		String document = FactsDocuments.writeStored(facts.withoutRequests());
		int updated = jdbc.sql("""
				update pay_period_looks set looked_at = ?, time_zone = ?, facts = ? where team_id = ? and period = ?""")
			.params(DbTime.of(at), zone.getId(), document, facts.teamId().value(), facts.period().toString())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into pay_period_looks (team_id, period, looked_at, time_zone, facts)
					values (?, ?, ?, ?, ?)""")
				.params(facts.teamId().value(), facts.period().toString(), DbTime.of(at), zone.getId(), document)
				.update();
		}
	}
}
