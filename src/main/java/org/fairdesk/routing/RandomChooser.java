package org.fairdesk.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Any eligible rep with equal chance. The draw is a hash of the seed, the request and the rep, so it keeps no
 * random generator in memory: the same seed and request give the same rep on every node and in every test.
 */
@Component
class RandomChooser implements Chooser {

	@Override
	public ChooserType type() {
		return ChooserType.RANDOM;
	}

	@Override
	public Optional<Choice> chooseRep(QueuedRequest request, List<Candidate> eligible, Context context) {
		long seed = context.seed() == null ? 0x9E3779B97F4A7C15L : context.seed();
		return eligible.stream()
			.min(Comparator.comparingLong((Candidate c) -> draw(seed, request.id().value(), c.repId().value()))
				.thenComparing(c -> c.repId().value()))
			.map(c -> new Choice(c, "drawn at random among " + eligible.size() + " eligible reps"));
	}

	/** A well-mixed 64-bit value from seed, request and rep (the SplitMix64 finaliser). */
	static long draw(long seed, UUID request, long rep) {
		long z = seed ^ request.getMostSignificantBits() * 31 ^ request.getLeastSignificantBits()
				^ rep * 0x632BE59BD9B4E019L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
