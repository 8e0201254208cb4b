package org.fairdesk.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairdesk.demo.DemoHistory.DemoRequest;
import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.routing.ChooserType;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.work.WorkManagement;
import org.springframework.stereotype.Component;

/**
 * Replays the demo's history through intake, routing and work, as the team lived it: until the current month
 * reps picked their own work (SELF_ELECT), and three of them took the largest open order every time; from the
 * first of this month the manager switched to PULL with VALUE_BALANCED. The routing page shows the difference.
 * {@link DemoWork} plays each request's own story once a rep has it.
 */
@Component
class DemoReplay {

	/** How many requests sit in the open list while reps pick their own: what a cherry-picker chooses from. */
	static final int OPEN_WHILE_SELF_ELECTING = 4;

	/** The reps (by username) who cherry-pick while they may choose. */
	static final Set<String> CHERRY_PICKERS = Set.of("rep1", "rep2", "rep4");

	private final IntakeManagement intake;
	private final RoutingManagement routing;
	private final RoutingAdministration administration;
	private final WorkManagement work;

	DemoReplay(IntakeManagement intake, RoutingManagement routing, RoutingAdministration administration,
			WorkManagement work) {
		this.intake = intake;
		this.routing = routing;
		this.administration = administration;
		this.work = work;
	}

	void replay(Team team, List<Rep> reps, List<DemoRequest> history, Instant switchedToPull, Instant now) {
		Map<RepId, Integer> asked = new HashMap<>();
		List<Pending> pool = new ArrayList<>();
		DemoWork lives = new DemoWork(work, team.zone(), now);
		boolean pulling = false;
		administration.setMode(team.id(), RoutingMode.SELF_ELECT, history.isEmpty() ? now : history.get(0).receivedAt());
		for (DemoRequest request : history) {
			if (!pulling && !request.receivedAt().isBefore(switchedToPull)) {
				// The last open requests are picked up before the switch, on the last evening of self-election.
				Instant lastEvening = switchedToPull.minusSeconds(600);
				lives.catchUp(lastEvening).forEach((id, story) -> pool.add(new Pending(id, story)));
				pool.forEach(pending -> claim(pending, nextAsker(reps, asked), lastEvening, lives));
				pool.clear();
				administration.setMode(team.id(), RoutingMode.PULL, switchedToPull);
				administration.setPolicy(team.id(), null, ChooserType.VALUE_BALANCED, null, "manager", switchedToPull);
				pulling = true;
			}
			// Orders from quotes won since the last arrival are waiting now: in the open list, or for PULL to serve.
			Map<RequestId, DemoRequest> wonOrders = lives.catchUp(request.receivedAt());
			if (!pulling) {
				wonOrders.forEach((id, story) -> pool.add(new Pending(id, story)));
			}
			RequestId id = intake.receive(new NewRequest(request.kind().name(), team.id().value(), request.customer(),
					request.subject(), null, request.amount(), request.amount() == null ? null : "EUR", null, null, null,
					DemoCast.emailOf(request.customer())), "demo",
					request.receivedAt()).requestId();
			Instant askedAt = request.receivedAt().plusSeconds(60);
			if (pulling) {
				Rep asker = nextAsker(reps, asked);
				Optional<RequestId> got = routing.next(asker.id(), askedAt);
				got.ifPresent(gotId -> lives.follow(gotId, storyOf(gotId, id, request, history, lives), asker, askedAt));
				continue;
			}
			pool.add(new Pending(id, request));
			while (pool.size() > OPEN_WHILE_SELF_ELECTING) {
				Rep asker = nextAsker(reps, asked);
				Pending chosen = choose(asker, pool);
				pool.remove(chosen);
				claim(chosen, asker, askedAt, lives);
			}
		}
		lives.catchUp(now);
	}

	private void claim(Pending pending, Rep rep, Instant at, DemoWork lives) {
		routing.claim(rep.id(), pending.id(), at);
		lives.follow(pending.id(), pending.request(), rep, at);
	}

	/** PULL hands out by policy, not necessarily the request that just arrived: follow the one the rep got. */
	private DemoRequest storyOf(RequestId got, RequestId arrived, DemoRequest request, List<DemoRequest> history,
			DemoWork lives) {
		if (got.equals(arrived)) {
			return request;
		}
		DemoRequest wonOrder = lives.orderFromQuote(got);
		if (wonOrder != null) {
			return wonOrder;
		}
		var view = work.request(got);
		return history.stream()
			.filter(r -> r.receivedAt().equals(view.receivedAt()) && r.customer().equals(view.customer()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo has no story for request " + got));
	}

	/** Cherry-pickers take the largest open amount; everyone else the oldest request. */
	private static Pending choose(Rep rep, List<Pending> pool) {
		if (CHERRY_PICKERS.contains(rep.username())) {
			return pool.stream()
				.max(Comparator.comparing((Pending p) -> p.request().amount() == null ? BigDecimal.ZERO : p.request().amount()))
				.orElseThrow();
		}
		return pool.get(0);
	}

	/** Reps ask for work in proportion to their hours: next is whoever asked least per hour worked. */
	private static Rep nextAsker(List<Rep> reps, Map<RepId, Integer> asked) {
		Rep next = reps.stream()
			.min(Comparator.comparingDouble((Rep r) -> (asked.getOrDefault(r.id(), 0) + 1) / r.hoursPerWeek().doubleValue())
				.thenComparing(r -> r.id().value()))
			.orElseThrow();
		asked.merge(next.id(), 1, Integer::sum);
		return next;
	}

	private record Pending(RequestId id, DemoRequest request) {
	}
}
