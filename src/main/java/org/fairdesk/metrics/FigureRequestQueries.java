package org.fairdesk.metrics;

import static org.fairdesk.metrics.MetricsQueries.ANSWERS_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.CLOSED_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.CONFIRMED_ASSISTS_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.CREDITED_REP;
import static org.fairdesk.metrics.MetricsQueries.ORDER_FULFILLED;
import static org.fairdesk.metrics.MetricsQueries.QUERY_ESCALATED;
import static org.fairdesk.metrics.MetricsQueries.QUERY_RESOLVED;
import static org.fairdesk.metrics.MetricsQueries.QUOTE_LOST;
import static org.fairdesk.metrics.MetricsQueries.QUOTE_WON;
import static org.fairdesk.metrics.MetricsQueries.REOPENS_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.SLA_MISSED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.fairdesk.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ids of the requests behind each rep's figures: the same rows the figures count ({@link MetricsQueries}), read
 * through the same window, crediting and outcome tests, so that a list and its count cannot disagree. Four
 * statements, one per source of figures. Each list is put in request id order here rather than by the database: a
 * month's lists are small each (a rep's), while sorting all of a team's rows at once (a million in a big month) is
 * most of what the statement costs.
 */
@Repository
class FigureRequestQueries {

	/** A figure whose requests are listed: one list of {@link FigureRequests}. */
	enum Figure {
		ORDERS_FULFILLED, QUOTES_WON, QUOTES_LOST, QUERIES_RESOLVED, QUERIES_ESCALATED, SURVEYED, SLA_MISSED, REOPENED,
		ASSISTS_GIVEN
	}

	private final JdbcClient jdbc;

	FigureRequestQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each rep's requests behind their figures in the window, by rep id. */
	Map<Long, FigureRequests> of(MetricsQueries.Window w) {
		Map<Long, Map<Figure, List<UUID>>> lists = new HashMap<>();
		closed(w, lists);
		listed(Figure.SURVEYED, "select rep_id rep, request_id " + ANSWERS_IN_WINDOW, w, lists);
		// distinct: a request reopened twice in the window is one request behind two reopens
		listed(Figure.REOPENED, "select distinct %s rep, request_id %s".formatted(CREDITED_REP, REOPENS_IN_WINDOW), w,
				lists);
		listed(Figure.ASSISTS_GIVEN, "select helper_id rep, request_id " + CONFIRMED_ASSISTS_IN_WINDOW, w, lists);
		Map<Long, FigureRequests> reps = new HashMap<>();
		lists.forEach((rep, byFigure) -> reps.put(rep, requests(byFigure)));
		return reps;
	}

	/**
	 * The closed requests: each has at most one outcome figure (by its closing state) and may also have missed the
	 * SLA. Those with neither are left out by the database.
	 */
	private void closed(MetricsQueries.Window w, Map<Long, Map<Figure, List<UUID>>> lists) {
		String outcome = "case when %s then '%s' when %s then '%s' when %s then '%s' when %s then '%s'"
				.formatted(ORDER_FULFILLED, Figure.ORDERS_FULFILLED, QUOTE_WON, Figure.QUOTES_WON, QUOTE_LOST,
						Figure.QUOTES_LOST, QUERY_RESOLVED, Figure.QUERIES_RESOLVED)
				+ " when %s then '%s' end".formatted(QUERY_ESCALATED, Figure.QUERIES_ESCALATED);
		jdbc.sql("""
				select %1$s rep, id request_id, outcome, sla_missed
				from (select %1$s, id, %2$s outcome, case when %3$s then 1 else 0 end sla_missed %4$s) closed
				where outcome is not null or sla_missed = 1""".formatted(CREDITED_REP, outcome, SLA_MISSED, CLOSED_IN_WINDOW))
			.params(w.team(), DbTime.of(w.from()), DbTime.of(w.to()))
			.query(rs -> {
				UUID id = rs.getObject("request_id", UUID.class);
				String figure = rs.getString("outcome");
				if (figure != null) {
					add(lists, rs.getLong("rep"), Figure.valueOf(figure), id);
				}
				if (rs.getInt("sla_missed") == 1) {
					add(lists, rs.getLong("rep"), Figure.SLA_MISSED, id);
				}
			});
	}

	/** A statement of (rep, request_id) over one team's window, whose rows are the figure's requests. */
	private void listed(Figure figure, String select, MetricsQueries.Window w,
			Map<Long, Map<Figure, List<UUID>>> lists) {
		jdbc.sql(select)
			.params(w.team(), DbTime.of(w.from()), DbTime.of(w.to()))
			.query(rs -> {
				add(lists, rs.getLong("rep"), figure, rs.getObject("request_id", UUID.class));
			});
	}

	private static void add(Map<Long, Map<Figure, List<UUID>>> lists, long rep, Figure figure, UUID request) {
		lists.computeIfAbsent(rep, r -> new EnumMap<>(Figure.class))
			.computeIfAbsent(figure, f -> new ArrayList<>())
			.add(request);
	}

	/**
	 * Request id order as PostgreSQL and H2 sort a UUID column: its 16 bytes unsigned, one by one, which is also the
	 * order of their text.
	 */
	static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	private static FigureRequests requests(Map<Figure, List<UUID>> byFigure) {
		byFigure.values().forEach(ids -> ids.sort(ID_ORDER));
		Function<Figure, List<UUID>> list = f -> byFigure.getOrDefault(f, List.of());
		return new FigureRequests(list.apply(Figure.ORDERS_FULFILLED), list.apply(Figure.QUOTES_WON),
				list.apply(Figure.QUOTES_LOST), list.apply(Figure.QUERIES_RESOLVED),
				list.apply(Figure.QUERIES_ESCALATED), list.apply(Figure.SURVEYED), list.apply(Figure.SLA_MISSED),
				list.apply(Figure.REOPENED), list.apply(Figure.ASSISTS_GIVEN));
	}
}
