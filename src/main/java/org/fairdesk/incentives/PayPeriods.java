package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;
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

/** Closed months and their stored statements; statements are inserted once and never updated. */
@Repository
class PayPeriods {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	PayPeriods(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<PayPeriod> find(TeamId team, YearMonth period) {
		return jdbc.sql("""
				select state, plan_name, plan_version, closed_at, closed_by, approved_at, approved_by, paid_at, paid_by
				from pay_periods where team_id = ? and period = ?""")
			.params(team.value(), period.toString())
			.query((rs, row) -> new PayPeriod(team, period, PayPeriod.State.valueOf(rs.getString("state")),
					rs.getString("plan_name"), rs.getInt("plan_version"), DbTime.instant(rs, "closed_at"),
					rs.getString("closed_by"), DbTime.instant(rs, "approved_at"), rs.getString("approved_by"),
					DbTime.instant(rs, "paid_at"), rs.getString("paid_by")))
			.optional();
	}

	/** The team's closed months before a month, the latest first, at most {@code limit}. */
	List<YearMonth> closedBefore(TeamId team, YearMonth period, int limit) {
		return jdbc.sql("select period from pay_periods where team_id = ? and period < ? order by period desc")
			.params(team.value(), period.toString())
			.query(String.class)
			.list()
			.stream()
			.limit(limit)
			.map(YearMonth::parse)
			.toList();
	}

	/** The latest closed month of the team, if any. */
	Optional<YearMonth> lastClosed(TeamId team) {
		return jdbc.sql("select max(period) from pay_periods where team_id = ?")
			.param(team.value())
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	/**
	 * Stores a month's close: the period row first, so a second close of the same month fails on its key, then the
	 * statements in one batch, each naming the requests it shares with the facts document rather than repeating them
	 * ({@link StoredStatements}).
	 */
	void insertClose(PlanVersion plan, PeriodFacts facts, List<Statement> statements, String actor, Instant at) {
		jdbc.sql("""
				insert into pay_periods (team_id, period, state, plan_name, plan_version, facts, closed_at, closed_by)
				values (?, ?, 'CLOSED', ?, ?, ?, ?, ?)""")
			.params(facts.teamId().value(), facts.period().toString(), plan.name(), plan.version(),
					FactsDocuments.writeStored(facts), DbTime.of(at), actor)
			.update();
		Map<RepId, PeriodFacts.Requests> requests = new HashMap<>();
		facts.reps().forEach(rep -> requests.put(rep.repId(), rep.requests()));
		List<Object[]> rows = new ArrayList<>(statements.size());
		for (Statement statement : statements) {
			rows.add(new Object[] { facts.teamId().value(), facts.period().toString(), statement.repId().value(),
					plan.version(), statement.payout().amount(), statement.payout().currency().getCurrencyCode(),
					StoredStatements.write(statement, requests.get(statement.repId())) });
		}
		batch.batchUpdate("""
				insert into pay_statements (team_id, period, rep_id, plan_version, payout, currency, statement)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** Moves a month from one state to the next; false when it was not in {@code from} (someone moved it first). */
	boolean move(TeamId team, YearMonth period, PayPeriod.State from, PayPeriod.State to, String actor, Instant at) {
		String who = to == PayPeriod.State.APPROVED ? "approved" : "paid";
		return jdbc.sql("update pay_periods set state = ?, " + who + "_at = ?, " + who + "_by = ? "
				+ "where team_id = ? and period = ? and state = ?")
			.params(to.name(), DbTime.of(at), actor, team.value(), period.toString(), from.name())
			.update() == 1;
	}

	/**
	 * A closed month's statements as stored, by rep; the requests a statement names in the facts document are read
	 * back from it (parsed once, and only when a statement names some).
	 */
	List<Statement> statements(TeamId team, YearMonth period) {
		List<String> kept = jdbc.sql("select statement from pay_statements where team_id = ? and period = ? order by rep_id")
			.params(team.value(), period.toString())
			.query(String.class)
			.list();
		Map<RepId, PeriodFacts.Requests> requests = new HashMap<>();
		if (kept.stream().anyMatch(StoredStatements::needsFacts)) {
			FactsDocuments.parseStored(facts(team, period).orElseThrow())
				.reps()
				.forEach(rep -> requests.put(rep.repId(), rep.requests()));
		}
		return kept.stream()
			.map(statement -> StoredStatements.read(statement, rep -> Optional.ofNullable(requests.get(rep))
				.orElseThrow(() -> new IllegalStateException("the statement of rep " + rep + " in " + period
						+ " names requests in the month's facts document, which does not list that rep"))))
			.toList();
	}

	/**
	 * One rep's stored statement of a closed month (empty without one): what a rep's own statement reads, without
	 * the team's other statements or the other reps' requests in the facts document ({@link #statements} reads all).
	 */
	Optional<Statement> statementOf(TeamId team, YearMonth period, RepId rep) {
		return jdbc.sql("select statement from pay_statements where team_id = ? and period = ? and rep_id = ?")
			.params(team.value(), period.toString(), rep.value())
			.query(String.class)
			.optional()
			.map(kept -> StoredStatements.read(kept, named -> FactsDocuments
				.storedRequestsOf(facts(team, period).orElseThrow(), named)
				.orElseThrow(() -> new IllegalStateException("the statement of rep " + named + " in " + period
						+ " names requests in the month's facts document, which does not list that rep"))));
	}

	/** The facts document the month was closed on. */
	Optional<String> facts(TeamId team, YearMonth period) {
		return jdbc.sql("select facts from pay_periods where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.query(String.class)
			.optional();
	}

	void event(TeamId team, YearMonth period, PayPeriod.State event, String actor, Instant at, String detail) {
		jdbc.sql("insert into pay_events (team_id, period, event, actor, at, detail) values (?, ?, ?, ?, ?, ?)")
			.params(team.value(), period.toString(), event.name(), actor, DbTime.of(at), detail)
			.update();
	}

	/** Who moved the team's months and when, newest first. */
	List<PayEvent> events(TeamId team) {
		return jdbc.sql("select period, event, actor, at, detail from pay_events where team_id = ? order by id desc")
			.param(team.value())
			.query((rs, row) -> new PayEvent(YearMonth.parse(rs.getString("period")),
					PayPeriod.State.valueOf(rs.getString("event")), rs.getString("actor"), DbTime.instant(rs, "at"),
					rs.getString("detail")))
			.list();
	}
}
