package org.fairdesk.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.Rep;
import org.jspecify.annotations.Nullable;

/**
 * Chooses one rep among those eligible for a request. Eligibility (availability, and later capacity, skills,
 * hours) is decided before; a policy only chooses, from state it is handed, so it is a pure function.
 */
interface RoutingPolicy {

	String name();

	Optional<Rep> choose(List<Candidate> eligible);

	/** An eligible rep with the routing state a policy chooses by. */
	record Candidate(Rep rep, @Nullable Instant lastAssignedAt) {
	}
}
