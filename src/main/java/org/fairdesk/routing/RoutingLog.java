package org.fairdesk.routing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The routing log as a reader wants it: a team's assignments, skips, hand-backs, transfers, reassignments and
 * manual overrides, newest first, filtered by rep, action and days (in the team's zone) and read a page at a time.
 * The log itself is written by {@link RoutingQueue}; this only reads it.
 */
@Repository
public class RoutingLog {

	/** The columns {@link #entry} reads. */
	static final String COLUMNS = "select request_id, rep_id, policy, action, actor, reason, over_cap, value_percentile,"
			+ " assigned_at from routing_assignments";

	private final JdbcClient jdbc;

	RoutingLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of entries and whether more follow; a page past the end is empty. */
	LogPage read(TeamId team, ZoneId zone, LogFilter filter) {
		StringBuilder sql = new StringBuilder(COLUMNS + " where team_id = :team");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("team", team.value());
		if (filter.rep() != null) {
			sql.append(" and rep_id = :rep");
			params.put("rep", filter.rep().value());
		}
		if (filter.action() != null) {
			sql.append(" and action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.from() != null) {
			sql.append(" and assigned_at >= :from");
			params.put("from", DbTime.of(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and assigned_at < :to");
			params.put("to", DbTime.of(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		sql.append(" order by assigned_at desc, id desc limit :limit offset :offset");
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<LogEntry> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query((rs, n) -> entry(rs)).list());
		boolean more = rows.size() > filter.size();
		return new LogPage(more ? rows.subList(0, filter.size()) : rows, filter.page(), filter.size(), more);
	}

	/** A log row read with the columns of {@link #COLUMNS}. */
	static LogEntry entry(ResultSet rs) throws SQLException {
		return new LogEntry(DbTime.instant(rs, "assigned_at"), RoutingAction.valueOf(rs.getString("action")),
				rs.getObject("request_id", UUID.class), new RepId(rs.getLong("rep_id")), rs.getString("policy"),
				rs.getString("actor"), rs.getString("reason"), rs.getBoolean("over_cap"),
				rs.getBigDecimal("value_percentile"));
	}

	/** What to read: all of a team's log when every filter is null. */
	public record LogFilter(@Nullable RepId rep, @Nullable RoutingAction action, @Nullable LocalDate from,
			@Nullable LocalDate to, int page, int size) {
	}

	/** One line of the log. {@code valuePercentile} is set for claims, skips and next-served orders. */
	public record LogEntry(Instant at, RoutingAction action, UUID requestId, RepId repId, String policy,
			@Nullable String actor, @Nullable String reason, boolean overCap, @Nullable BigDecimal valuePercentile) {
	}

	public record LogPage(List<LogEntry> entries, int page, int size, boolean hasMore) {
	}
}
