package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.routing.Candidates.TeamState;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The work of assigning, inside the caller's transaction and locks: who is eligible, whom the policy chooses,
 * and recording it in routing, on the request (work) and in the log, together or not at all.
 */
@Component
class Dispatcher {

	/** How many waiting requests a PULL looks at to find the one the policy prefers. */
	static final int PULL_WINDOW = 10;

	private final RoutingQueue queue;
	private final RoutingPolicies policies;
	private final Candidates candidates;
	private final Map<ChooserType, Chooser> choosers;
	private final WorkManagement work;
	private final ApplicationEventPublisher events;
	private final SkillFallback skillFallback;

	Dispatcher(RoutingQueue queue, RoutingPolicies policies, Candidates candidates, List<Chooser> choosers,
			WorkManagement work, ApplicationEventPublisher events, SkillFallback skillFallback) {
		this.queue = queue;
		this.skillFallback = skillFallback;
		this.policies = policies;
		this.candidates = candidates;
		this.choosers = choosers.stream().collect(Collectors.toMap(Chooser::type, Function.identity()));
		this.work = work;
		this.events = events;
	}

	/** PUSH one locked, waiting request (team lock held): the policy's choice among the eligible, if any. */
	Optional<RepId> push(QueuedRequest request, Team team, Instant at) {
		return push(request, state(team, request.kind(), at), at, Set.of());
	}

	/**
	 * PUSH the team's backlog gradually (team lock held): one request per eligible rep per pass, most urgent then
	 * oldest first, so the first rep back does not get the whole backlog.
	 */
	int handOut(Team team, Instant at) {
		Set<RepId> servedThisPass = new java.util.HashSet<>();
		// The team's state is read once per kind and again only after an assignment changed it, so a backlog
		// nobody can take costs a few queries, not a dozen per waiting request.
		Map<RequestKind, TeamState> states = new java.util.EnumMap<>(RequestKind.class);
		int assigned = 0;
		for (QueuedRequest waiting : queue.waiting(team.id(), queue.queueOrder(team.id()), 500)) {
			Optional<QueuedRequest> locked = queue.lock(waiting.id()).filter(QueuedRequest::isWaiting);
			if (locked.isEmpty()) {
				continue;
			}
			TeamState state = states.computeIfAbsent(waiting.kind(), kind -> state(team, kind, at));
			Optional<RepId> rep = push(locked.get(), state, at, servedThisPass);
			if (rep.isPresent()) {
				servedThisPass.add(rep.get());
				states.clear();
				assigned++;
			}
		}
		return assigned;
	}

	private Optional<RepId> push(QueuedRequest request, TeamState state, Instant at, Set<RepId> skip) {
		RoutingPolicies.Policy policy = policies.policyFor(request.teamId(), request.kind());
		Set<RepId> excluded = queue.excluded(request.id());
		List<Candidate> eligible = new ArrayList<>(state.candidates()
			.stream()
			.filter(c -> !skip.contains(c.repId()))
			.filter(c -> Eligibility.refusal(c, request, at, state.team().zone(), excluded) == null)
			.toList());
		String fallback = null;
		if (eligible.isEmpty() && skillFallback.applies(request, state, at, excluded)) {
			QueuedRequest anySkill = request.withoutSkill();
			eligible.addAll(state.candidates()
				.stream()
				.filter(c -> !skip.contains(c.repId()))
				.filter(c -> Eligibility.refusal(c, anySkill, at, state.team().zone(), excluded) == null)
				.toList());
			fallback = SkillFallback.reason(request, skillFallback.minutes(request.teamId()));
		}
		Chooser.Context context = context(policy, state);
		while (!eligible.isEmpty()) {
			Optional<Chooser.Choice> choice = choosers.get(policy.chooser()).chooseRep(request, eligible, context);
			if (choice.isEmpty()) {
				return Optional.empty();
			}
			Candidate chosen = choice.get().candidate();
			queue.lockRep(chosen.repId(), request.teamId());
			// A PULL on another node may have filled the rep up since we read: check again under the rep's lock.
			if (candidates.refresh(chosen).hasRoomFor(request.kind())) {
				record(request, chosen.repId(), RoutingAction.ASSIGN, policy.chooser().name(), null, fallback, false, null,
						at);
				if (policy.chooser() == ChooserType.RANDOM) {
					queue.countRandomDraw(request.teamId());
				}
				return Optional.of(chosen.repId());
			}
			eligible.remove(chosen);
		}
		return Optional.empty();
	}

	/** PULL for a rep whose row is locked: the request the policy prefers among those they may take. */
	Optional<QueuedRequest> next(TeamOnDemand team, Candidate rep, Map<RequestKind, RoutingPolicies.Policy> policy,
			QueueOrder order, @Nullable Integer skillFallbackMinutes, Instant at) {
		Set<RequestKind> kinds = EnumSet.noneOf(RequestKind.class);
		for (RequestKind kind : RequestKind.values()) {
			if (rep.hasRoomFor(kind)) {
				kinds.add(kind);
			}
		}
		int window = kinds.stream().mapToInt(kind -> choosers.get(policy.get(kind).chooser()).window()).max().orElse(1);
		Instant skillCutoff = skillFallbackMinutes == null ? null : at.minus(Duration.ofMinutes(skillFallbackMinutes));
		List<QueuedRequest> waiting = queue.lockWaitingFor(team.id(), rep.repId(), kinds, rep.profile().skills(),
				window, order, skillCutoff);
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		Chooser chooser = choosers.get(policy.get(waiting.get(0).kind()).chooser());
		Long seed = policy.get(waiting.get(0).kind()).seed();
		// Only a share-keeping policy needs the team's totals and the rep's month; the others read nothing more.
		boolean sharing = chooser.type() == ChooserType.VALUE_BALANCED;
		Chooser.Context context = sharing ? candidates.context(team.get(), at, seed)
				: new Chooser.Context(BigDecimal.ZERO, BigDecimal.ZERO, 0, seed);
		Candidate me = sharing ? candidates.withMonth(rep, team.get(), at) : rep;
		String policyName = chooser.type().name();
		Optional<QueuedRequest> chosen = chooser.chooseRequest(me, waiting, context);
		chosen.ifPresent(request -> record(request, rep.repId(), RoutingAction.NEXT, policyName, null,
				rep.profile().hasSkill(request.skill()) ? null : SkillFallback.reason(request, skillFallbackMinutes),
				false, null, at));
		return chosen;
	}

	/**
	 * SELF_ELECT: the rep claims a locked request; records where its value ranks among the requests open at
	 * that moment (the cherry-pick index: 0.5 on average means no cherry-picking).
	 */
	void claim(QueuedRequest request, RepId rep, Instant at) {
		record(request, rep, RoutingAction.CLAIM, RoutingMode.SELF_ELECT.name(), null, null, false,
				percentile(request, queue.waiting(request.teamId(), 10_000)), at);
	}

	void transferIn(QueuedRequest request, RepId rep, String reason, Instant at) {
		record(request, rep, RoutingAction.TRANSFER_IN, RoutingAction.TRANSFER_IN.name(), null, reason, false, null, at);
	}

	void manual(QueuedRequest request, RepId rep, boolean overCap, String actor, @Nullable String reason, Instant at) {
		record(request, rep, RoutingAction.MANUAL, ChooserType.MANAGER.name(), actor, reason, overCap, null, at);
	}

	/**
	 * The team's state as the policy sees it; for RANDOM with the number of the next draw, read under the team's lock
	 * every time (an assignment earlier in a hand-out pass moved it on).
	 */
	Chooser.Context context(RoutingPolicies.Policy policy, TeamState state) {
		return policy.chooser() == ChooserType.RANDOM ? state.context().withDraw(queue.randomDraws(state.team().id()))
				: state.context();
	}

	TeamState state(Team team, RequestKind kind, Instant at) {
		RoutingPolicies.Policy policy = policies.policyFor(team.id(), kind);
		return candidates.of(team, at, new Chooser.Context(BigDecimal.ZERO, BigDecimal.ZERO, 0, policy.seed()),
				policy.chooser() == ChooserType.VALUE_BALANCED);
	}

	private void record(QueuedRequest request, RepId rep, RoutingAction action, String policy, @Nullable String actor,
			@Nullable String reason, boolean overCap, @Nullable BigDecimal percentile, Instant at) {
		if (!request.isWaiting()) {
			throw new ConflictException(null, "Request " + request.id() + " is no longer waiting");
		}
		queue.assign(new RoutingQueue.LogEntry(request.id(), rep, request.teamId(), policy, action, actor, reason, overCap,
				percentile, at));
		work.assign(request.id(), rep, at, reason);
		events.publishEvent(new RequestAssigned(request.id(), request.teamId(), rep, policy, at));
	}

	/**
	 * Where the claimed request's value ranks among the other open requests with a value: the share of them
	 * worth less, counting ties as half. Null when the claimed request has no value.
	 */
	static @Nullable BigDecimal percentile(QueuedRequest claimed, List<QueuedRequest> open) {
		if (claimed.amount() == null) {
			return null;
		}
		List<BigDecimal> others = open.stream()
			.filter(r -> !r.id().equals(claimed.id()) && r.amount() != null)
			.map(QueuedRequest::amount)
			.toList();
		if (others.isEmpty()) {
			return new BigDecimal("0.5");
		}
		long below = others.stream().filter(v -> v.compareTo(claimed.amount()) < 0).count();
		long equal = others.stream().filter(v -> v.compareTo(claimed.amount()) == 0).count();
		return BigDecimal.valueOf(2 * below + equal)
			.divide(BigDecimal.valueOf(2L * others.size()), 5, java.math.RoundingMode.HALF_EVEN);
	}
}
