package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.work.RequestState;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules a give-back must pass (docs/routing.md#skips). A request the rep has not started is skipped: with one of
 * the team's listed reasons and within the rep's daily limit. A started one is handed back, with any reason. Each
 * refusal says why and stores nothing, so a rep cannot pass over small work until a large order comes.
 */
@Component
class Skips {

	/** How many waiting requests a given-back request's value is ranked among (as a claim's is). */
	private static final int RANKED_AMONG = 10_000;

	/** How many of the team's latest assignments it is ranked among too. */
	static final int LATELY_ASSIGNED = 500;

	private final RoutingQueue queue;

	Skips(RoutingQueue queue) {
		this.queue = queue;
	}

	/**
	 * Checks a give-back of a locked request the rep holds, in the state work has it in, and returns the reason to
	 * record: for a skip the listed spelling of the rep's reason.
	 *
	 * @throws InvalidInputException a skip whose reason is not on the team's list (field {@code reason})
	 * @throws ConflictException a skip of a started request, a hand-back of one not started, or a skip over the
	 *     rep's limit for the day
	 */
	String check(Team team, RepId rep, QueuedRequest request, RequestState state, String reason, boolean skip,
			Instant at) {
		boolean started = state != RequestState.ASSIGNED;
		if (skip && started) {
			throw new ConflictException(null, "Request " + request.id() + " is already " + state
					+ ": a started request cannot be skipped; hand it back with a reason instead");
		}
		if (started) {
			return reason.strip();
		}
		SkipPolicy policy = queue.skipPolicy(team.id());
		String listed = policy.listed(reason);
		if (listed == null) {
			throw InvalidInputException.of("reason", (skip ? "" : "request " + request.id()
					+ " is not started, so giving it back is a skip: ") + "a skip's reason must be one of the team's: "
					+ String.join(", ", policy.reasons()) + "; got \"" + reason.strip() + "\"");
		}
		queue.lockRep(rep, team.id()); // two skips at once from two devices count one after the other
		long today = queue.skipsSince(rep, team.dayOf(at).atStartOfDay(team.zone()).toInstant());
		if (today >= policy.perDay()) {
			throw new ConflictException(null, policy.perDay() == 0 ? "Team " + team.name() + " allows no skips"
					: "You have skipped " + today + " requests today, the team's limit of " + policy.perDay()
							+ " a day; take this one, or start it and hand it back with a reason");
		}
		return listed;
	}

	/**
	 * Where a given-back request's value ranks among the work the rep could get instead: the requests waiting now
	 * and the {@value #LATELY_ASSIGNED} the team was assigned last. The percentile the cherry-pick index scores (for
	 * a skip, a hand-back and a transfer alike). The waiting list alone is empty most of the time in PUSH, where
	 * every give-back then scored 0.5, skipping the month's smallest order as much as its largest.
	 */
	@Nullable BigDecimal percentile(QueuedRequest givenBack) {
		List<QueuedRequest> alternatives = new ArrayList<>(queue.waiting(givenBack.teamId(), RANKED_AMONG));
		alternatives.addAll(queue.lastAssigned(givenBack.teamId(), LATELY_ASSIGNED));
		return Dispatcher.percentile(givenBack, alternatives);
	}
}
