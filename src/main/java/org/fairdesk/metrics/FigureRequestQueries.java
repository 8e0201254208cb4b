package org.fairdesk.metrics;

import static org.fairdesk.metrics.MetricsQueries.ANSWERS_TO_SURVEYS_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.CONFIRMED_ASSISTS_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.CREDITED_REP;
import static org.fairdesk.metrics.MetricsQueries.ORDER_FULFILLED;
import static org.fairdesk.metrics.MetricsQueries.QUERY_ESCALATED;
import static org.fairdesk.metrics.MetricsQueries.QUERY_RESOLVED;
import static org.fairdesk.metrics.MetricsQueries.QUOTE_LOST;
import static org.fairdesk.metrics.MetricsQueries.QUOTE_WON;
import static org.fairdesk.metrics.MetricsQueries.REOPENS_IN_WINDOW;
import static org.fairdesk.metrics.MetricsQueries.SLA_MISSED;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ids of the requests behind each rep's figures: the same rows the figures count ({@link MetricsQueries}), read
 * through the same window, crediting and outcome tests, so that a list and its count cannot disagree. The closed
 * requests are listed from the scan that reads their durations and outcomes ({@link #CLOSED_COLUMNS}); the others
 * here, one statement per source. Each list is put in request id order here rather than by the database: a month's
 * lists are small each (a rep's), while sorting all of a team's rows at once (a million in a big month) is most of
 * what a statement costs.
 */
@Repository
class FigureRequestQueries {

	/** A figure whose requests are listed: one list of {@link FigureRequests}. */
	enum Figure {
		ORDERS_FULFILLED, QUOTES_WON, QUOTES_LOST, QUERIES_RESOLVED, QUERIES_ESCALATED, SURVEYED, SLA_MISSED, REOPENED,
		ASSISTS_GIVEN
	}

	/**
	 * What a scan of closed requests reads to list them: the id, the outcome figure it counts towards (at most one,
	 * by its closing state) and whether it missed the SLA.
	 */
	static final String CLOSED_COLUMNS = "id request_id, "
			+ "case when %s then '%s' when %s then '%s' when %s then '%s' when %s then '%s' when %s then '%s' end figure"
				.formatted(ORDER_FULFILLED, Figure.ORDERS_FULFILLED, QUOTE_WON, Figure.QUOTES_WON, QUOTE_LOST,
						Figure.QUOTES_LOST, QUERY_RESOLVED, Figure.QUERIES_RESOLVED, QUERY_ESCALATED,
						Figure.QUERIES_ESCALATED)
			+ ", case when %s then 1 else 0 end sla_missed".formatted(SLA_MISSED);

	private final JdbcClient jdbc;

	FigureRequestQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Lists a closed request read with {@link #CLOSED_COLUMNS} under its rep. */
	static void addClosed(ResultSet rs, long rep, Lists lists) throws SQLException {
		String figure = rs.getString("figure");
		if (figure != null || rs.getInt("sla_missed") == 1) {
			UUID id = rs.getObject("request_id", UUID.class);
			if (figure != null) {
				lists.add(rep, Figure.valueOf(figure), id);
			}
			if (rs.getInt("sla_missed") == 1) {
				lists.add(rep, Figure.SLA_MISSED, id);
			}
		}
	}

	/** Lists the requests behind the figures that are not about requests closed in the window. */
	void addOthers(MetricsQueries.Window w, Lists lists) {
		listed(Figure.SURVEYED, "select a.rep_id rep, a.request_id " + ANSWERS_TO_SURVEYS_IN_WINDOW
				+ w.onlyRep("a.rep_id"), MetricsQueries.windowParams(w), lists);
		// distinct: a request reopened twice in the window is one request behind two reopens
		listed(Figure.REOPENED, "select distinct %s rep, request_id %s%s".formatted(CREDITED_REP, REOPENS_IN_WINDOW,
				w.onlyRep(CREDITED_REP)), MetricsQueries.windowParams(w), lists);
		listed(Figure.ASSISTS_GIVEN, "select helper_id rep, request_id " + CONFIRMED_ASSISTS_IN_WINDOW
				+ w.onlyRep("helper_id"), MetricsQueries.windowParams(w), lists);
	}

	/** A statement of (rep, request_id) over one team's window, whose rows are the figure's requests. */
	private void listed(Figure figure, String select, Object[] params, Lists lists) {
		jdbc.sql(select)
			.params(params)
			.query(rs -> {
				lists.add(rs.getLong("rep"), figure, rs.getObject("request_id", UUID.class));
			});
	}

	/**
	 * Request id order as PostgreSQL and H2 sort a UUID column: its 16 bytes unsigned, one by one, which is also the
	 * order of their text. Written out rather than with {@code Comparator.comparing}, which boxes both halves at
	 * every comparison (a million-request month's lists make some twenty million).
	 */
	static final Comparator<UUID> ID_ORDER = (a, b) -> {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	};

	/** The lists as they are read, by rep and figure. */
	static final class Lists {

		private final Map<Long, Map<Figure, List<UUID>>> lists = new HashMap<>();

		void add(long rep, Figure figure, UUID request) {
			lists.computeIfAbsent(rep, r -> new EnumMap<>(Figure.class))
				.computeIfAbsent(figure, f -> new ArrayList<>())
				.add(request);
		}

		/** Each rep's lists in id order; a rep with none is left out. */
		Map<Long, FigureRequests> byRep() {
			Map<Long, FigureRequests> reps = new HashMap<>();
			lists.forEach((rep, byFigure) -> reps.put(rep, requests(byFigure)));
			return reps;
		}

		private static FigureRequests requests(Map<Figure, List<UUID>> byFigure) {
			byFigure.values().forEach(ids -> ids.sort(ID_ORDER));
			Function<Figure, List<UUID>> list = f -> byFigure.getOrDefault(f, List.of());
			return new FigureRequests(list.apply(Figure.ORDERS_FULFILLED), list.apply(Figure.QUOTES_WON),
					list.apply(Figure.QUOTES_LOST), list.apply(Figure.QUERIES_RESOLVED),
					list.apply(Figure.QUERIES_ESCALATED), list.apply(Figure.SURVEYED), list.apply(Figure.SLA_MISSED),
					list.apply(Figure.REOPENED), list.apply(Figure.ASSISTS_GIVEN));
		}
	}
}
