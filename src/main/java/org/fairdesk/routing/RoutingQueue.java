package org.fairdesk.routing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Database;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The routing tables: the queue, each rep's routing row (round-robin position, the row a claim locks), the
 * exclusions, and the log. Locks are always taken team, then request, then rep, so no two paths deadlock; a
 * rep asking for work takes their own row and then skips requests others hold.
 */
@Repository
class RoutingQueue {

	private static final String REQUEST_COLUMNS = """
			select request_id, team_id, kind, priority, amount, required_skill, received_at, assignee_id, closed_at
			from routing_queue""";

	private static final String WAITING_COLUMNS = """
			select request_id, team_id, kind, priority, amount, required_skill, received_at,
			       cast(null as bigint) assignee_id, cast(null as timestamp with time zone) closed_at
			from routing_waiting""";

	/** On H2, how many waiting requests a PULL reads per row it wants: room for those concurrent askers hold. */
	private static final int HEAD_PER_ROW = 16;

	private static final String INSERT_LOG = """
			insert into routing_assignments (request_id, rep_id, team_id, policy, action, actor, reason, over_cap,
			                                 value_percentile, assigned_at)
			values (:request, :rep, :team, :policy, :action, :actor, :reason, :overCap, :percentile, :at)""";

	private final JdbcClient jdbc;
	private final Database database;

	RoutingQueue(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** Queues an arrival; {@code dueAt} is when its SLA falls due (first response, else resolution), if ever. */
	void enqueue(RequestReceived request, @Nullable Instant dueAt) {
		jdbc.sql("insert into routing_teams (team_id) values (?) on conflict do nothing")
			.param(request.teamId().value())
			.update();
		jdbc.sql("""
				insert into routing_queue (request_id, team_id, kind, received_at, priority, amount, required_skill,
				                           due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(request.requestId().value(), request.teamId().value(), request.kind().name(),
					DbTime.of(request.receivedAt()), request.priority(),
					request.amount() == null ? null : request.amount().amount(),
					request.skill() == null ? null : RoutingProfile.skillKey(request.skill()), DbTime.of(dueAt))
			.update();
		markWaiting(request.requestId());
	}

	void ensureTeam(TeamId team) {
		jdbc.sql("insert into routing_teams (team_id) values (?) on conflict do nothing").param(team.value()).update();
	}

	/** Locks the team's routing row: PUSH assignments within a team are serialised; teams never wait for each other. */
	RoutingMode lockTeam(TeamId team) {
		return jdbc.sql("select mode from routing_teams where team_id = ? for update")
			.param(team.value())
			.query((rs, row) -> RoutingMode.valueOf(rs.getString("mode")))
			.optional()
			.orElse(RoutingMode.PUSH);
	}

	RoutingMode mode(TeamId team) {
		return jdbc.sql("select mode from routing_teams where team_id = ?")
			.param(team.value())
			.query((rs, row) -> RoutingMode.valueOf(rs.getString("mode")))
			.optional()
			.orElse(RoutingMode.PUSH);
	}

	void setMode(TeamId team, RoutingMode mode) {
		ensureTeam(team);
		jdbc.sql("update routing_teams set mode = ? where team_id = ?").params(mode.name(), team.value()).update();
	}

	/** The team's skip rules: the default ones until a manager sets their own. */
	SkipPolicy skipPolicy(TeamId team) {
		return jdbc.sql("select skip_reasons, skips_per_day from routing_teams where team_id = ?")
			.param(team.value())
			.query((rs, row) -> SkipPolicy.read(rs.getString("skip_reasons"), rs.getInt("skips_per_day")))
			.optional()
			.orElse(SkipPolicy.DEFAULT);
	}

	void setSkipPolicy(TeamId team, SkipPolicy policy) {
		ensureTeam(team);
		jdbc.sql("update routing_teams set skip_reasons = ?, skips_per_day = ? where team_id = ?")
			.params(policy.stored(), policy.perDay(), team.value())
			.update();
	}

	/** The rep's skips since {@code from} (the start of their day): what the daily limit counts. */
	long skipsSince(RepId rep, Instant from) {
		return jdbc.sql("select count(*) from routing_assignments where rep_id = ? and action = 'SKIP' and assigned_at >= ?")
			.params(rep.value(), DbTime.of(from))
			.query(Long.class)
			.single();
	}

	/** How many requests the team's RANDOM chooser has placed since a RANDOM policy was set: the next draw's number. */
	long randomDraws(TeamId team) {
		return jdbc.sql("select random_draws from routing_teams where team_id = ?")
			.param(team.value())
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** One more RANDOM placement (team lock held). */
	void countRandomDraw(TeamId team) {
		jdbc.sql("update routing_teams set random_draws = random_draws + 1 where team_id = ?").param(team.value()).update();
	}

	/** A RANDOM policy was set: its draws start over, so the same seed and arrivals replay the same way. */
	void restartRandomDraws(TeamId team) {
		jdbc.sql("update routing_teams set random_draws = 0 where team_id = ?").param(team.value()).update();
	}

	Optional<QueuedRequest> find(RequestId id) {
		return jdbc.sql(REQUEST_COLUMNS + " where request_id = ?").param(id.value()).query(RoutingQueue::request).optional();
	}

	/** Locks one request, waiting for whoever holds it. */
	Optional<QueuedRequest> lock(RequestId id) {
		return jdbc.sql(REQUEST_COLUMNS + " where request_id = ? for update")
			.param(id.value())
			.query(RoutingQueue::request)
			.optional();
	}

	/** The team's waiting requests, most urgent then oldest first. */
	List<QueuedRequest> waiting(TeamId team, int limit) {
		return waiting(team, QueueOrder.PRIORITY, limit);
	}

	/** The team's waiting requests in the team's queue order. */
	List<QueuedRequest> waiting(TeamId team, QueueOrder order, int limit) {
		return jdbc.sql(WAITING_COLUMNS + " where team_id = ? order by " + order.orderBy()
				+ " fetch first " + limit + " rows only")
			.param(team.value())
			.query(RoutingQueue::request)
			.list();
	}

	/**
	 * The team's requests assigned most recently (to anyone, open or closed since), newest first: the work handed
	 * out lately, which a given-back request is ranked among when few or none wait.
	 */
	List<QueuedRequest> lastAssigned(TeamId team, int limit) {
		return jdbc.sql(REQUEST_COLUMNS + " where team_id = ? and assigned_at is not null order by assigned_at desc"
				+ " fetch first " + limit + " rows only")
			.param(team.value())
			.query(RoutingQueue::request)
			.list();
	}

	private void markWaiting(RequestId request) {
		jdbc.sql("""
				insert into routing_waiting (request_id, team_id, kind, priority, amount, required_skill, received_at,
				                             due_at)
				select request_id, team_id, kind, priority, amount, required_skill, received_at, due_at
				from routing_queue
				where request_id = ? and assignee_id is null and closed_at is null
				  and not exists (select 1 from routing_waiting w where w.request_id = routing_queue.request_id)""")
			.param(request.value())
			.update();
	}

	/**
	 * Locks up to {@code limit} waiting requests a rep may take, most urgent then oldest, skipping rows another
	 * transaction holds: concurrent claimers never wait for each other and never get the same request. The lock is
	 * on the queue row, the one lock every path takes for a request.
	 */
	List<QueuedRequest> lockWaitingFor(TeamId team, RepId rep, Set<RequestKind> kinds, Set<String> skills, int limit) {
		return lockWaitingFor(team, rep, kinds, skills, limit, QueueOrder.PRIORITY, null);
	}

	/**
	 * {@link #lockWaitingFor}, in the team's queue order; a request received at or before {@code skillCutoff} is
	 * offered whatever skill it needs (the team's skill fallback).
	 */
	List<QueuedRequest> lockWaitingFor(TeamId team, RepId rep, Set<RequestKind> kinds, Set<String> skills, int limit,
			QueueOrder order, @Nullable Instant skillCutoff) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		List<Object> params = new java.util.ArrayList<>();
		params.add(team.value());
		skills.forEach(s -> params.add(RoutingProfile.skillKey(s)));
		if (skillCutoff != null) {
			params.add(DbTime.of(skillCutoff));
		}
		params.add(rep.value());
		// The SQL is concatenated, not String.formatted, which was a tenth of a PULL's time in the JVM (profile).
		boolean fallback = skillCutoff != null;
		List<QueuedRequest> locked = lockHead(kinds, skills, limit, order, fallback, params);
		for (int wait = 0; locked.isEmpty() && wait < WAITS_FOR_A_HOLDER; wait++) {
			// Everything the rep may take is held, by asks that lock a window to choose from (a value-balancing
			// policy locks ten) and take one: wait for the first holder to finish, then look again.
			Optional<UUID> held = firstWaiting(kinds, skills, order, fallback, params);
			if (held.isEmpty()) {
				break; // nothing is waiting at all
			}
			jdbc.sql("select request_id from routing_queue where request_id = ? for update").param(held.get())
				.query(UUID.class).optional();
			locked = lockHead(kinds, skills, limit, order, fallback, params);
		}
		return locked;
	}

	/**
	 * How many times an ask that found everything held waits for a holder and looks again. Each wait ends when one
	 * concurrent ask commits (milliseconds), which frees the rest of its window; askers queued behind one another
	 * need a wait each.
	 */
	private static final int WAITS_FOR_A_HOLDER = 5;

	/** The head of the waiting list the rep may take, locked, skipping what others hold. */
	private List<QueuedRequest> lockHead(Set<RequestKind> kinds, Set<String> skills, int limit, QueueOrder order,
			boolean fallback, List<Object> params) {
		if (!database.locksOneTableOfAJoin()) {
			return headThenLock(kinds, skills, limit, order, fallback, params);
		}
		return jdbc.sql(headInOrder(kinds, skills, limit, order, fallback))
			.params(params)
			.query(RoutingQueue::request)
			.list();
	}

	/** The first waiting request the rep may take, unlocked (its queue row may be held). */
	private Optional<UUID> firstWaiting(Set<RequestKind> kinds, Set<String> skills, QueueOrder order,
			boolean fallback, List<Object> params) {
		return jdbc.sql(waitingHead(kinds, skills, order, fallback, 1)).params(params).query(UUID.class).optional();
	}

	/** The ids of the first {@code rows} waiting requests the rep may take, in the queue's order; nothing locked. */
	private static String waitingHead(Set<RequestKind> kinds, Set<String> skills, QueueOrder order, boolean fallback,
			int rows) {
		return "select w.request_id from routing_waiting w where " + waitingFilter(kinds, skills, fallback)
				+ " order by " + order.orderByWaiting() + " fetch first " + rows + " rows only";
	}

	/**
	 * PostgreSQL: the waiting list walked in its index's order, each entry joined to its queue row and locked there
	 * one by one, so the statement stops at the first {@code limit} free rows however many others hold.
	 */
	private static String headInOrder(Set<RequestKind> kinds, Set<String> skills, int limit, QueueOrder order,
			boolean fallback) {
		return "select q.request_id, q.team_id, q.kind, q.priority, q.amount, q.required_skill, q.received_at,"
				+ " q.assignee_id, q.closed_at"
				+ " from routing_waiting w join routing_queue q on q.request_id = w.request_id"
				+ " where " + waitingFilter(kinds, skills, fallback)
				+ " and q.assignee_id is null and q.closed_at is null"
				+ " order by " + order.orderByWaiting() + " fetch first " + limit + " rows only"
				+ " for update of q skip locked";
	}

	/**
	 * H2 (see {@link Database#locksOneTableOfAJoin}): the head of the waiting list read first, a few more entries than
	 * the limit since some may be held, then its queue rows locked one at a time, in order, until {@code limit} are.
	 * One statement locking the head with a limit answered nothing when its first rows were taken by asks committed
	 * meanwhile (H2 applied the limit before it found them taken): six reps asking at once while ten requests waited
	 * were told two or three times that nothing was waiting. Each single-row lock reads the row as it stands, so a
	 * request another ask took is passed over, and one it holds is skipped.
	 */
	private List<QueuedRequest> headThenLock(Set<RequestKind> kinds, Set<String> skills, int limit, QueueOrder order,
			boolean fallback, List<Object> params) {
		List<UUID> head = jdbc.sql(waitingHead(kinds, skills, order, fallback, HEAD_PER_ROW * limit))
			.params(params)
			.query(UUID.class)
			.list();
		List<QueuedRequest> locked = new java.util.ArrayList<>(limit);
		for (UUID id : head) {
			jdbc.sql(REQUEST_COLUMNS + " where request_id = ? and assignee_id is null and closed_at is null"
					+ " for update skip locked")
				.param(id)
				.query(RoutingQueue::request)
				.optional()
				.ifPresent(locked::add);
			if (locked.size() == limit) {
				break;
			}
		}
		return locked;
	}

	/**
	 * The team's waiting entries of these kinds and skills the rep is not excluded from; binds team, skills, the
	 * skill cutoff (with {@code fallback}: entries received by then match whatever skill they need), rep.
	 */
	private static String waitingFilter(Set<RequestKind> kinds, Set<String> skills, boolean fallback) {
		String kindList = kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
		String skillTest = skills.isEmpty() ? "w.required_skill is null"
				: "w.required_skill is null or w.required_skill in ("
						+ skills.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")";
		skillTest = "(" + skillTest + (fallback ? " or w.received_at <= ?" : "") + ")";
		return "w.team_id = ? and w.kind in (" + kindList + ") and " + skillTest
				+ " and not exists (select 1 from routing_exclusions x where x.request_id = w.request_id and x.rep_id = ?)";
	}

	/**
	 * Locks the rep's routing row (waiting for its holder), creating it the first time, and returns their team's
	 * mode as it stands under that lock.
	 */
	RoutingMode lockRep(RepId rep, TeamId team) {
		return lockRepReading(rep, team).mode();
	}

	/**
	 * {@link #lockRep}, also reading the team's policies: everything a PULL decides by besides the rep's profile,
	 * in the one statement that takes the lock.
	 */
	TeamSettings lockRepReading(RepId rep, TeamId team) {
		Optional<TeamSettings> settings = lockedSettings(rep);
		if (settings.isPresent()) {
			return settings.get();
		}
		ensureTeam(team);
		jdbc.sql("insert into routing_reps (rep_id, team_id) values (?, ?) on conflict do nothing")
			.params(rep.value(), team.value())
			.update();
		return lockedSettings(rep).orElseThrow();
	}

	private Optional<TeamSettings> lockedSettings(RepId rep) {
		return jdbc.sql("select (select t.mode from routing_teams t where t.team_id = r.team_id) mode,"
				+ " (select t.queue_order from routing_teams t where t.team_id = r.team_id) queue_order,"
				+ " (select t.skill_fallback_minutes from routing_teams t where t.team_id = r.team_id) skill_fallback"
				+ RoutingPolicies.REP_TEAM_COLUMNS + " from routing_reps r where r.rep_id = ? for update")
			.param(rep.value())
			.query((rs, row) -> new TeamSettings(
					rs.getString("mode") == null ? RoutingMode.PUSH : RoutingMode.valueOf(rs.getString("mode")),
					RoutingPolicies.read(rs), queueOrder(rs.getString("queue_order")),
					(Integer) rs.getObject("skill_fallback")))
			.optional();
	}

	Map<RepId, Instant> lastAssignments(TeamId team) {
		Map<RepId, Instant> last = new HashMap<>();
		jdbc.sql("select rep_id, last_assigned_at from routing_reps where team_id = ? and last_assigned_at is not null")
			.param(team.value())
			.query(rs -> {
				last.put(new RepId(rs.getLong("rep_id")), DbTime.instant(rs, "last_assigned_at"));
			});
		return last;
	}

	/** Active (assigned, not closed) requests per rep and kind. */
	Map<RepId, Map<RequestKind, Integer>> activeLoads(TeamId team) {
		Map<RepId, Map<RequestKind, Integer>> loads = new HashMap<>();
		jdbc.sql("""
				select assignee_id, kind, count(*) n from routing_queue
				where team_id = ? and closed_at is null and assignee_id is not null group by assignee_id, kind""")
			.param(team.value())
			.query(rs -> {
				loads.computeIfAbsent(new RepId(rs.getLong("assignee_id")), r -> new HashMap<>())
					.put(RequestKind.valueOf(rs.getString("kind")), rs.getInt("n"));
			});
		return loads;
	}

	Map<RequestKind, Integer> activeLoad(RepId rep) {
		Map<RequestKind, Integer> load = new HashMap<>();
		jdbc.sql("""
				select kind, count(*) n from routing_queue where assignee_id = ? and closed_at is null group by kind""")
			.param(rep.value())
			.query(rs -> {
				load.put(RequestKind.valueOf(rs.getString("kind")), rs.getInt("n"));
			});
		return load;
	}

	/** Value and number of the requests each rep got since {@code from}. */
	Map<RepId, Assigned> assignedSince(TeamId team, Instant from) {
		Map<RepId, Assigned> assigned = new HashMap<>();
		jdbc.sql("""
				select assignee_id, coalesce(sum(amount), 0) v, count(*) n from routing_queue
				where team_id = ? and assignee_id is not null and assigned_at >= ? group by assignee_id""")
			.params(team.value(), DbTime.of(from))
			.query(rs -> {
				assigned.put(new RepId(rs.getLong("assignee_id")), new Assigned(rs.getBigDecimal("v"), rs.getLong("n")));
			});
		return assigned;
	}

	/**
	 * The team's requests assigned in [{@code from}, {@code to}) (as they stand: their current assignment), oldest
	 * first.
	 */
	List<FairShares.Assignment> assignmentsBetween(TeamId team, Instant from, Instant to) {
		return jdbc.sql("""
				select assigned_at, amount from routing_queue
				where team_id = ? and assignee_id is not null and assigned_at >= ? and assigned_at < ?
				order by assigned_at""")
			.params(team.value(), DbTime.of(from), DbTime.of(to))
			.query((rs, row) -> new FairShares.Assignment(DbTime.instant(rs, "assigned_at"), rs.getBigDecimal("amount")))
			.list();
	}

	Assigned assignedTotal(TeamId team, Instant from) {
		return jdbc.sql("""
				select coalesce(sum(amount), 0) v, count(*) n from routing_queue
				where team_id = ? and assignee_id is not null and assigned_at >= ?""")
			.params(team.value(), DbTime.of(from))
			.query((rs, row) -> new Assigned(rs.getBigDecimal("v"), rs.getLong("n")))
			.single();
	}

	Assigned assignedSinceBy(RepId rep, Instant from) {
		return jdbc.sql("""
				select coalesce(sum(amount), 0) v, count(*) n from routing_queue where assignee_id = ? and assigned_at >= ?""")
			.params(rep.value(), DbTime.of(from))
			.query((rs, row) -> new Assigned(rs.getBigDecimal("v"), rs.getLong("n")))
			.single();
	}

	Set<RepId> excluded(RequestId request) {
		return Set.copyOf(jdbc.sql("select rep_id from routing_exclusions where request_id = ?")
			.param(request.value())
			.query((rs, row) -> new RepId(rs.getLong("rep_id")))
			.list());
	}

	void exclude(RequestId request, RepId rep) {
		jdbc.sql("insert into routing_exclusions (request_id, rep_id) values (?, ?) on conflict do nothing")
			.params(request.value(), rep.value())
			.update();
	}

	/**
	 * The request is the entry's rep's now: off the waiting list, the rep's round-robin position moved, the
	 * assignment logged. On PostgreSQL in one statement (one round trip instead of four on the hottest path).
	 */
	void assign(LogEntry entry) {
		if (database.combinesWrites()) {
			jdbc.sql("""
					with queued as (update routing_queue set assignee_id = :rep, assigned_at = :at where request_id = :request),
					     unlisted as (delete from routing_waiting where request_id = :request),
					     positioned as (update routing_reps set last_assigned_at = :at where rep_id = :rep)
					""" + INSERT_LOG)
				.params(logParameters(entry))
				.update();
			return;
		}
		jdbc.sql("update routing_queue set assignee_id = ?, assigned_at = ? where request_id = ?")
			.params(entry.rep().value(), DbTime.of(entry.at()), entry.request().value())
			.update();
		jdbc.sql("delete from routing_waiting where request_id = ?").param(entry.request().value()).update();
		jdbc.sql("update routing_reps set last_assigned_at = ? where rep_id = ?")
			.params(DbTime.of(entry.at()), entry.rep().value())
			.update();
		log(entry);
	}

	/**
	 * The request waits again. {@code dueAt} is what it risks now, read from its SLA state at this moment (docs/sla.md):
	 * one answered in time and handed back is judged by its resolution due time, no longer by its first response's.
	 */
	void release(RequestId request, @Nullable Instant dueAt) {
		jdbc.sql("update routing_queue set assignee_id = null, assigned_at = null, due_at = ? where request_id = ?")
			.params(DbTime.of(dueAt), request.value())
			.update();
		markWaiting(request);
	}

	void close(RequestId request, Instant at) {
		jdbc.sql("update routing_queue set closed_at = ? where request_id = ?").params(DbTime.of(at), request.value())
			.update();
		jdbc.sql("delete from routing_waiting where request_id = ?").param(request.value()).update();
	}

	/** The request is active again, with {@code rep}; it does not go back to the waiting list. */
	void reopen(RequestId request, RepId rep) {
		jdbc.sql("update routing_queue set closed_at = null, assignee_id = ? where request_id = ?")
			.params(rep.value(), request.value())
			.update();
	}

	void log(LogEntry entry) {
		jdbc.sql(INSERT_LOG).params(logParameters(entry)).update();
	}

	private static Map<String, @Nullable Object> logParameters(LogEntry entry) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("request", entry.request().value());
		parameters.put("rep", entry.rep().value());
		parameters.put("team", entry.team().value());
		parameters.put("policy", entry.policy());
		parameters.put("action", entry.action().name());
		parameters.put("actor", entry.actor());
		parameters.put("reason", entry.reason());
		parameters.put("overCap", entry.overCap());
		parameters.put("percentile", entry.valuePercentile());
		parameters.put("at", DbTime.of(entry.at()));
		return parameters;
	}

	List<TeamId> pushTeamsWithWaitingWork() {
		return jdbc.sql("""
				select t.team_id from routing_teams t where t.mode = 'PUSH'
				  and exists (select 1 from routing_waiting w where w.team_id = t.team_id)""")
			.query((rs, row) -> new TeamId(rs.getLong("team_id")))
			.list();
	}

	private static QueuedRequest request(ResultSet rs, int row) throws SQLException {
		return new QueuedRequest(new RequestId(rs.getObject("request_id", UUID.class)), new TeamId(rs.getLong("team_id")),
				RequestKind.valueOf(rs.getString("kind")), rs.getInt("priority"), rs.getBigDecimal("amount"),
				rs.getString("required_skill"), DbTime.instant(rs, "received_at"),
				rs.getObject("assignee_id") == null ? null : new RepId(rs.getLong("assignee_id")),
				DbTime.instant(rs, "closed_at"));
	}

	record Assigned(BigDecimal value, long count) {
	}

	/** A team's mode and its policy per kind. */
	record TeamSettings(RoutingMode mode, Map<RequestKind, RoutingPolicies.Policy> policies, QueueOrder order,
			@Nullable Integer skillFallbackMinutes) {
	}

	/** Minutes after which a request's skill no longer limits who gets it; null: never. */
	@Nullable Integer skillFallbackMinutes(TeamId team) {
		return jdbc.sql("select skill_fallback_minutes from routing_teams where team_id = ?")
			.param(team.value())
			.query((rs, row) -> (Integer) rs.getObject("skill_fallback_minutes"))
			.optional()
			.orElse(null);
	}

	void setSkillFallbackMinutes(TeamId team, @Nullable Integer minutes) {
		ensureTeam(team);
		jdbc.sql("update routing_teams set skill_fallback_minutes = ? where team_id = ?").params(minutes, team.value())
			.update();
	}

	/** The team's queue order; PRIORITY for a team without a routing row yet. */
	QueueOrder queueOrder(TeamId team) {
		return jdbc.sql("select queue_order from routing_teams where team_id = ?")
			.param(team.value())
			.query((rs, row) -> queueOrder(rs.getString("queue_order")))
			.optional()
			.orElse(QueueOrder.PRIORITY);
	}

	void setQueueOrder(TeamId team, QueueOrder order) {
		ensureTeam(team);
		jdbc.sql("update routing_teams set queue_order = ? where team_id = ?").params(order.name(), team.value())
			.update();
	}

	private static QueueOrder queueOrder(@Nullable String stored) {
		return stored == null ? QueueOrder.PRIORITY : QueueOrder.valueOf(stored);
	}

	/** One line of the routing log. */
	record LogEntry(RequestId request, RepId rep, TeamId team, String policy, RoutingAction action,
			@Nullable String actor, @Nullable String reason, boolean overCap, @Nullable BigDecimal valuePercentile,
			Instant at) {
	}
}
