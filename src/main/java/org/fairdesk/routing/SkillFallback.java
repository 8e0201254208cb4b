package org.fairdesk.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A request needing a skill nobody available has (docs/routing.md, "Skill fallback"): once it has waited the team's
 * {@code skillFallbackMinutes}, PUSH may give it to any rep eligible but for the skill, and the routing log's entry
 * says why. PULL offers it to any asking rep after the same wait (reps with the skill ask for work themselves).
 */
@Component
class SkillFallback {

	private final RoutingQueue queue;

	SkillFallback(RoutingQueue queue) {
		this.queue = queue;
	}

	@Nullable Integer minutes(TeamId team) {
		return queue.skillFallbackMinutes(team);
	}

	/**
	 * Whether PUSH may pass over the request's skill now: the team has a wait, the request needs a skill and has
	 * waited that long, and no rep could take it now with the skill. "Could take it" is {@link Eligibility}'s rule
	 * (available, at work, room under their caps, not one who handed it back), so a rep who gave it back or stays at
	 * their cap does not keep it waiting for ever.
	 */
	boolean applies(QueuedRequest request, Candidates.TeamState state, Instant at, Set<RepId> excluded) {
		if (request.skill() == null) {
			return false;
		}
		Integer minutes = minutes(request.teamId());
		if (minutes == null || request.receivedAt().plus(Duration.ofMinutes(minutes)).isAfter(at)) {
			return false;
		}
		return state.candidates().stream()
			.noneMatch(c -> Eligibility.refusal(c, request, at, state.team().zone(), excluded) == null);
	}

	/** What the routing log says of an assignment past the skill. */
	static String reason(QueuedRequest request, @Nullable Integer minutes) {
		return "skill fallback: nobody available with the skill " + request.skill() + " took it within " + minutes
				+ " minutes";
	}
}
