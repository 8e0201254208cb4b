package org.fairdesk.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each team's chooser per kind, with a team-wide default; ROUND_ROBIN when nothing is set. */
@Repository
class RoutingPolicies {

	static final String DEFAULT = "DEFAULT";

	private final JdbcClient jdbc;

	RoutingPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Policy policyFor(TeamId team, RequestKind kind) {
		return policyFor(all(team), kind);
	}

	/**
	 * Select-list columns that read a team's policies inside another query (the rep's lock on the PULL path, so
	 * asking for work costs one round trip less): a chooser and a seed column per kind and for the default.
	 */
	static final String REP_TEAM_COLUMNS = columns("r.team_id"); // built once: every PULL reads them

	private static String columns(String teamIdColumn) {
		StringBuilder sql = new StringBuilder();
		for (String key : keys()) {
			String where = " from routing_policies p where p.team_id = " + teamIdColumn + " and p.kind = '" + key + "')";
			sql.append(", (select p.chooser").append(where).append(" chooser_").append(key)
				.append(", (select p.random_seed").append(where).append(" seed_").append(key);
		}
		return sql.toString();
	}

	/** The policy per kind from the columns {@link #REP_TEAM_COLUMNS} added. */
	static Map<RequestKind, Policy> read(ResultSet rs) throws SQLException {
		Map<String, Policy> set = new java.util.HashMap<>();
		for (String key : keys()) {
			String chooser = rs.getString("chooser_" + key);
			if (chooser != null) {
				set.put(key, new Policy(ChooserType.valueOf(chooser), (Long) rs.getObject("seed_" + key)));
			}
		}
		return effective(set);
	}

	private static List<String> keys() {
		List<String> keys = new java.util.ArrayList<>(List.of(DEFAULT));
		Arrays.stream(RequestKind.values()).map(RequestKind::name).forEach(keys::add);
		return keys;
	}

	private static Policy policyFor(Map<String, Policy> set, RequestKind kind) {
		return set.getOrDefault(kind.name(), set.getOrDefault(DEFAULT, new Policy(ChooserType.ROUND_ROBIN, null)));
	}

	/** The policies set for a team, keyed by kind or DEFAULT. */
	Map<String, Policy> all(TeamId team) {
		Map<String, Policy> policies = new java.util.HashMap<>();
		jdbc.sql("select kind, chooser, random_seed from routing_policies where team_id = ?")
			.param(team.value())
			.query(rs -> {
				policies.put(rs.getString("kind"), new Policy(ChooserType.valueOf(rs.getString("chooser")),
						(Long) rs.getObject("random_seed")));
			});
		return policies;
	}

	/** The policy for each kind, from one query. */
	Map<RequestKind, Policy> effective(TeamId team) {
		return effective(all(team));
	}

	private static Map<RequestKind, Policy> effective(Map<String, Policy> set) {
		Map<RequestKind, Policy> effective = new EnumMap<>(RequestKind.class);
		for (RequestKind kind : RequestKind.values()) {
			effective.put(kind, policyFor(set, kind));
		}
		return effective;
	}

	void set(TeamId team, String kind, Policy policy, @Nullable String actor, Instant at) {
		jdbc.sql("delete from routing_policies where team_id = ? and kind = ?").params(team.value(), kind).update();
		jdbc.sql("""
				insert into routing_policies (team_id, kind, chooser, random_seed, updated_at, updated_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(team.value(), kind, policy.chooser().name(), policy.seed(), DbTime.of(at), actor)
			.update();
	}

	/** A chooser and, for RANDOM, its seed. */
	record Policy(ChooserType chooser, @Nullable Long seed) {
	}
}
