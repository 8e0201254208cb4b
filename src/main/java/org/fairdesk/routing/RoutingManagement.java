package org.fairdesk.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.Availability;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.DueTimes;
import org.fairdesk.work.ServiceLevels;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing module's API: how requests reach reps. PUSH assigns on arrival, PULL serves the rep who asks,
 * SELF_ELECT lets reps claim; a rep can hand work back; a manager can assign by hand. Every path locks rows in
 * the database (team, then request, then rep) so several app nodes assign each request exactly once and never
 * push a rep over a cap.
 */
@Service
public class RoutingManagement {

	private final RoutingQueue queue;
	private final Dispatcher dispatcher;
	private final Candidates candidates;
	private final PeopleManagement people;
	private final WorkManagement work;
	private final ApplicationEventPublisher events;
	private final Skips skips;
	private final ServiceLevels serviceLevels;

	RoutingManagement(RoutingQueue queue, Dispatcher dispatcher, Candidates candidates, PeopleManagement people,
			WorkManagement work, ApplicationEventPublisher events, Skips skips, ServiceLevels serviceLevels) {
		this.queue = queue;
		this.serviceLevels = serviceLevels;
		this.skips = skips;
		this.dispatcher = dispatcher;
		this.candidates = candidates;
		this.people = people;
		this.work = work;
		this.events = events;
	}

	/** Queues a request in the transaction that received it, so it cannot be lost before routing sees it. */
	@Transactional
	public void enqueue(RequestReceived request) {
		DueTimes due = serviceLevels.dueTimes(request.teamId(), request.kind(), request.priority(),
				request.receivedAt());
		// What a waiting request risks first: nobody has answered it yet, so its first response, if it has a target.
		queue.enqueue(request, due.next(null));
	}

	/**
	 * PUSH: assigns a queued request to the rep the team's policy chooses, at most once. In PULL and SELF_ELECT
	 * teams, and when nobody is eligible, the request waits.
	 *
	 * @return the rep who has it
	 */
	@Transactional
	public Optional<RepId> assign(RequestId id, Instant at) {
		QueuedRequest request = queue.find(id).orElseThrow(() -> notQueued(id));
		if (!request.isWaiting() || queue.mode(request.teamId()) != RoutingMode.PUSH) {
			return Optional.ofNullable(request.assignee()); // nothing to do: no lock taken
		}
		RoutingMode mode = queue.lockTeam(request.teamId());
		QueuedRequest locked = queue.lock(id).orElseThrow();
		if (!locked.isWaiting() || mode != RoutingMode.PUSH) {
			return Optional.ofNullable(locked.assignee());
		}
		return dispatcher.push(locked, people.team(locked.teamId()), at);
	}

	/** PUSH: hands out the team's waiting requests gradually, one per eligible rep per pass. */
	@Transactional
	public int assignWaiting(TeamId team, Instant at) {
		queue.ensureTeam(team);
		if (queue.mode(team) != RoutingMode.PUSH || queue.lockTeam(team) != RoutingMode.PUSH) {
			return 0;
		}
		return dispatcher.handOut(people.team(team), at);
	}

	/**
	 * PULL: gives the rep the next request the policy picks for them, or empty when there is none they may take.
	 *
	 * @throws ConflictException naming why the rep may not take new work (mode, availability, capacity, hours)
	 */
	@Transactional
	public Optional<RequestId> next(RepId rep, Instant at) {
		RoutingProfile profile = people.routingProfile(rep, Candidates.earliestToday(at));
		TeamOnDemand team = new TeamOnDemand(profile.rep().teamId(), people);
		RoutingQueue.TeamSettings settings = queue.lockRepReading(rep, team.id());
		if (settings.mode() != RoutingMode.PULL) {
			throw wrongMode(team.get(), settings.mode(), RoutingMode.PULL, "ask for the next request");
		}
		Candidate me = candidates.ofRep(profile);
		String refusal = Eligibility.refusalOfAnyWork(me, at, () -> team.get().zone());
		if (refusal != null) {
			throw new ConflictException(null, "You cannot take new work: " + Eligibility.toRep(refusal));
		}
		return dispatcher.next(team, me, settings.policies(), settings.order(), settings.skillFallbackMinutes(), at)
			.map(QueuedRequest::id);
	}

	/**
	 * SELF_ELECT: the waiting requests of the rep's team, oldest first, as the legacy list shows them. In PULL and
	 * PUSH a rep never sees what is waiting before taking it (amounts would let them skip towards the large orders):
	 * the list is the managers' ({@link #waiting}).
	 *
	 * @throws ForbiddenException when the rep's team routes by PULL or PUSH
	 */
	@Transactional(readOnly = true)
	public List<OpenRequest> openRequests(RepId rep) {
		TeamId team = people.rep(rep).teamId();
		Currency currency = people.team(team).currency();
		RoutingMode mode = queue.mode(team);
		if (mode != RoutingMode.SELF_ELECT) {
			throw new ForbiddenException("Your team routes by " + mode + ": the waiting requests are listed for "
					+ "managers only; " + (mode == RoutingMode.PULL ? "ask for the next request instead"
							: "work is assigned to you as it arrives"));
		}
		return queue.waiting(team, 200)
			.stream()
			.sorted(Comparator.comparing(QueuedRequest::receivedAt))
			.map(r -> OpenRequest.of(r, currency))
			.toList();
	}

	/** The team's waiting requests, most urgent then oldest first: what a manager may assign by hand. */
	@Transactional(readOnly = true)
	public List<OpenRequest> waiting(TeamId team) {
		Currency currency = people.team(team).currency();
		return queue.waiting(team, 200)
			.stream()
			.map(r -> OpenRequest.of(r, currency))
			.toList();
	}

	/** SELF_ELECT: the rep claims a waiting request; the claim's cherry-pick percentile is recorded. */
	@Transactional
	public void claim(RepId rep, RequestId id, Instant at) {
		QueuedRequest request = queue.find(id).orElseThrow(() -> notQueued(id));
		RoutingProfile profile = people.routingProfile(rep, Candidates.earliestToday(at));
		if (!profile.rep().teamId().equals(request.teamId())) {
			throw new NotFoundException("Request " + id + " is not in your team's queue");
		}
		Team team = people.team(request.teamId());
		requireMode(team, RoutingMode.SELF_ELECT, "claim requests");
		QueuedRequest locked = queue.lock(id).orElseThrow();
		requireWaiting(locked, rep);
		queue.lockRep(rep, team.id());
		Candidate me = candidates.ofRep(profile);
		String refusal = Eligibility.refusal(me, locked, at, team.zone(), queue.excluded(id));
		if (refusal != null) {
			throw new ConflictException(null, "You cannot claim request " + id + ": " + Eligibility.toRep(refusal));
		}
		dispatcher.claim(locked, rep, at);
	}

	/**
	 * The rep gives a request back with a reason; it never returns to them. One they have not started is a skip
	 * (whatever {@code skip} says): its reason must be on the team's list and the rep within their skips for the day
	 * ({@link Skips}); a started one is handed back with any reason, and cannot be skipped. In a PUSH team it goes
	 * straight to the next eligible rep.
	 */
	@Transactional
	public Optional<RepId> handBack(RepId rep, RequestId id, @Nullable String reason, boolean skip, Instant at) {
		new FieldChecks().requireText(reason, "reason", 500).throwIfAny();
		QueuedRequest request = queue.find(id).orElseThrow(() -> notQueued(id));
		RoutingMode mode = queue.lockTeam(request.teamId());
		QueuedRequest locked = queue.lock(id).orElseThrow();
		if (!rep.equals(locked.assignee()) || locked.closedAt() != null) {
			throw new ConflictException(null, "Request " + id + " is not open with you, so you cannot hand it back");
		}
		RequestView view = work.request(id);
		RequestState state = view.state();
		String recorded = skips.check(people.team(locked.teamId()), rep, locked, state, reason, skip, at);
		boolean skipped = state == RequestState.ASSIGNED;
		RoutingAction action = skipped ? RoutingAction.SKIP : RoutingAction.HAND_BACK;
		queue.exclude(id, rep);
		queue.release(id, view.nextDue());
		queue.log(new RoutingQueue.LogEntry(id, rep, locked.teamId(), action.name(), action, null, recorded, false,
				skips.percentile(locked), at));
		work.handBack(id, rep, at);
		events.publishEvent(new RequestHandedBack(id, locked.teamId(), rep, action, recorded, at));
		QueuedRequest waiting = queue.lock(id).orElseThrow();
		return mode == RoutingMode.PUSH ? dispatcher.push(waiting, people.team(waiting.teamId()), at) : Optional.empty();
	}

	/**
	 * A manager assigns a waiting request to a rep of its team. A rep who is not eligible (away, at capacity, …)
	 * gets it only with {@code override} and a reason, and the log marks it.
	 */
	@Transactional
	public void assignByManager(RequestId id, RepId rep, boolean override, @Nullable String reason, String manager,
			Instant at) {
		QueuedRequest request = queue.find(id).orElseThrow(() -> notQueued(id));
		Team team = people.team(request.teamId());
		queue.lockTeam(team.id());
		QueuedRequest locked = queue.lock(id).orElseThrow();
		requireWaiting(locked, null);
		Candidate candidate = dispatcher.state(team, locked.kind(), at).candidate(rep);
		queue.lockRep(rep, team.id());
		Candidate current = candidates.refresh(candidate);
		String refusal = Eligibility.refusal(current, locked, at, team.zone(), queue.excluded(id));
		// no override gives work to someone who has left or not yet started
		if (!candidate.profile().rep().isOnTeamOn(team.dayOf(at))) {
			throw new ConflictException("repId", candidate.profile().rep().displayName() + " " + refusal);
		}
		if (refusal != null && !override) {
			throw new ConflictException("override", candidate.profile().rep().displayName() + " " + refusal
					+ "; assign with override and a reason to do it anyway");
		}
		if (refusal != null) {
			new FieldChecks().requireText(reason, "reason", 500).throwIfAny();
		}
		// "Over a cap" is a capacity override only (the WIP cap or the kind's): the lab's OVER_CAP_SHARE counts these.
		// Overriding anything else (AWAY, a missing skill, …) is still recorded, by its refusal in the reason.
		boolean overCap = refusal != null && !current.hasRoomFor(locked.kind());
		dispatcher.manual(locked, rep, overCap, manager, refusal == null ? reason : refusal + ": " + reason, at);
	}

	/**
	 * A manager moves an open request from its rep to another rep of the team, always with a reason. The new rep
	 * must be eligible unless overridden (as for {@link #assignByManager}); the request starts over with them.
	 * Either both steps happen or neither.
	 */
	@Transactional
	public void reassignByManager(RequestId id, RepId to, boolean override, @Nullable String reason, String manager,
			Instant at) {
		new FieldChecks().requireText(reason, "reason", 500).throwIfAny();
		QueuedRequest request = queue.find(id).orElseThrow(() -> notQueued(id));
		queue.lockTeam(request.teamId());
		QueuedRequest locked = queue.lock(id).orElseThrow();
		RepId from = locked.assignee();
		if (locked.closedAt() != null || from == null) {
			throw new ConflictException(null, "Request " + id + (locked.closedAt() != null ? " is closed"
					: " is waiting for a rep: assign it instead of reassigning it"));
		}
		if (from.equals(to)) {
			throw new ConflictException("repId", "Request " + id + " is already with " + people.rep(to).displayName());
		}
		queue.release(id, work.request(id).nextDue());
		queue.log(new RoutingQueue.LogEntry(id, from, locked.teamId(), ChooserType.MANAGER.name(), RoutingAction.REASSIGN,
				manager, reason.strip(), false, null, at));
		work.handBack(id, from, at);
		assignByManager(id, to, override, reason, manager, at);
	}

	/**
	 * The rep who holds an open request passes it to a colleague on the team, with a reason: "she knows this
	 * customer". The colleague must be eligible for it now (available, room under their caps, skills, hours); there
	 * is no override for reps. Only a started request is transferred: one not started is skipped, within the skip
	 * rules, or a transfer would be a skip without them (docs/routing.md#skips). The log records TRANSFER_OUT for the
	 * giver, with the value percentile the cherry-pick index scores as it does a hand-back's, and TRANSFER_IN for the
	 * receiver, which is how helping by taking work over is credited.
	 */
	@Transactional
	public void transfer(RepId from, RequestId id, RepId to, @Nullable String reason, Instant at) {
		QueuedRequest request = queue.find(id).orElseThrow(() -> notQueued(id));
		Team team = people.team(request.teamId());
		queue.lockTeam(team.id());
		QueuedRequest locked = queue.lock(id).orElseThrow();
		// whose it is first: "is you" about someone else's request would send the rep looking in the wrong place
		if (!from.equals(locked.assignee()) || locked.closedAt() != null) {
			throw new ConflictException(null, "Request " + id + " is not open with you, so you cannot transfer it");
		}
		new FieldChecks().requireText(reason, "reason", 500)
			.require(!from.equals(to), "repId", "is you: transfer to a colleague")
			.throwIfAny();
		if (work.request(id).state() == RequestState.ASSIGNED) {
			throw new ConflictException(null, "Request " + id + " is not started: skip it with one of the team's"
					+ " reasons (it goes back to the queue), or start it and then transfer it");
		}
		Candidate colleague = dispatcher.state(team, locked.kind(), at).candidate(to);
		queue.release(id, work.request(id).nextDue());
		queue.lockRep(to, team.id());
		String refusal = Eligibility.refusal(candidates.refresh(colleague), locked, at, team.zone(),
				queue.excluded(id));
		if (refusal != null) {
			throw new ConflictException("repId", colleague.profile().rep().displayName() + " cannot take it: " + refusal);
		}
		queue.log(new RoutingQueue.LogEntry(id, from, team.id(), RoutingAction.TRANSFER_OUT.name(),
				RoutingAction.TRANSFER_OUT, null, reason.strip(), false, skips.percentile(locked), at));
		work.handBack(id, from, at);
		dispatcher.transferIn(queue.lock(id).orElseThrow(), to, reason.strip(), at);
	}

	/** The request closed: its rep's capacity is free again (called inside work's closing transaction). */
	@Transactional
	public void closed(RequestId id, @Nullable RepId rep, Instant at) {
		queue.find(id).ifPresent(request -> {
			queue.close(id, at);
			if (rep != null) {
				queue.log(new RoutingQueue.LogEntry(id, rep, request.teamId(), RoutingAction.CLOSE.name(),
						RoutingAction.CLOSE, null, null, false, null, at));
			}
		});
	}

	/**
	 * A closed request was reopened: it is active again with the rep who closed it and counts against their
	 * capacity (called inside work's reopening transaction). A reopen may take a rep over a cap: it is their work.
	 * The log says who reopened it and why, as it does for every move a person makes.
	 */
	@Transactional
	public void reopened(RequestId id, RepId rep, String reopenedBy, String reason, Instant at) {
		queue.find(id).ifPresent(request -> {
			queue.reopen(id, rep);
			queue.log(new RoutingQueue.LogEntry(id, rep, request.teamId(), RoutingAction.REOPEN.name(),
					RoutingAction.REOPEN, reopenedBy, reason, false, null, at));
		});
	}

	private void requireMode(Team team, RoutingMode mode, String action) {
		RoutingMode actual = queue.mode(team.id());
		if (actual != mode) {
			throw wrongMode(team, actual, mode, action);
		}
	}

	private static ConflictException wrongMode(Team team, RoutingMode actual, RoutingMode needed, String action) {
		return new ConflictException(null, "Team " + team.name() + " routes by " + actual + ", so reps cannot "
				+ action + " (that needs " + needed + ")");
	}

	/** @param asker the rep claiming it, told "yours" when it is; null for a manager */
	private void requireWaiting(QueuedRequest request, @Nullable RepId asker) {
		if (request.closedAt() != null) {
			throw new ConflictException(null, "Request " + request.id() + " is closed");
		}
		if (request.assignee() != null) {
			// by name, as the pages show reps: "rep 7" read to rep 7 themselves as someone else
			throw new ConflictException(null, "Request " + request.id() + (request.assignee().equals(asker)
					? " is already yours" : " is already assigned to " + people.rep(request.assignee()).displayName()));
		}
	}

	private static NotFoundException notQueued(RequestId id) {
		return new NotFoundException("Request " + id + " does not exist");
	}
}
