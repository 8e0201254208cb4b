package org.fairdesk.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The rep with the fewest active requests; ties go to the one idle longest. */
@Component
class LeastLoaded implements Chooser {

	@Override
	public ChooserType type() {
		return ChooserType.LEAST_LOADED;
	}

	@Override
	public Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context) {
		return eligible.stream()
			.min(Comparator.comparingInt(Candidate::activeLoad).thenComparing(RoundRobin.LONGEST_IDLE))
			.map(c -> new Choice(c, "fewest active requests (" + c.activeLoad() + ")"));
	}
}
