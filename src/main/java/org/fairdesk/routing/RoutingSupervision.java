package org.fairdesk.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
import org.fairdesk.people.AvailabilityChange;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TimeInStatus;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's side of routing: the routing log, read with filters a page at a time, and the live view of the
 * queue and the reps (docs/routing.md, "The live view" and "The routing log").
 */
@Service
public class RoutingSupervision {

	/** A waiting request due within this is at risk. */
	public static final Duration AT_RISK = Duration.ofHours(1);

	/** The live view lists this many waiting requests, most at risk first; the counts per kind cover them all. */
	public static final int WAITING_SHOWN = 200;

	private final RoutingLog log;
	private final LiveQueries live;
	private final PeopleManagement people;
	private final WorkManagement work;
	private final Clock clock;

	RoutingSupervision(RoutingLog log, LiveQueries live, PeopleManagement people, WorkManagement work, Clock clock) {
		this.log = log;
		this.live = live;
		this.people = people;
		this.work = work;
		this.clock = clock;
	}

	/** One page of the team's routing log, newest first, filtered by rep, action and days in the team's zone. */
	@Transactional(readOnly = true)
	public RoutingLog.LogPage log(TeamId teamId, RoutingLog.LogFilter filter) {
		return log.read(teamId, people.team(teamId).zone(), filter);
	}

	@Transactional(readOnly = true)
	public RoutingLive live(TeamId teamId) {
		Team team = people.team(teamId);
		Instant now = clock.instant();
		LocalDate today = now.atZone(team.zone()).toLocalDate();
		Instant midnight = today.atStartOfDay(team.zone()).toInstant();
		List<RoutingLive.Waiting> waiting = waiting(teamId, now);
		return new RoutingLive(now, kinds(waiting), waiting.stream().limit(WAITING_SHOWN).toList(),
				Math.min(waiting.size(), WAITING_SHOWN), reps(teamId, today, midnight, now),
				live.skipsAndHandBacks(teamId, now.minus(Duration.ofHours(1))));
	}

	private List<RoutingLive.Waiting> waiting(TeamId team, Instant now) {
		List<RequestView> views = work.requests(live.waiting(team).stream().map(RequestId::new).toList());
		return views.stream()
			.map(v -> waiting(v, now))
			.sorted(Comparator.comparing(RoutingLive.Waiting::risk)
				.thenComparing(w -> w.due() == null ? Instant.MAX : w.due())
				.thenComparing(RoutingLive.Waiting::priority, Comparator.reverseOrder())
				.thenComparing(RoutingLive.Waiting::receivedAt))
			.toList();
	}

	private static RoutingLive.Waiting waiting(RequestView v, Instant now) {
		@Nullable Instant due = v.nextDue(); // the first response's until it is given, then the resolution's
		return new RoutingLive.Waiting(v.id().value(), v.kind(), v.customer(), v.subject(),
				v.amount() == null ? null : v.amount().amount(), v.priority(), v.skill(), v.receivedAt(),
				Duration.between(v.receivedAt(), now).toSeconds(), due, risk(due, now));
	}

	static RoutingLive.Risk risk(@Nullable Instant due, Instant now) {
		if (due == null) {
			return RoutingLive.Risk.NONE;
		}
		if (!due.isAfter(now)) {
			return RoutingLive.Risk.BREACHED;
		}
		return due.isAfter(now.plus(AT_RISK)) ? RoutingLive.Risk.ON_TIME : RoutingLive.Risk.AT_RISK;
	}

	private static List<RoutingLive.KindQueue> kinds(List<RoutingLive.Waiting> waiting) {
		return waiting.stream()
			.collect(Collectors.groupingBy(RoutingLive.Waiting::kind, () -> new EnumMap<>(org.fairdesk.shared.RequestKind.class),
					Collectors.toList()))
			.entrySet()
			.stream()
			.map(e -> new RoutingLive.KindQueue(e.getKey(), e.getValue().size(),
					e.getValue().stream().mapToLong(RoutingLive.Waiting::ageSeconds).max().orElse(0),
					(int) e.getValue().stream().filter(w -> w.risk() == RoutingLive.Risk.BREACHED).count(),
					(int) e.getValue().stream().filter(w -> w.risk() == RoutingLive.Risk.AT_RISK).count()))
			.toList();
	}

	private List<RoutingLive.RepNow> reps(TeamId team, LocalDate today, Instant midnight, Instant now) {
		Map<RepId, List<AvailabilityChange>> changes = people.availabilityChanges(team, midnight).stream()
			.collect(Collectors.groupingBy(AvailabilityChange::repId));
		Map<RepId, Instant> added = people.addedAfter(team, midnight);
		Map<RepId, List<RequestView>> held = work.heldOpenInTeam(team).stream()
			.filter(v -> v.assigneeId() != null)
			.collect(Collectors.groupingBy(RequestView::assigneeId));
		List<RoutingLive.RepNow> reps = new ArrayList<>();
		for (RoutingProfile profile : people.routingProfiles(team, today)) {
			RepId id = profile.rep().id();
			List<RequestView> inHand = held.getOrDefault(id, List.of());
			Map<Availability, Long> seconds = new EnumMap<>(Availability.class);
			// a rep added today spent no time in any status before they were added
			TimeInStatus.of(profile.rep().availability(), changes.getOrDefault(id, List.of()),
					added.getOrDefault(id, midnight), now)
				.forEach((status, spent) -> seconds.put(status, spent.toSeconds()));
			reps.add(new RoutingLive.RepNow(id, profile.rep().displayName(), profile.rep().availability(),
					inHand.size(), profile.wipCap(), kindLoads(profile, inHand), seconds, inHand.stream()
						.map(v -> new RoutingLive.InHand(v.id().value(), v.kind(), v.subject(), v.state().name()))
						.toList()));
		}
		return reps;
	}

	/** Each kind the rep has a cap of their own for, in the kinds' order: how many of it they hold. */
	private static List<RoutingLive.KindLoad> kindLoads(RoutingProfile profile, List<RequestView> inHand) {
		return java.util.Arrays.stream(org.fairdesk.shared.RequestKind.values())
			.filter(kind -> profile.kindCaps().containsKey(kind))
			.map(kind -> new RoutingLive.KindLoad(kind, (int) inHand.stream().filter(v -> v.kind() == kind).count(),
					profile.kindCaps().get(kind)))
			.toList();
	}
}
