package org.fairdesk.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fairdesk.people.Rep;
import org.springframework.stereotype.Component;

/**
 * Round-robin as “longest since the last assignment”: a rep who never had one goes first, ties go to the
 * lower rep id. Robust to reps joining and leaving, unlike a pointer into a list.
 */
@Component
class RoundRobin implements RoutingPolicy {

	static final String NAME = "ROUND_ROBIN";

	private static final Comparator<Candidate> LONGEST_IDLE = Comparator
		.comparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(candidate -> candidate.rep().id().value());

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Rep> choose(List<Candidate> eligible) {
		return eligible.stream().min(LONGEST_IDLE).map(Candidate::rep);
	}
}
