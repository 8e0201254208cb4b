package org.fairdesk.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Round-robin as “longest since the last assignment”: a rep who never had one goes first, ties go to the
 * lower rep id. Robust to reps joining and leaving, unlike a pointer into a list.
 */
@Component
class RoundRobin implements Chooser {

	static final Comparator<Candidate> LONGEST_IDLE = Comparator
		.comparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(candidate -> candidate.repId().value());

	@Override
	public ChooserType type() {
		return ChooserType.ROUND_ROBIN;
	}

	@Override
	public Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context) {
		return eligible.stream()
			.min(LONGEST_IDLE)
			// no time in the reason: it is shown and logged as written, and the log and the live view date the last
			// assignment in the team's zone already
			.map(c -> new Choice(c, c.lastAssignedAt() == null ? "has not been assigned anything yet"
					: "longest since the last assignment"));
	}
}
