package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts each closed month was last looked at with ({@code pay_period_looks}): by its close, then by each later
 * close that looked at it again ({@link Corrections}). A working note of the closes, not a pay record: the month's
 * stored facts and statements stay as they were paid.
 */
@Repository
class FactsLooks {

	/**
	 * A month's facts as last looked at, without the requests behind them, when and in which time zone; {@code moved}:
	 * the requests whose places in its lists differed from the facts stored at its close when the last correction of
	 * it was paid, each with its places then ("rep id:list"), so that the next correction names only what moved since
	 * ({@link Corrections#lastPlacings}).
	 */
	record Look(PeriodFacts facts, Instant at, ZoneId zone, Map<UUID, Set<String>> moved) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<UUID, Set<String>>> MOVED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	FactsLooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Look> find(TeamId team, YearMonth period) {
		return jdbc.sql("""
				select facts, looked_at, time_zone, moved_requests from pay_period_looks where team_id = ? and period = ?""")
			.params(team.value(), period.toString())
			.query((rs, row) -> new Look(FactsDocuments.parseStored(rs.getString("facts")),
					DbTime.instant(rs, "looked_at"), ZoneId.of(rs.getString("time_zone")),
					moved(rs.getString("moved_requests"))))
			.optional();
	}

	/** Records a closed month's first look, at its close: nothing has moved since the facts it stores. */
	void save(PeriodFacts facts, Instant at, ZoneId zone) {
		save(facts, at, zone, Map.of());
	}

	/**
	 * Records a look at a closed month's facts (their requests are not kept here) and the requests that had moved
	 * since its close, replacing the look before.
	 */
	void save(PeriodFacts facts, Instant at, ZoneId zone, Map<UUID, Set<String>> moved) {
		String document = FactsDocuments.writeStored(facts.withoutRequests());
		String movedText = moved.isEmpty() ? null : JSON.writeValueAsString(moved);
		int updated = jdbc.sql("""
				update pay_period_looks set looked_at = ?, time_zone = ?, facts = ?, moved_requests = ?
				where team_id = ? and period = ?""")
			.params(DbTime.of(at), zone.getId(), document, movedText, facts.teamId().value(), facts.period().toString())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into pay_period_looks (team_id, period, looked_at, time_zone, facts, moved_requests)
					values (?, ?, ?, ?, ?, ?)""")
				.params(facts.teamId().value(), facts.period().toString(), DbTime.of(at), zone.getId(), document,
						movedText)
				.update();
		}
	}

	private static Map<UUID, Set<String>> moved(@Nullable String text) {
		return text == null ? Map.of() : JSON.readValue(text, MOVED);
	}
}
