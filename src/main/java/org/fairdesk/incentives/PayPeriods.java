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
	private final KeptMonths kept;

	PayPeriods(JdbcClient jdbc, JdbcTemplate batch, KeptMonths kept) {
		this.kept = kept;
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
	 * Stores a month's close: the period row first, so a second close of the same month fails on its key, with the
	 * facts document less the requests behind each rep's figures; then those requests, one row per rep who has any
	 * ({@code pay_period_requests}); then the statements, each naming the requests it shares with its rep's row rather
	 * than repeating them ({@link StoredStatements}). All in the caller's transaction: a close is stored whole or not
	 * at all.
	 */
	void insertClose(PlanVersion plan, PeriodFacts facts, List<Statement> statements, String actor, Instant at) {
		insertClose(plan, facts, statements, actor, at, listed -> batch.batchUpdate(
				"insert into pay_period_requests (team_id, period, rep_id, requests) values (?, ?, ?, ?)",
				listed.stream().map(rep -> new Object[] { facts.teamId().value(), facts.period().toString(),
					rep.repId().value(), FactsDocuments.writeStoredRequests(rep.requests()) }).toList()));
	}

	/**
	 * {@link #insertClose(PlanVersion, PeriodFacts, List, String, Instant)} for facts read from a kept month
	 * ({@link MonthKeeping}): each rep's requests are copied from what the month keeps, inside the database.
	 */
	void insertKeptClose(PlanVersion plan, PeriodFacts facts, List<Statement> statements, String actor, Instant at) {
		insertClose(plan, facts, statements, actor, at,
				listed -> kept.copyRequestsToClose(facts.teamId(), facts.period(),
						listed.stream().map(PeriodFacts.RepFacts::repId).toList()));
	}

	/** Stores a close; {@code storeRequests} stores the requests of the reps it is given (those with any). */
	private void insertClose(PlanVersion plan, PeriodFacts facts, List<Statement> statements, String actor, Instant at,
			java.util.function.Consumer<List<PeriodFacts.RepFacts>> storeRequests) {
		jdbc.sql("""
				insert into pay_periods (team_id, period, state, plan_name, plan_version, facts, closed_at, closed_by)
				values (?, ?, 'CLOSED', ?, ?, ?, ?, ?)""")
			.params(facts.teamId().value(), facts.period().toString(), plan.name(), plan.version(),
					FactsDocuments.writeStored(facts.withoutRequests()), DbTime.of(at), actor)
			.update();
		Map<RepId, PeriodFacts.Requests> requests = new HashMap<>();
		List<PeriodFacts.RepFacts> listed = new ArrayList<>();
		for (PeriodFacts.RepFacts rep : facts.reps()) {
			requests.put(rep.repId(), rep.requests());
			if (!rep.requests().equals(PeriodFacts.Requests.NONE)) {
				listed.add(rep);
			}
		}
		storeRequests.accept(listed);
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

	private static PeriodFacts withRequests(PeriodFacts facts,
			java.util.function.Function<PeriodFacts.RepFacts, PeriodFacts.Requests> requests) {
		return new PeriodFacts(facts.period(), facts.teamId(), facts.teamName(), facts.currency(), facts.team(),
				facts.reps().stream().map(rep -> rep.withRequests(requests.apply(rep))).toList());
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
	 * A closed month's statements as stored, by rep; the requests a statement names are read back from its rep's
	 * row (or, for a month closed before those rows, from the facts document, parsed once and only when needed).
	 */
	List<Statement> statements(TeamId team, YearMonth period) {
		List<String> kept = jdbc.sql("select statement from pay_statements where team_id = ? and period = ? order by rep_id")
			.params(team.value(), period.toString())
			.query(String.class)
			.list();
		Map<RepId, PeriodFacts.Requests> requests = kept.stream().anyMatch(StoredStatements::needsFacts)
				? requests(team, period) : Map.of();
		return kept.stream()
			.map(statement -> StoredStatements.read(statement, rep -> Optional.ofNullable(requests.get(rep))
				.orElseThrow(() -> unlisted(rep, period))))
			.toList();
	}

	/**
	 * One rep's stored statement of a closed month (empty without one): what a rep's own statement reads, without
	 * the team's other statements or the other reps' requests ({@link #statements} reads all).
	 */
	Optional<Statement> statementOf(TeamId team, YearMonth period, RepId rep) {
		return jdbc.sql("select statement from pay_statements where team_id = ? and period = ? and rep_id = ?")
			.params(team.value(), period.toString(), rep.value())
			.query(String.class)
			.optional()
			.map(kept -> StoredStatements.read(kept, named -> requestsOf(team, period, named)));
	}

	/** One rep's requests in a closed month: their row, or their lists in a facts document stored before the rows. */
	private PeriodFacts.Requests requestsOf(TeamId team, YearMonth period, RepId rep) {
		return jdbc.sql("select requests from pay_period_requests where team_id = ? and period = ? and rep_id = ?")
			.params(team.value(), period.toString(), rep.value())
			.query(String.class)
			.optional()
			.map(FactsDocuments::parseStoredRequests)
			.or(() -> FactsDocuments.storedRequestsOf(facts(team, period).orElseThrow(), rep))
			.orElseThrow(() -> unlisted(rep, period));
	}

	/** Every rep's requests in a closed month, as its facts were recorded ({@link #storedFacts}). */
	private Map<RepId, PeriodFacts.Requests> requests(TeamId team, YearMonth period) {
		Map<RepId, PeriodFacts.Requests> requests = new HashMap<>();
		storedFacts(team, period).orElseThrow().reps().forEach(rep -> requests.put(rep.repId(), rep.requests()));
		return requests;
	}

	/** The reps' rows of requests in a closed month; none for a month closed before them. */
	private Map<RepId, PeriodFacts.Requests> requestRows(TeamId team, YearMonth period) {
		Map<RepId, PeriodFacts.Requests> rows = new HashMap<>();
		jdbc.sql("select rep_id, requests from pay_period_requests where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.query(rs -> {
				rows.put(new RepId(rs.getLong("rep_id")), FactsDocuments.parseStoredRequests(rs.getString("requests")));
			});
		return rows;
	}

	private static IllegalStateException unlisted(RepId rep, YearMonth period) {
		return new IllegalStateException("the statement of rep " + rep + " in " + period
				+ " names requests behind the rep's figures, which the month's stored facts do not list");
	}

	/**
	 * The facts a month was closed on, as the calculator read them: the stored document with each rep's requests put
	 * back from their rows (a month closed before those rows has them in the document).
	 */
	Optional<PeriodFacts> storedFacts(TeamId team, YearMonth period) {
		return facts(team, period).map(FactsDocuments::parseStored).map(document -> {
			Map<RepId, PeriodFacts.Requests> rows = requestRows(team, period);
			return rows.isEmpty() ? document
					: withRequests(document, rep -> rows.getOrDefault(rep.repId(), PeriodFacts.Requests.NONE));
		});
	}

	/** The facts document the month was closed on, as stored. */
	private Optional<String> facts(TeamId team, YearMonth period) {
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
