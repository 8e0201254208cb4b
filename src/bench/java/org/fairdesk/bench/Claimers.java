package org.fairdesk.bench;

import java.time.Clock;
import java.util.List;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.springframework.context.ApplicationContext;

/**
 * The claim modes the harness can drive, chosen with {@code mode=}. Adding one is a new case here: do its set-up
 * (switching the team's mode, if that is a call) before returning the lambda. Whether the harness receives a request
 * before each claim (push) or pre-fills a backlog instead (pull) is decided in {@link RoutingLoad}.
 */
final class Claimers {

	static final List<String> MODES = List.of("push", "pull");

	private Claimers() {
	}

	/** @param reps the team's reps, in id order; the PULL claimer gives client i the rep {@code reps.get(i % size)} */
	static Claimer create(String mode, ApplicationContext context, List<RepId> reps) {
		RoutingManagement routing = context.getBean(RoutingManagement.class);
		Clock clock = context.getBean(Clock.class);
		return switch (mode) {
			// PUSH: the request just received is assigned by the team's policy (ROUND_ROBIN).
			case "push" -> (client, received) -> routing.assign(received, clock.instant()).isPresent();
			// PULL: client i is rep i asking for the next request of the pre-filled backlog (FOR UPDATE SKIP LOCKED on
			// the waiting head); nothing was received, so the lambda ignores its second argument (null).
			case "pull" -> {
				TeamId team = context.getBean(PeopleManagement.class).rep(reps.get(0)).teamId();
				context.getBean(RoutingAdministration.class).setMode(team, RoutingMode.PULL, clock.instant());
				yield (client, received) -> routing.next(reps.get(client % reps.size()), clock.instant()).isPresent();
			}
			default -> throw new IllegalArgumentException("mode must be one of " + MODES + ", got " + mode);
		};
	}
}
