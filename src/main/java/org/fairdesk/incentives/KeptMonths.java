package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ended months kept rep by rep for their close ({@code pay_kept_months}, {@code pay_kept_reps}; docs/pay.md, "Months
 * kept for their close"): when each was last looked at, and each rep's part of its figures with the requests behind
 * them. {@link MonthKeeping} decides what to read again; this class only stores.
 */
@Repository
class KeptMonths {

	/**
	 * A kept month's head: when it was last brought up to date (null before its first read), in which zone, and what
	 * its parts were made by ({@link MonthKeeping#FORMAT}; null before its first read).
	 */
	record Head(@Nullable Instant lookedAt, ZoneId zone, @Nullable String format, @Nullable Instant readWholeAt) {
	}

	/**
	 * A rep's kept part: metrics' text of their figures, the requests behind them as packed, and each list's size and
	 * first id ({@link MonthKeeping}'s form).
	 */
	record Part(String figures, String requests, String heads) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final TransactionTemplate own;

	KeptMonths(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts keeping a month, in a transaction of its own so that the caller can lock its head: nothing if it is
	 * kept already (another node's start that committed first included).
	 */
	void start(TeamId team, YearMonth period, ZoneId zone) {
		try {
			own.executeWithoutResult(status -> {
				if (jdbc.sql("select count(*) from pay_kept_months where team_id = ? and period = ?")
					.params(team.value(), period.toString())
					.query(Long.class)
					.single() == 0) {
					jdbc.sql("insert into pay_kept_months (team_id, period, time_zone) values (?, ?, ?)")
						.params(team.value(), period.toString(), zone.getId())
						.update();
				}
			});
		}
		catch (DuplicateKeyException startedByAnother) {
			// kept already: the other start stands
		}
	}

	/**
	 * The month's head, locked until the caller's transaction ends, so that one look at a time brings the month up
	 * to date (a close and the job, or two nodes); empty when the month is not kept.
	 */
	Optional<Head> lock(TeamId team, YearMonth period) {
		return jdbc.sql("""
				select looked_at, time_zone, format, read_whole_at from pay_kept_months
				where team_id = ? and period = ? for update""")
			.params(team.value(), period.toString())
			.query((rs, row) -> new Head(DbTime.instant(rs, "looked_at"), ZoneId.of(rs.getString("time_zone")),
					rs.getString("format"), DbTime.instant(rs, "read_whole_at")))
			.optional();
	}

	/** Every rep's part, by rep, without the requests behind their figures (an empty text: {@link #requestsOf}). */
	Map<RepId, Part> parts(TeamId team, YearMonth period) {
		Map<RepId, Part> parts = new HashMap<>();
		jdbc.sql("select rep_id, figures, heads from pay_kept_reps where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.query(rs -> {
				parts.put(new RepId(rs.getLong("rep_id")), new Part(rs.getString("figures"), "", rs.getString("heads")));
			});
		return parts;
	}

	/** The requests behind a rep's figures, as packed. */
	String requestsOf(TeamId team, YearMonth period, RepId rep) {
		return jdbc.sql("select requests from pay_kept_reps where team_id = ? and period = ? and rep_id = ?")
			.params(team.value(), period.toString(), rep.value())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("the kept month " + period + " of team " + team.value()
					+ " no longer holds rep " + rep.value()));
	}

	/** How many reps' parts the month keeps. */
	long size(TeamId team, YearMonth period) {
		return jdbc.sql("select count(*) from pay_kept_reps where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.query(Long.class)
			.single();
	}

	/**
	 * Replaces the parts of {@code reps} with {@code parts} (a rep of {@code reps} without one did nothing in the
	 * month now, and is dropped), and records the look: {@code at}, in {@code zone}.
	 */
	void replace(TeamId team, YearMonth period, Collection<RepId> reps, Map<RepId, Part> parts, Instant at,
			ZoneId zone) {
		List<Object[]> gone = new ArrayList<>();
		reps.forEach(rep -> gone.add(new Object[] { team.value(), period.toString(), rep.value() }));
		batch.batchUpdate("delete from pay_kept_reps where team_id = ? and period = ? and rep_id = ?", gone);
		insert(team, period, parts);
		looked(team, period, at, zone);
	}

	/** Replaces every part of the month with {@code parts}, and records the look. */
	void replaceAll(TeamId team, YearMonth period, Map<RepId, Part> parts, Instant at, ZoneId zone) {
		jdbc.sql("delete from pay_kept_reps where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.update();
		insert(team, period, parts);
		looked(team, period, at, zone);
		jdbc.sql("update pay_kept_months set read_whole_at = ? where team_id = ? and period = ?")
			.params(DbTime.of(at), team.value(), period.toString())
			.update();
	}

	/** Records a look that found nothing to read again. */
	void looked(TeamId team, YearMonth period, Instant at, ZoneId zone) {
		jdbc.sql("""
				update pay_kept_months set looked_at = ?, time_zone = ?, format = ? where team_id = ? and period = ?""")
			.params(DbTime.of(at), zone.getId(), MonthKeeping.FORMAT, team.value(), period.toString())
			.update();
	}

	private void insert(TeamId team, YearMonth period, Map<RepId, Part> parts) {
		List<Object[]> rows = new ArrayList<>(parts.size());
		parts.forEach((rep, part) -> rows.add(new Object[] { team.value(), period.toString(), rep.value(),
			part.figures(), part.requests(), part.heads() }));
		batch.batchUpdate("""
				insert into pay_kept_reps (team_id, period, rep_id, figures, requests, heads)
				values (?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * Stores the requests behind {@code reps}' figures for the month's close ({@code pay_period_requests}) as kept,
	 * copied inside the database: at a million requests they are some 32 MB, which written again from here cost a
	 * close more than all the rest (docs/benchmarks-history.md, "Close speed").
	 */
	void copyRequestsToClose(TeamId team, YearMonth period, Collection<RepId> reps) {
		List<Object[]> rows = new ArrayList<>(reps.size());
		List<RepId> listed = List.copyOf(reps);
		listed.forEach(rep -> rows.add(new Object[] { team.value(), period.toString(), rep.value() }));
		int[] copied = batch.batchUpdate("""
				insert into pay_period_requests (team_id, period, rep_id, requests)
				select team_id, period, rep_id, requests from pay_kept_reps where team_id = ? and period = ? and rep_id = ?""",
				rows);
		for (int i = 0; i < copied.length; i++) {
			// a close is stored whole or not at all: a rep's requests missing would leave their statement unreadable
			if (copied[i] != 1 && copied[i] != java.sql.Statement.SUCCESS_NO_INFO) {
				throw new IllegalStateException("the kept month " + period + " of team " + team.value()
						+ " holds no requests of rep " + listed.get(i).value() + " to store with its close");
			}
		}
	}

	/**
	 * Stops keeping a month (it is closed: its close keeps what it needs), once no look holds it: its head is locked
	 * first, as a look locks it, so the two never take its rows in opposite orders.
	 */
	void forget(TeamId team, YearMonth period) {
		if (lock(team, period).isEmpty()) {
			return;
		}
		jdbc.sql("delete from pay_kept_reps where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.update();
		jdbc.sql("delete from pay_kept_months where team_id = ? and period = ?")
			.params(team.value(), period.toString())
			.update();
	}

	/** The months a team keeps. */
	List<YearMonth> months(TeamId team) {
		return jdbc.sql("select period from pay_kept_months where team_id = ? order by period")
			.param(team.value())
			.query(String.class)
			.list()
			.stream()
			.map(YearMonth::parse)
			.toList();
	}
}
