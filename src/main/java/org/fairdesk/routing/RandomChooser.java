package org.fairdesk.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Any eligible rep with equal chance. The draw is a hash of the seed and the draw's number (how many requests the
 * team's RANDOM chooser placed before, counted in the team's routing row), and picks a place among the eligible reps
 * in the order of their ids. So it keeps no random generator in memory, gives the same rep on every node, and the
 * same seed with the same arrivals gives the same assignments: a request's own id, random at intake, plays no part.
 */
@Component
class RandomChooser implements Chooser {

	@Override
	public ChooserType type() {
		return ChooserType.RANDOM;
	}

	@Override
	public Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context) {
		if (eligible.isEmpty()) {
			return Optional.empty();
		}
		long seed = context.seed() == null ? 0x9E3779B97F4A7C15L : context.seed();
		List<Candidate> inOrder = eligible.stream().sorted(Comparator.comparing(c -> c.repId().value())).toList();
		Candidate drawn = inOrder.get(place(seed, context.draw(), inOrder.size()));
		return Optional.of(new Choice(drawn, "drawn at random among " + eligible.size() + " eligible reps"));
	}

	/** The drawn place among {@code size} reps: uniform, from the draw's number and the seed alone. */
	static int place(long seed, long draw, int size) {
		return (int) Long.remainderUnsigned(draw(seed, draw), size);
	}

	/** A well-mixed 64-bit value from the seed and the draw's number (the SplitMix64 finaliser). */
	static long draw(long seed, long number) {
		long z = seed + (number + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
