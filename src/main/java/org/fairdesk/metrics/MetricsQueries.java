package org.fairdesk.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The metrics' SQL: each figure is counted or summed in the database over one team's rows in the period's window
 * (indexed by team and time). The closed requests' percentiles and outcome counts are the exception: one scan reads
 * the few columns they need and {@link ClosedRows} works them out, which costs less than the database sorting every
 * group's rows. Rows are keyed by rep; {@link #TEAM} keys the team-wide row of the figures that cannot be added up
 * from the reps' (medians, percentiles).
 */
@Repository
class MetricsQueries {

	static final long TEAM = -1;

	// The figures' definitions (docs/metrics.md), each written once and used by every query that needs it.

	/**
	 * Who is credited with a closed request's outcome: the rep who closed it. A reopen keeps its closer under the
	 * same column name, and is counted against them.
	 */
	static final String CREDITED_REP = "closed_by";

	/** Where each figure's rows come from: one team's rows in the window (team, from, to), each by its own time. */
	static final String CLOSED_IN_WINDOW = "from requests where team_id = ? and closed_at >= ? and closed_at < ?";

	/**
	 * The answers to the surveys issued in the window (team, from, to), each with its survey's rep ({@code a.rep_id})
	 * and issue time ({@code a.survey_issued_at}): an answer counts in the month its survey was issued, so one given
	 * late changes that month, and a closed month's next close pays the difference (docs/pay.md). Each answer keeps
	 * its survey's issue time (V53), so the window's answers are one range of their (team, issued) index: joining every
	 * answer given since the window began to its survey read a year of answers for a month a year back
	 * (docs/benchmarks-history.md, "Metrics speed").
	 */
	static final String ANSWERS_TO_SURVEYS_IN_WINDOW =
			"from survey_response a where a.team_id = ? and a.survey_issued_at >= ? and a.survey_issued_at < ?";

	static final String REOPENS_IN_WINDOW =
			"from request_reopens where team_id = ? and reopened_at >= ? and reopened_at < ?";

	/**
	 * Confirmed assists proposed in the window: the help counts in the month it was given, so one confirmed late
	 * changes that month, as a late survey answer does.
	 */
	static final String CONFIRMED_ASSISTS_IN_WINDOW =
			"from request_assists where team_id = ? and status = 'CONFIRMED' and proposed_at >= ? and proposed_at < ?";

	/**
	 * The closing outcomes the figures count, as tests of one closed request: {@code byOutcome} ORDER FULFILLED,
	 * {@code quotesWon}, {@code byOutcome} QUOTE LOST, {@code queriesResolved}, {@code queriesEscalated}.
	 */
	static final String ORDER_FULFILLED = "kind = 'ORDER' and state = 'FULFILLED'";

	static final String QUOTE_WON = "state = 'WON'";

	static final String QUOTE_LOST = "kind = 'QUOTE' and state = 'LOST'";

	static final String QUERY_RESOLVED = "state = 'RESOLVED'";

	static final String QUERY_ESCALATED = "state = 'ESCALATED'";

	/** Revenue: the outcome value of fulfilled orders (a won quote's value is its order's, once fulfilled). */
	static final String REVENUE = "coalesce(sum(case when " + ORDER_FULFILLED + " then outcome_value end), 0)";

	/** Gross margin: the outcome margin of the same orders. */
	static final String MARGIN = "coalesce(sum(case when " + ORDER_FULFILLED + " then outcome_margin end), 0)";

	/** A won quote's value and margin: what the customer accepted, counted when the quote is won. */
	static final String WON_QUOTE_VALUE = "coalesce(sum(case when " + QUOTE_WON + " then outcome_value end), 0)";

	static final String WON_QUOTE_MARGIN = "coalesce(sum(case when " + QUOTE_WON + " then outcome_margin end), 0)";

	/**
	 * A decided quote that had been sent: it carries a quoted amount (set by SENT, kept through a reopen). WON and
	 * EXPIRED quotes always were; a LOST one only if it was lost after sending.
	 */
	static final String QUOTES_SENT = "sum(case when kind = 'QUOTE' and quoted_amount is not null then 1 else 0 end)";

	/**
	 * The resolution SLA over closed requests, as {@code RequestView.getSla()} judges one request: counted when it
	 * had a due time, met when it closed by then. {@code MetricsScenario} runs both on the same cases.
	 */
	static final String SLA_JUDGED = "resolution_due_at is not null";

	static final String SLA_KEPT = "closed_at <= resolution_due_at";

	/** Judged and not met: {@code slaCounted − slaMet} of them. */
	static final String SLA_MISSED = SLA_JUDGED + " and not (" + SLA_KEPT + ")";

	static final String SLA_COUNTED = countOf(SLA_JUDGED);

	static final String SLA_MET = countOf(SLA_KEPT);

	/** The first-response SLA, as {@code RequestView.getFirstResponseSla()}: judged once the rep first responded. */
	static final String FIRST_RESPONSE_SLA_COUNTED =
			"sum(case when first_response_due_at is not null and first_response_at is not null then 1 else 0 end)";

	static final String FIRST_RESPONSE_SLA_MET =
			"sum(case when first_response_at <= first_response_due_at then 1 else 0 end)";

	/** How long the customer waited for the rep's first response, in wall-clock seconds (null without one). */
	static final String FIRST_RESPONSE_SECONDS =
			"extract(epoch from first_response_at) - extract(epoch from received_at)";

	/**
	 * The figures' definitions above, as one text: a part of a period kept from before a definition changed is not
	 * what the rows give now ({@link RepMonth#FORMAT}).
	 */
	static final String DEFINITIONS = String.join("\n", CREDITED_REP, CLOSED_IN_WINDOW, ANSWERS_TO_SURVEYS_IN_WINDOW,
			REOPENS_IN_WINDOW, CONFIRMED_ASSISTS_IN_WINDOW, ORDER_FULFILLED, QUOTE_WON, QUOTE_LOST, QUERY_RESOLVED,
			QUERY_ESCALATED, REVENUE, MARGIN, WON_QUOTE_VALUE, WON_QUOTE_MARGIN, QUOTES_SENT, SLA_JUDGED, SLA_KEPT,
			FIRST_RESPONSE_SLA_COUNTED, FIRST_RESPONSE_SLA_MET, FIRST_RESPONSE_SECONDS);

	private final JdbcClient jdbc;

	MetricsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a team's window is: its rows from {@code from} (inclusive) to {@code to} (exclusive); with {@code reps},
	 * only those reps' rows of each figure ({@link Window#onlyRep}), which a period kept rep by rep reads after late
	 * writes changed them.
	 */
	record Window(long team, Instant from, Instant to, @Nullable List<Long> reps) {

		Window(long team, Instant from, Instant to) {
			this(team, from, to, null);
		}

		/** The same window, some reps' rows only (at least one). */
		Window of(java.util.Collection<Long> reps) {
			if (reps.isEmpty()) {
				throw new IllegalArgumentException("a window of some reps names at least one");
			}
			return new Window(team, from, to, List.copyOf(reps));
		}

		/** " and {column} in (?, …)" for some reps' window, nothing for the team's: after a window's fragment. */
		String onlyRep(String column) {
			return reps == null ? "" : " and " + column + " in (" + String.join(", ", java.util.Collections.nCopies(
					reps.size(), "?")) + ")";
		}
	}

	/** Requests closed in the window, by their closer and for the whole team, with their counts by kind and outcome. */
	record Closed(long closed, BigDecimal revenue, BigDecimal margin, long quotesWon, long quotesDecided,
			long queriesResolved, long queriesEscalated, @Nullable Long handlingMedian, @Nullable Long handlingP90,
			@Nullable Long firstResponseMedian, long slaCounted, long slaMet, long firstResponseSlaCounted,
			long firstResponseSlaMet, long quotesSent, BigDecimal wonQuoteValue, BigDecimal wonQuoteMargin,
			List<Figures.OutcomeCount> outcomes) {
	}

	/**
	 * Each rep's closed requests and the team's: their counts and sums by the database, one statement grouped by
	 * closer, which it hashes (the team's are the reps' added up: every one of them adds up); their percentiles and
	 * outcomes from one scan of the rows ({@link ClosedRows}).
	 */
	Map<Long, Closed> closed(Window w) {
		return closed(w, null);
	}

	/**
	 * {@link #closed(Window)}, listing on the way the requests behind each rep's figures about closed requests
	 * ({@link FigureRequestQueries#CLOSED_COLUMNS}) when {@code lists} is given: the scan that reads their durations
	 * reads their ids too.
	 */
	Map<Long, Closed> closed(Window w, FigureRequestQueries.@Nullable Lists lists) {
		Map<Long, ClosedRows> groups = closedRows(w, lists);
		// a request closed between the two statements (each reads what was committed as it began) is left to the
		// next read
		return closedOf(closedSums(w), groups);
	}

	/**
	 * Each closer's closed requests from their counts and sums and their rows, and the team's ({@link #TEAM}): the
	 * reps' counts and sums added up, its percentiles over all their durations. The one rule for the team's figures,
	 * from rows read now ({@link #closed}) or from reps' parts kept ({@link MetricsManagement#teamOf}).
	 */
	static Map<Long, Closed> closedOf(Map<Long, Sums> sums, Map<Long, ClosedRows> groups) {
		Map<Long, Closed> rows = new HashMap<>();
		long[] teamCounts = new long[COUNTS.length];
		BigDecimal[] teamAmounts = new BigDecimal[AMOUNTS.length];
		java.util.Arrays.fill(teamAmounts, BigDecimal.ZERO);
		sums.forEach((rep, own) -> {
			for (int i = 0; i < teamCounts.length; i++) {
				teamCounts[i] += own.counts()[i];
			}
			for (int i = 0; i < teamAmounts.length; i++) {
				teamAmounts[i] = teamAmounts[i].add(own.amounts()[i]);
			}
			rows.put(rep, closed(own.counts(), own.amounts(), groups.getOrDefault(rep, ClosedRows.NONE)));
		});
		if (!rows.isEmpty()) {
			rows.put(TEAM, closed(teamCounts, teamAmounts, ClosedRows.of(List.copyOf(groups.values()))));
		}
		return rows;
	}

	/**
	 * What each rep did in the window ({@link RepMonth}), every rep who did anything in it, from the same statements
	 * as {@link #closed}, {@link #surveys}, {@link #reopens}, {@link #assists} and {@link #transfers}; listing on the
	 * way the requests behind their figures about closed requests, as {@link #closed(Window, FigureRequestQueries.Lists)}
	 * does.
	 */
	Map<Long, RepMonth> repMonths(Window w, FigureRequestQueries.Lists lists) {
		Map<Long, ClosedRows> groups = closedRows(w, lists);
		Map<Long, Sums> sums = closedSums(w);
		Map<Long, long[]> surveys = surveys(w);
		Map<Long, long[]> reopens = reopens(w);
		Map<Long, long[]> assists = assists(w);
		Map<Long, long[]> transfers = transfers(w);
		java.util.Set<Long> reps = new java.util.HashSet<>(sums.keySet());
		List.of(groups, surveys, reopens, assists, transfers).forEach(m -> reps.addAll(m.keySet()));
		BigDecimal[] noAmounts = new BigDecimal[AMOUNTS.length];
		java.util.Arrays.fill(noAmounts, BigDecimal.ZERO);
		Sums none = new Sums(new long[COUNTS.length], noAmounts);
		Map<Long, RepMonth> months = new HashMap<>();
		for (long rep : reps) {
			Sums own = sums.getOrDefault(rep, none);
			months.put(rep, new RepMonth(own.counts(), own.amounts(), groups.getOrDefault(rep, new ClosedRows()),
					surveys.getOrDefault(rep, new long[3]), reopens.getOrDefault(rep, new long[1])[0],
					assists.getOrDefault(rep, new long[2]), transfers.getOrDefault(rep, new long[2])));
		}
		return months;
	}

	/** A closer's counts and sums ({@link #COUNTS}, {@link #AMOUNTS}). */
	record Sums(long[] counts, BigDecimal[] amounts) {
	}

	/** Each closer's counts and sums over the window's closed requests: one statement grouped by closer. */
	Map<Long, Sums> closedSums(Window w) {
		Map<Long, Sums> rows = new HashMap<>();
		jdbc.sql("""
				select %s rep,
				       count(*) closed,
				       %s revenue,
				       %s margin,
				       %s won_quote_value,
				       %s won_quote_margin,
				       %s quotes_won,
				       sum(case when state in ('WON', 'LOST', 'EXPIRED') then 1 else 0 end) quotes_decided,
				       %s queries_resolved,
				       %s queries_escalated,
				       %s sla_counted,
				       %s sla_met,
				       %s first_response_sla_counted,
				       %s first_response_sla_met,
				       %s quotes_sent
				%s%s group by %1$s""".formatted(CREDITED_REP, REVENUE, MARGIN, WON_QUOTE_VALUE, WON_QUOTE_MARGIN,
				countOf(QUOTE_WON), countOf(QUERY_RESOLVED), countOf(QUERY_ESCALATED), SLA_COUNTED, SLA_MET,
				FIRST_RESPONSE_SLA_COUNTED, FIRST_RESPONSE_SLA_MET, QUOTES_SENT, CLOSED_IN_WINDOW,
				w.onlyRep(CREDITED_REP)))
			.params(windowParams(w))
			.query(rs -> {
				long[] counts = new long[COUNTS.length];
				BigDecimal[] amounts = new BigDecimal[AMOUNTS.length];
				for (int i = 0; i < counts.length; i++) {
					counts[i] = rs.getLong(COUNTS[i]);
				}
				for (int i = 0; i < amounts.length; i++) {
					amounts[i] = rs.getBigDecimal(AMOUNTS[i]);
				}
				rows.put(rs.getLong("rep"), new Sums(counts, amounts));
			});
		return rows;
	}

	/** The counts of {@link Closed}, in the order {@link #closed(long[], BigDecimal[], ClosedRows)} reads them. */
	static final String[] COUNTS = { "closed", "quotes_won", "quotes_decided", "queries_resolved",
		"queries_escalated", "sla_counted", "sla_met", "first_response_sla_counted", "first_response_sla_met",
		"quotes_sent" };

	/** The amounts of {@link Closed}, likewise. */
	static final String[] AMOUNTS = { "revenue", "margin", "won_quote_value", "won_quote_margin" };

	static Closed closed(long[] n, BigDecimal[] amounts, ClosedRows group) {
		return new Closed(n[0], amounts[0], amounts[1], n[1], n[2], n[3], n[4], group.handling.percentile(0.5),
				group.handling.percentile(0.9), group.firstResponse.percentile(0.5), n[5], n[6], n[7], n[8], n[9],
				amounts[2], amounts[3], group.outcomes());
	}

	/** The window's closed requests one by one, grouped here by closer: their durations and outcomes. */
	private Map<Long, ClosedRows> closedRows(Window w, FigureRequestQueries.@Nullable Lists lists) {
		Map<Long, ClosedRows> groups = new HashMap<>();
		jdbc.sql("select %s rep, kind, state, handling_seconds, %s first_response%s %s".formatted(CREDITED_REP,
				FIRST_RESPONSE_SECONDS, lists == null ? "" : ", " + FigureRequestQueries.CLOSED_COLUMNS,
				CLOSED_IN_WINDOW + w.onlyRep(CREDITED_REP)))
			.params(windowParams(w))
			.query(rs -> {
				long rep = rs.getLong("rep");
				if (lists != null) {
					FigureRequestQueries.addClosed(rs, rep, lists);
				}
				long handling = rs.getLong("handling_seconds");
				double firstResponse = rs.getDouble("first_response");
				boolean responded = !rs.wasNull();
				groups.computeIfAbsent(rep, r -> new ClosedRows())
					.add(rs.getString("kind"), rs.getString("state"), handling, responded, firstResponse);
			});
		return groups;
	}

	/**
	 * Surveys issued in the window, about each rep: how many, how many of those were answered (at any time), and the
	 * sum of the answers' ratings. The surveys and their answers are two ranges of their (team, issued) indexes,
	 * counted apart and added up per rep.
	 */
	Map<Long, long[]> surveys(Window w) {
		Map<Long, long[]> rows = new HashMap<>();
		jdbc.sql("""
				select rep_id, count(*) issued, 0 answered, 0 total
				from survey where team_id = ? and issued_at >= ? and issued_at < ?%s group by rep_id
				union all
				select a.rep_id, 0, count(*), sum(a.rating) %s%s group by a.rep_id""".formatted(w.onlyRep("rep_id"),
				ANSWERS_TO_SURVEYS_IN_WINDOW, w.onlyRep("a.rep_id")))
			.params(twice(w))
			.query(rs -> {
				add(rows, rs.getLong("rep_id"), rs.getLong("issued"), rs.getLong("answered"), rs.getLong("total"));
			});
		return rows;
	}

	/**
	 * The parameters of every fragment "… team_id = ? and time >= ? and time < ?" over the window, and of its
	 * {@link Window#onlyRep} after it in a rep's window.
	 */
	static Object[] windowParams(Window w) {
		List<Object> params = new ArrayList<>(List.of(w.team(), DbTime.of(w.from()), DbTime.of(w.to())));
		if (w.reps() != null) {
			params.addAll(w.reps());
		}
		return params.toArray();
	}

	/** For a statement that reads the whole team's window only (it has no rep filter to bind some reps' to). */
	private static void requireTeamWindow(Window w) {
		if (w.reps() != null) {
			throw new IllegalArgumentException("this figure is read for the whole team's window, not some reps'");
		}
	}

	/** {@link #windowParams} twice: for a statement of two parts over the same window. */
	private static Object[] twice(Window w) {
		Object[] once = windowParams(w);
		Object[] both = java.util.Arrays.copyOf(once, once.length * 2);
		System.arraycopy(once, 0, both, once.length, once.length);
		return both;
	}

	/** Reopens in the window, counted against the rep who had closed the request. */
	Map<Long, long[]> reopens(Window w) {
		return counts("select %1$s, count(*) n %2$s%3$s group by %1$s".formatted(CREDITED_REP, REOPENS_IN_WINDOW,
				w.onlyRep(CREDITED_REP)), w, "n");
	}

	/** Confirmed assists proposed in the window: given (as helper) and received (as the request's rep). */
	Map<Long, long[]> assists(Window w) {
		Map<Long, long[]> rows = new HashMap<>();
		jdbc.sql("""
				select helper_id rep, 1 given, 0 received %1$s%2$s
				union all
				select owner_id, 0, 1 %1$s%3$s""".formatted(CONFIRMED_ASSISTS_IN_WINDOW, w.onlyRep("helper_id"),
				w.onlyRep("owner_id")))
			.params(twice(w))
			.query(rs -> {
				add(rows, rs.getLong("rep"), rs.getLong("given"), rs.getLong("received"));
			});
		return rows;
	}

	/**
	 * Assists decided in the window (CONFIRMED or DECLINED, {@code decided_at} in it), per rep who decided: the side
	 * that did not propose. {0: decided, 1: declined}.
	 */
	Map<Long, long[]> assistDecisions(Window w) {
		requireTeamWindow(w);
		return counts("""
				select case when proposed_by = owner_id then helper_id else owner_id end rep_id,
				       count(*) decided, sum(case when status = 'DECLINED' then 1 else 0 end) declined
				from request_assists
				where team_id = ? and status in ('CONFIRMED', 'DECLINED') and decided_at >= ? and decided_at < ?
				group by case when proposed_by = owner_id then helper_id else owner_id end""", w, "decided", "declined");
	}

	/** Transfers in the window from routing's log: given (TRANSFER_OUT) and received (TRANSFER_IN). */
	Map<Long, long[]> transfers(Window w) {
		return counts("""
				select rep_id,
				       sum(case when action = 'TRANSFER_OUT' then 1 else 0 end) given,
				       sum(case when action = 'TRANSFER_IN' then 1 else 0 end) received
				from routing_assignments
				where team_id = ? and action in ('TRANSFER_OUT', 'TRANSFER_IN') and assigned_at >= ? and assigned_at < ?%s
				group by rep_id""".formatted(w.onlyRep("rep_id")), w, "given", "received");
	}

	/**
	 * The writes that change a past window's figures once it has ended, in the app's own lifecycle: a request closed
	 * in it reopened (its close is undone; a closed request moves no other way), an answer to a survey issued in it,
	 * and a decision on an assist proposed in it. Each is stamped when it is made, so those made since {@code since}
	 * are found through their (team, time) index. Everything else the window counts (its closes, reopens, transfers,
	 * surveys issued) is written at the moment it counts for, inside the window: so those stamped since {@code since}
	 * are probed too, which finds nothing once {@code since} is past the window's end, and finds one stamped just
	 * before the end that committed after a close read the window (a quote expiry run at 23:59, a node whose clock is
	 * behind). Each names the rep whose figures it changes ({@link #repsWrittenSince}).
	 */
	private static final List<LateWrite> LATE_WRITES = List.of(
			new LateWrite(CREDITED_REP, "request_reopens where team_id = ? and reopened_at >= ? and closed_at >= ? "
					+ "and closed_at < ?"),
			new LateWrite("rep_id", "survey_response where team_id = ? and responded_at >= ? and survey_issued_at >= ? "
					+ "and survey_issued_at < ?"),
			// decided: the (team, status, decided) index's ranges; an assist proposed again after a refusal counts for
			// nothing either way
			new LateWrite("helper_id", "request_assists where team_id = ? and status in ('CONFIRMED', 'DECLINED') "
					+ "and decided_at >= ? and proposed_at >= ? and proposed_at < ?"),
			new LateWrite("owner_id", "request_assists where team_id = ? and status in ('CONFIRMED', 'DECLINED') "
					+ "and decided_at >= ? and proposed_at >= ? and proposed_at < ?"),
			new LateWrite(CREDITED_REP, "requests where team_id = ? and closed_at >= ? and closed_at >= ? "
					+ "and closed_at < ?"),
			new LateWrite(CREDITED_REP, "request_reopens where team_id = ? and reopened_at >= ? and reopened_at >= ? "
					+ "and reopened_at < ?"),
			// a survey is dated at its request's close, but may be stored later (an event delivered again, a new link)
			new LateWrite("rep_id", "survey where team_id = ? and stored_at >= ? and issued_at >= ? and issued_at < ?"),
			new LateWrite("rep_id", "routing_assignments where team_id = ? and assigned_at >= ? "
					+ "and action in ('TRANSFER_OUT', 'TRANSFER_IN') and assigned_at >= ? and assigned_at < ?"));

	/** One kind of {@link #LATE_WRITES late write}: the rep whose figures it changes, from the rows it stamps. */
	private record LateWrite(String rep, String from) {
	}

	/** Whether any {@link #LATE_WRITES late write} to the window's figures was made at or after {@code since}. */
	boolean writtenSince(Window w, Instant since) {
		return LATE_WRITES.stream().anyMatch(write -> jdbc.sql("select 1 from " + write.from()
				+ " fetch first 1 rows only")
			.params(w.team(), DbTime.of(since), DbTime.of(w.from()), DbTime.of(w.to()))
			.query(Integer.class)
			.optional()
			.isPresent());
	}

	/** The reps whose figures in the window a {@link #LATE_WRITES late write} made at or after {@code since} changed. */
	java.util.Set<Long> repsWrittenSince(Window w, Instant since) {
		java.util.Set<Long> reps = new java.util.HashSet<>();
		LATE_WRITES.forEach(write -> reps.addAll(jdbc.sql("select distinct %s from %s".formatted(write.rep(),
				write.from()))
			.params(w.team(), DbTime.of(since), DbTime.of(w.from()), DbTime.of(w.to()))
			.query(Long.class)
			.list()));
		reps.remove(null);
		return reps;
	}

	/** Requests each rep holds now and has not closed, whatever the period. */
	Map<Long, long[]> currentWip(long team) {
		Map<Long, long[]> rows = new HashMap<>();
		jdbc.sql("""
				select assignee_id, count(*) n from requests
				where team_id = ? and closed_at is null and assignee_id is not null group by assignee_id""")
			.param(team)
			.query(rs -> {
				add(rows, rs.getLong("assignee_id"), rs.getLong("n"));
			});
		return rows;
	}

	/** One bucket of a trend: closed per kind, revenue, SLA, and survey answers with the sum of their ratings. */
	record Bucket(long orders, long quotes, long queries, BigDecimal revenue, long slaCounted, long slaMet,
			long csatResponses, long csatTotal) {
	}

	/**
	 * The team's trend over consecutive periods given by their boundaries (n + 1 instants for n buckets), in two
	 * queries: each row falls in the bucket a CASE over the boundaries picks.
	 */
	List<Bucket> trend(long team, List<Instant> bounds) {
		int n = bounds.size() - 1;
		long[][] counts = new long[n][6];
		BigDecimal[] revenue = new BigDecimal[n];
		java.util.Arrays.fill(revenue, BigDecimal.ZERO);
		jdbc.sql("""
				select bucket,
				       sum(case when kind = 'ORDER' then 1 else 0 end) orders,
				       sum(case when kind = 'QUOTE' then 1 else 0 end) quotes,
				       sum(case when kind = 'QUERY' then 1 else 0 end) queries,
				       %s revenue,
				       %s sla_counted,
				       %s sla_met
				from (select %s bucket, kind, state, outcome_value, resolution_due_at, closed_at from requests
				      where team_id = ? and closed_at >= ? and closed_at < ?) closed
				group by bucket""".formatted(REVENUE, SLA_COUNTED, SLA_MET, bucketOf("closed_at", n)))
			.params(trendParams(team, bounds))
			.query(rs -> {
				int b = rs.getInt("bucket");
				counts[b][0] = rs.getLong("orders");
				counts[b][1] = rs.getLong("quotes");
				counts[b][2] = rs.getLong("queries");
				counts[b][3] = rs.getLong("sla_counted");
				counts[b][4] = rs.getLong("sla_met");
				revenue[b] = rs.getBigDecimal("revenue");
			});
		long[][] csat = new long[n][2];
		jdbc.sql("""
				select bucket, count(*) n, sum(rating) total
				from (select %s bucket, a.rating %s) answers
				group by bucket""".formatted(bucketOf("a.survey_issued_at", n), ANSWERS_TO_SURVEYS_IN_WINDOW))
			.params(trendParams(team, bounds))
			.query(rs -> {
				csat[rs.getInt("bucket")][0] = rs.getLong("n");
				csat[rs.getInt("bucket")][1] = rs.getLong("total");
			});
		List<Bucket> buckets = new ArrayList<>();
		for (int b = 0; b < n; b++) {
			buckets.add(new Bucket(counts[b][0], counts[b][1], counts[b][2], revenue[b], counts[b][3], counts[b][4],
					csat[b][0], csat[b][1]));
		}
		return buckets;
	}

	/** How many answers gave each rating (1 to 5) in the window. */
	long[] ratings(Window w) {
		requireTeamWindow(w);
		long[] ratings = new long[5];
		jdbc.sql("""
				select a.rating, count(*) n %s group by a.rating""".formatted(ANSWERS_TO_SURVEYS_IN_WINDOW))
			.params(windowParams(w))
			.query(rs -> {
				ratings[rs.getInt("rating") - 1] = rs.getLong("n");
			});
		return ratings;
	}

	/** How many of the rows pass a test: "sum(case when … then 1 else 0 end)". */
	static String countOf(String test) {
		return "sum(case when " + test + " then 1 else 0 end)";
	}

	/** "case when t < ? then 0 when t < ? then 1 … end": the inner boundaries, in order, pick the bucket. */
	private static String bucketOf(String column, int buckets) {
		if (buckets == 1) {
			return "0";
		}
		StringBuilder sql = new StringBuilder("case");
		for (int b = 0; b < buckets - 1; b++) {
			sql.append(" when ").append(column).append(" < ? then ").append(b);
		}
		return sql.append(" else ").append(buckets - 1).append(" end").toString();
	}

	private static Object[] trendParams(long team, List<Instant> bounds) {
		List<Object> params = new ArrayList<>();
		List<Instant> inner = bounds.subList(1, bounds.size() - 1);
		inner.forEach(t -> params.add(DbTime.of(t)));
		params.add(team);
		params.add(DbTime.of(bounds.get(0)));
		params.add(DbTime.of(bounds.get(bounds.size() - 1)));
		return params.toArray();
	}

	private Map<Long, long[]> counts(String sql, Window w, String... columns) {
		Map<Long, long[]> rows = new HashMap<>();
		jdbc.sql(sql).params(windowParams(w)).query(rs -> {
			long[] values = new long[columns.length];
			for (int i = 0; i < columns.length; i++) {
				values[i] = rs.getLong(columns[i]);
			}
			add(rows, rs.getLong(1), values);
		});
		return rows;
	}

	private static void add(Map<Long, long[]> rows, long rep, long... values) {
		long[] sums = rows.computeIfAbsent(rep, r -> new long[values.length]);
		for (int i = 0; i < values.length; i++) {
			sums[i] += values[i];
		}
	}
}
