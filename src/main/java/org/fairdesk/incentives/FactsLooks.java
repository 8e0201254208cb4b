package org.fairdesk.incentives;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts a team's month was last looked at with ({@code pay_period_looks}): once it has ended, by the month-end
 * look ({@link MonthEndLooks}), which keeps the requests behind the figures too ({@code pay_look_requests}); then by
 * its close, and by each later close that looks at it again ({@link Corrections}), which keep the figures alone. A
 * working note, not a pay record: a closed month's stored facts and statements stay as they were paid.
 */
@Repository
class FactsLooks {

	/**
	 * How long before a look a write may be stamped and still not have been seen by it: a reopen or an answer stamped
	 * just before the look began may commit after it read the rows, and app nodes' clocks differ. Writes since (the
	 * look less this) make the month's rows be read again.
	 */
	static final Duration UNSEEN_WRITES = Duration.ofHours(1);

	/**
	 * A month's facts as last looked at, when and in which time zone; {@code withRequests} when the requests behind
	 * them were kept ({@link #requests}), which only a month-end look before the close does.
	 */
	record Look(PeriodFacts facts, Instant at, ZoneId zone, boolean withRequests) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	FactsLooks(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<Look> find(TeamId team, YearMonth period) {
		return jdbc.sql("""
				select facts, looked_at, time_zone, with_requests from pay_period_looks where team_id = ? and period = ?""")
			.params(team.value(), period.toString())
			.query((rs, row) -> new Look(FactsDocuments.parseStored(rs.getString("facts")),
					DbTime.instant(rs, "looked_at"), ZoneId.of(rs.getString("time_zone")),
					rs.getBoolean("with_requests")))
			.optional();
	}

	/** The requests behind each rep's figures in a look {@code withRequests} (a rep without any has no entry). */
	Map<RepId, PeriodFacts.Requests> requests(TeamId team, YearMonth period) {
		Map<RepId, PeriodFacts.Requests> requests = new HashMap<>();
		jdbc.sql("select rep_id, requests from pay_look_requests where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.query(rs -> {
				requests.put(new RepId(rs.getLong("rep_id")), FactsDocuments.parseStoredRequests(rs.getString("requests")));
			});
		return requests;
	}

	/** Records a look at a month's figures, without the requests behind them, replacing the one before. */
	void save(PeriodFacts facts, Instant at, ZoneId zone) {
		replace(facts, at, zone, false);
	}

	/** Records the month-end look at a month not closed yet: its figures and the requests behind them. */
	void saveWithRequests(PeriodFacts facts, Instant at, ZoneId zone) {
		replace(facts, at, zone, true);
		List<Object[]> rows = new ArrayList<>();
		for (PeriodFacts.RepFacts rep : facts.reps()) {
			if (!rep.requests().equals(PeriodFacts.Requests.NONE)) {
				rows.add(new Object[] { facts.teamId().value(), facts.period().toString(), rep.repId().value(),
						FactsDocuments.writeStoredRequests(rep.requests()) });
			}
		}
		batch.batchUpdate("insert into pay_look_requests (team_id, period, rep_id, requests) values (?, ?, ?, ?)",
				rows);
	}

	private void replace(PeriodFacts facts, Instant at, ZoneId zone, boolean withRequests) {
		String document = FactsDocuments.writeStored(facts.withoutRequests());
		int updated = jdbc.sql("""
				update pay_period_looks set looked_at = ?, time_zone = ?, facts = ?, with_requests = ?
				where team_id = ? and period = ?""")
			.params(DbTime.of(at), zone.getId(), document, withRequests, facts.teamId().value(),
					facts.period().toString())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into pay_period_looks (team_id, period, looked_at, time_zone, facts, with_requests)
					values (?, ?, ?, ?, ?, ?)""")
				.params(facts.teamId().value(), facts.period().toString(), DbTime.of(at), zone.getId(), document,
						withRequests)
				.update();
		}
		else {
			// the look before kept its requests only until this one: a close's look keeps none, a new look its own
			jdbc.sql("delete from pay_look_requests where team_id = ? and period = ?")
				.params(facts.teamId().value(), facts.period().toString())
				.update();
		}
	}
}
