package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.Team;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads a team's reps with their routing state, in the deciding transaction, as choosers need it. */
@Component
class Candidates {

	private final PeopleManagement people;
	private final RoutingQueue queue;

	Candidates(PeopleManagement people, RoutingQueue queue) {
		this.people = people;
		this.queue = queue;
	}

	/** @param sharing whether the policy keeps fair shares: only then are reps weighed by their time available */
	TeamState of(Team team, Instant now, Chooser.Context policyContext, boolean sharing) {
		LocalDate today = team.dayOf(now);
		Instant monthStart = team.startOfMonth(now);
		List<RoutingProfile> profiles = people.routingProfiles(team.id(), today);
		Map<RepId, Map<RequestKind, Integer>> loads = queue.activeLoads(team.id());
		Map<RepId, Instant> last = queue.lastAssignments(team.id());
		Map<RepId, RoutingQueue.Assigned> assigned = queue.assignedSince(team.id(), monthStart);
		List<Candidate> candidates = profiles.stream().map(profile -> {
			RepId id = profile.rep().id();
			Map<RequestKind, Integer> load = loads.getOrDefault(id, Map.of());
			RoutingQueue.Assigned mine = assigned.getOrDefault(id, new RoutingQueue.Assigned(BigDecimal.ZERO, 0));
			return new Candidate(profile, load.values().stream().mapToInt(Integer::intValue).sum(), load, last.get(id),
					mine.value(), mine.count());
		}).toList();
		List<Rep> reps = profiles.stream().map(RoutingProfile::rep).toList();
		BigDecimal hours = teamHours(reps.stream(), today);
		BigDecimal value = assigned.values().stream().map(RoutingQueue.Assigned::value).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		long count = assigned.values().stream().mapToLong(RoutingQueue.Assigned::count).sum();
		return new TeamState(team, candidates, new Chooser.Context(hours, value, count, policyContext.seed(), 0,
				sharing ? shares(team, monthStart, now, reps) : null));
	}

	/** The team's totals a fair share is measured against, in two queries (no per-rep state). */
	Chooser.Context context(Team team, Instant now, @Nullable Long seed) {
		Instant monthStart = team.startOfMonth(now);
		LocalDate today = team.dayOf(now);
		List<Rep> reps = people.members(team.id());
		BigDecimal hours = teamHours(reps.stream(), today);
		RoutingQueue.Assigned assigned = queue.assignedTotal(team.id(), monthStart);
		return new Chooser.Context(hours, assigned.value(), assigned.count(), seed, 0,
				shares(team, monthStart, now, reps));
	}

	/**
	 * The contracted hours a fair share is measured against: the reps on the team today (those who have left or not
	 * yet started are still listed, and eligibility says why they get nothing, but they have no share).
	 */
	private static BigDecimal teamHours(Stream<Rep> reps, LocalDate today) {
		return reps.filter(rep -> rep.isOnTeamOn(today)).map(Rep::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The fair shares of this month's assignments on time actually available (the balancing window is the month to
	 * date in the team's zone, as for the value it balances); the window runs a moment past now, because a hand-out
	 * pass makes all its assignments at one instant.
	 */
	private FairShares shares(Team team, Instant monthStart, Instant now, List<Rep> reps) {
		return shares(team, monthStart, now.plusMillis(1), now, reps, team.dayOf(now));
	}

	/**
	 * The fair shares of the assignments made in [{@code from}, {@code to}) on time actually available, as the
	 * fairness report reads them for a month: the same rule value balance routes by.
	 */
	FairShares sharesOver(Team team, Instant from, Instant to, List<Rep> members) {
		return shares(team, from, to, to, members, team.dayOf(from));
	}

	/** @param onTeam the day whose leavers no longer have a share */
	private FairShares shares(Team team, Instant from, Instant to, Instant now, List<Rep> reps, LocalDate onTeam) {
		Map<RepId, BigDecimal> hours = new java.util.HashMap<>();
		reps.stream().filter(rep -> !rep.hasLeftBy(onTeam)).forEach(rep -> hours.put(rep.id(), rep.hoursPerWeek()));
		return FairShares.of(queue.assignmentsBetween(team.id(), from, to),
				people.availableSpans(team.id(), from, to), hours, now);
	}

	/**
	 * One rep's own load only (for PULL and claims: no team-wide reads), read after their row is locked. A rep
	 * without caps has room whatever they hold, so their load is not counted (it shows as zero).
	 */
	Candidate ofRep(RoutingProfile profile) {
		Map<RequestKind, Integer> load = profile.isUncapped() ? Map.of() : queue.activeLoad(profile.rep().id());
		return new Candidate(profile, load.values().stream().mapToInt(Integer::intValue).sum(), load, null,
				BigDecimal.ZERO, 0);
	}

	/** The rep with what they got this month (in the team's zone): only a share-keeping policy needs it. */
	Candidate withMonth(Candidate rep, Team team, Instant now) {
		Instant monthStart = team.startOfMonth(now);
		RoutingQueue.Assigned mine = queue.assignedSinceBy(rep.repId(), monthStart);
		return new Candidate(rep.profile(), rep.activeLoad(), rep.loadByKind(), rep.lastAssignedAt(), mine.value(),
				mine.count());
	}

	/**
	 * A day no team's "today" is before, whatever its zone: time off ending earlier is over everywhere. Reading a
	 * rep's profile needs no team (and its zone) first.
	 */
	static LocalDate earliestToday(Instant now) {
		return now.atOffset(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1);
	}

	/** One rep's state, re-read after their row is locked, so a cap is checked against what is committed. */
	Candidate refresh(Candidate candidate) {
		Map<RequestKind, Integer> load = queue.activeLoad(candidate.repId());
		return new Candidate(candidate.profile(), load.values().stream().mapToInt(Integer::intValue).sum(), load,
				candidate.lastAssignedAt(), candidate.assignedValue(), candidate.assignedCount());
	}

	record TeamState(Team team, List<Candidate> candidates, Chooser.Context context) {

		Candidate candidate(RepId rep) {
			return candidates.stream()
				.filter(c -> c.repId().equals(rep))
				.findFirst()
				.orElseThrow(() -> new org.fairdesk.shared.NotFoundException(
						"Rep " + rep + " is not on team " + team.name()));
		}
	}
}
