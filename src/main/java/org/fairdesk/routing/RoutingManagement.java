package org.fairdesk.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.intake.RequestId;
import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The routing module's API: puts requests in the team's queue and assigns them by the team's policy. */
@Service
public class RoutingManagement {

	private final RoutingQueue queue;
	private final PeopleManagement people;
	private final RoutingPolicy policy;
	private final ApplicationEventPublisher events;

	RoutingManagement(RoutingQueue queue, PeopleManagement people, RoutingPolicy policy,
			ApplicationEventPublisher events) {
		this.queue = queue;
		this.people = people;
		this.policy = policy;
		this.events = events;
	}

	/** Queues a request in the transaction that received it, so it cannot be lost before routing sees it. */
	@Transactional
	public void enqueue(RequestReceived request) {
		queue.enqueue(request);
	}

	/**
	 * Assigns a queued request to an eligible rep, at most once: a request already assigned keeps its rep.
	 *
	 * @return the rep who has it, or empty when nobody is eligible and it waits
	 */
	@Transactional
	public Optional<RepId> assign(RequestId id, Instant at) {
		RoutingQueue.Entry entry = queue.find(id)
			.orElseThrow(() -> new NotFoundException("Request " + id + " is not in the routing queue"));
		queue.lockTeam(entry.teamId());
		RoutingQueue.Entry locked = queue.find(id).orElseThrow();
		if (locked.assignee() != null) {
			return Optional.of(locked.assignee());
		}
		return assignLocked(id, locked.teamId(), at);
	}

	/** Hands out the team's waiting requests, oldest first, while someone is eligible. */
	@Transactional
	public int assignWaiting(TeamId team, Instant at) {
		queue.lockTeam(team);
		int assigned = 0;
		for (RequestId waiting : queue.waiting(team)) {
			if (assignLocked(waiting, team, at).isEmpty()) {
				break;
			}
			assigned++;
		}
		return assigned;
	}

	private Optional<RepId> assignLocked(RequestId id, TeamId team, Instant at) {
		Map<RepId, Instant> lastAssignments = queue.lastAssignments(team);
		List<RoutingPolicy.Candidate> eligible = people.members(team)
			.stream()
			.filter(Rep::isAvailable)
			.map(rep -> new RoutingPolicy.Candidate(rep, lastAssignments.get(rep.id())))
			.toList();
		return policy.choose(eligible).map(rep -> {
			RequestAssigned assignment = new RequestAssigned(id, team, rep.id(), policy.name(), at);
			queue.recordAssignment(assignment);
			events.publishEvent(assignment);
			return rep.id();
		});
	}
}
