package org.fairdesk.routing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.Candidates.TeamState;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.shared.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The manager's side of routing: the team's mode and policies, the preview, and the fairness figures. */
@Service
public class RoutingAdministration {

	private final RoutingQueue queue;
	private final RoutingPolicies policies;
	private final Dispatcher dispatcher;
	private final List<Chooser> choosers;
	private final FairnessQueries fairness;
	private final Candidates candidates;
	private final PeopleManagement people;
	private final Clock clock;

	RoutingAdministration(RoutingQueue queue, RoutingPolicies policies, Dispatcher dispatcher, List<Chooser> choosers,
			FairnessQueries fairness, Candidates candidates, PeopleManagement people, Clock clock) {
		this.clock = clock;
		this.queue = queue;
		this.policies = policies;
		this.dispatcher = dispatcher;
		this.choosers = choosers;
		this.fairness = fairness;
		this.candidates = candidates;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public TeamRouting settings(TeamId team) {
		people.team(team);
		Map<RequestKind, ChooserType> effective = new EnumMap<>(RequestKind.class);
		policies.effective(team).forEach((kind, policy) -> effective.put(kind, policy.chooser()));
		return new TeamRouting(team, queue.mode(team), effective, queue.skipPolicy(team), queue.queueOrder(team),
				queue.skillFallbackMinutes(team));
	}

	/** Sets the order in which the team's waiting requests are served (docs/routing.md, "Queue order"). */
	@Transactional
	public TeamRouting setQueueOrder(TeamId team, QueueOrder order) {
		people.team(team);
		queue.setQueueOrder(team, order);
		return settings(team);
	}

	/** The longest a team's skill fallback may wait: a week. */
	public static final int MAX_SKILL_FALLBACK_MINUTES = 10_080;

	/**
	 * Sets the minutes after which a request needing a skill nobody available has may go to any eligible rep
	 * (null: never); a 400 naming {@code minutes} outside 1 to a week.
	 */
	@Transactional
	public TeamRouting setSkillFallback(TeamId team, @Nullable Integer minutes) {
		people.team(team);
		new FieldChecks().require(minutes == null || minutes >= 1 && minutes <= MAX_SKILL_FALLBACK_MINUTES, "minutes",
				"must be a whole number of minutes from 1 to " + MAX_SKILL_FALLBACK_MINUTES + " (a week), or none for "
						+ "never; got " + minutes)
			.throwIfAny();
		queue.setSkillFallbackMinutes(team, minutes);
		return settings(team);
	}

	/** Switches how work reaches the team's reps; a switch to PUSH hands out the waiting work at once. */
	@Transactional
	public TeamRouting setMode(TeamId team, RoutingMode mode, Instant at) {
		people.team(team);
		queue.setMode(team, mode);
		if (mode == RoutingMode.PUSH) {
			queue.lockTeam(team);
			dispatcher.handOut(people.team(team), at);
		}
		return settings(team);
	}

	/**
	 * Sets the chooser for one kind of request, or for all kinds without their own ({@code kind} null).
	 *
	 * @param seed for RANDOM: the same seed gives the same draws
	 */
	@Transactional
	public TeamRouting setPolicy(TeamId team, @Nullable RequestKind kind, ChooserType chooser, @Nullable Long seed,
			String actor, Instant at) {
		people.team(team);
		// a seed given to a chooser that draws nothing was dropped without a word: the manager believed it kept
		new FieldChecks().require(seed == null || chooser == ChooserType.RANDOM, "seed", "is for RANDOM only: "
				+ chooser + " draws nothing, so it takes no seed; leave it out").throwIfAny();
		queue.ensureTeam(team); // the policy row's parent (V19's foreign key)
		policies.set(team, kind == null ? RoutingPolicies.DEFAULT : kind.name(),
				new RoutingPolicies.Policy(chooser, seed), actor, at);
		if (chooser == ChooserType.RANDOM) {
			queue.restartRandomDraws(team);
		}
		return settings(team);
	}

	/**
	 * Who would get a new request of this kind now, and why; each rep's load, caps and eligibility for it. It asks
	 * what a PUSH of a request arriving now would do, with the same state, filters and chooser: a new request needs
	 * no skill and nobody has handed it back, and an ORDER or QUOTE has a value (of one unit, so VALUE_BALANCED
	 * balances value, as it does for them). The waiting requests are not what it describes: in a PUSH team they
	 * wait because nobody may take them, so asking about the oldest said "nobody is eligible" while a new request
	 * of the same kind was assigned at once.
	 */
	@Transactional(readOnly = true)
	public RoutingPreview preview(TeamId teamId, RequestKind kind, Instant at) {
		Team team = people.team(teamId);
		TeamState state = dispatcher.state(team, kind, at);
		QueuedRequest arriving = new QueuedRequest(org.fairdesk.intake.RequestId.random(), teamId, kind, 0,
				kind == RequestKind.QUERY ? null : BigDecimal.ONE, null, at, null, null);
		List<RoutingPreview.RepStatus> reps = new ArrayList<>();
		List<Candidate> eligible = new ArrayList<>();
		for (Candidate c : state.candidates()) {
			String refusal = Eligibility.refusal(c, arriving, at, team.zone(), Set.of());
			if (refusal == null) {
				eligible.add(c);
			}
			reps.add(new RoutingPreview.RepStatus(c.repId(), c.profile().rep().displayName(),
					c.profile().rep().availability(), c.activeLoad(), c.profile().wipCap(), c.capText(kind), refusal == null,
					refusal));
		}
		RoutingPolicies.Policy policy = policies.policyFor(teamId, kind);
		RoutingMode mode = queue.mode(teamId);
		Optional<Chooser.Choice> choice = chooser(policy.chooser()).chooseRep(arriving, eligible,
				dispatcher.context(policy, state));
		String why = why(mode, queue.queueOrder(teamId), policy.chooser(), choice, eligible.isEmpty());
		int waiting = queue.waiting(teamId, 1000).size();
		return new RoutingPreview(teamId, kind, mode, policy.chooser(), waiting, reps,
				mode == RoutingMode.PUSH ? choice.map(c -> c.candidate().repId()).orElse(null) : null, why);
	}

	/**
	 * Fairness over a month of the team's zone: the cherry-pick index in every mode, skips, and value shares against
	 * hours shares. The lab's live goals read the index from here, so it has one definition ({@link FairnessQueries}).
	 */
	@Transactional(readOnly = true)
	public FairnessReport fairness(TeamId teamId, YearMonth month) {
		Team team = people.team(teamId);
		Instant from = team.start(Period.month(month));
		Instant to = team.end(Period.month(month));
		Map<RepId, FairnessQueries.Choices> choices = fairness.choices(teamId, from, to);
		Map<RepId, FairnessQueries.Skipped> skipped = fairness.skipped(teamId, from, to);
		Map<RepId, FairnessQueries.Assigned> assigned = fairness.assigned(teamId, from, to);
		BigDecimal totalValue = assigned.values().stream().map(FairnessQueries.Assigned::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		var members = people.members(team.id());
		Map<RepId, BigDecimal> contracted = contractedHours(members, month, team.dayOf(clock.instant()));
		BigDecimal hours = contracted.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<RepId, BigDecimal> fairShares = fairShares(candidates.sharesOver(team, from, to, members));
		List<FairnessReport.RepFairness> reps = members.stream().map(rep -> {
			FairnessQueries.Choices c = choices.getOrDefault(rep.id(), FairnessQueries.Choices.NONE);
			FairnessQueries.Skipped s = skipped.getOrDefault(rep.id(), FairnessQueries.Skipped.NONE);
			FairnessQueries.Assigned a = assigned.getOrDefault(rep.id(), new FairnessQueries.Assigned(0, BigDecimal.ZERO));
			return new FairnessReport.RepFairness(rep.id(), rep.displayName(), c.claims(), c.index(), a.count(),
					Money.of(a.value(), team.currency()), ratio(a.value(), totalValue),
					ratio(contracted.get(rep.id()), hours), fairShares.getOrDefault(rep.id(), BigDecimal.ZERO),
					c.count(), s.count(), Money.of(s.value(), team.currency()), s.meanPercentile());
		}).toList();
		FairnessQueries.Choices teamChoices = fairness.teamChoices(teamId, from, to);
		long skips = skipped.values().stream().mapToLong(FairnessQueries.Skipped::count).sum();
		BigDecimal skippedValue = skipped.values().stream().map(FairnessQueries.Skipped::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new FairnessReport(teamId, from, to, teamChoices.claims(), teamChoices.index(),
				Money.of(totalValue, team.currency()), reps, teamChoices.count(), skips,
				Money.of(skippedValue, team.currency()));
	}

	/**
	 * Each rep's contracted hours over the month so far: hours a week times the month's days up to today they were on
	 * the team (people's rule, {@code Rep.daysOnTeamIn}), so a rep who joined mid-month, left, or has not started has
	 * the part of the team's hours they were there for; over a month in which everyone was there, simply their hours a
	 * week.
	 */
	private static Map<RepId, BigDecimal> contractedHours(List<Rep> members, YearMonth month, LocalDate today) {
		LocalDate last = today.isBefore(month.atEndOfMonth()) ? today : month.atEndOfMonth();
		Map<RepId, BigDecimal> hours = new HashMap<>();
		members.forEach(rep -> hours.put(rep.id(), rep.hoursPerWeek()
			.multiply(BigDecimal.valueOf(rep.daysOnTeamIn(month.atDay(1), last)))));
		return hours;
	}

	/** The team's skip rules: the reasons a skip may give and how many a rep may skip a day. */
	@Transactional(readOnly = true)
	public SkipPolicy skipPolicy(TeamId team) {
		people.team(team);
		return queue.skipPolicy(team);
	}

	/**
	 * Sets the team's skip rules (checked: 1 to 10 reasons, a limit from 0 to 50 a day); skips already made stay
	 * as they were.
	 */
	@Transactional
	public SkipPolicy setSkipPolicy(TeamId team, @Nullable List<@Nullable String> reasons, @Nullable Integer perDay) {
		people.team(team);
		SkipPolicy policy = SkipPolicy.checked(reasons, perDay);
		queue.setSkipPolicy(team, policy);
		return policy;
	}

	/** Order waits and each rep's assignments, over-cap assignments and skips in a month of the team's zone. */
	@Transactional(readOnly = true)
	public AssignmentFigures assignmentFigures(TeamId teamId, YearMonth month) {
		Team team = people.team(teamId);
		Instant from = team.start(Period.month(month));
		Instant to = team.end(Period.month(month));
		return new AssignmentFigures(teamId, from, to, fairness.orderWaits(teamId, from, to),
				fairness.repAssignments(teamId, from, to));
	}

	private Chooser chooser(ChooserType type) {
		return choosers.stream().filter(c -> c.type() == type).findFirst().orElseThrow();
	}

	private static String why(RoutingMode mode, QueueOrder order, ChooserType chooser, Optional<Chooser.Choice> choice,
			boolean nobodyEligible) {
		if (mode == RoutingMode.SELF_ELECT) {
			return "SELF_ELECT: reps claim from the list; nobody is assigned";
		}
		if (mode == RoutingMode.PULL) {
			return "PULL: the next rep to press “Next request” gets " + served(order)
					+ (chooser == ChooserType.VALUE_BALANCED ? ", picked to keep their value near their fair share" : "");
		}
		if (chooser == ChooserType.MANAGER) {
			return "MANAGER: requests wait until a manager assigns them";
		}
		if (nobodyEligible) {
			return "nobody is eligible: the request waits until someone is";
		}
		return choice.map(c -> c.candidate().profile().rep().displayName() + ": " + c.why()).orElse("nobody");
	}

	/** Which waiting request a PULL serves first, in the team's queue order (docs/routing.md, "Queue order"). */
	private static String served(QueueOrder order) {
		return switch (order) {
			case PRIORITY -> "the most urgent, oldest request they may take";
			case SLA -> "the request they may take whose SLA is most at risk (due first), then the most urgent, oldest";
		};
	}

	/** Each rep's fair share of the window's value (of its count when nothing had a value), 0 to 1. */
	private static Map<RepId, BigDecimal> fairShares(FairShares shares) {
		Map<RepId, BigDecimal> owed = shares.value().values().stream().anyMatch(v -> v.signum() > 0) ? shares.value()
				: shares.count();
		BigDecimal total = owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<RepId, BigDecimal> fair = new HashMap<>();
		owed.forEach((rep, share) -> fair.put(rep, ratio(share, total)));
		return fair;
	}

	private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? BigDecimal.ZERO
				: part.divide(whole, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_EVEN);
	}
}
