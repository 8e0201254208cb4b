package org.fairdesk.lab.simulation;

/**
 * A month's per-request random numbers, counter-based: the numbers of request {@code index} are a hash of the
 * month's seed, the index and a slot (SplittableRandom's mix of a Weyl sequence, so of the same quality), each
 * 64-bit hash split into two 32-bit uniforms. A number is computed when it is needed and is the same whoever asks
 * and however often, so every choice a rep weighs still meets the same luck (common random numbers) without drawing
 * and storing numbers no choice will read.
 */
final class Dice {

	/** The purposes, two to a slot: the high half of a slot's hash, then the low half. */
	static final int KIND = 0;
	static final int VALUE = 1;
	static final int HANDLING = 2;
	static final int ROUTE = 3;
	static final int OUTCOME = 4;
	static final int SURVEY = 5;
	static final int REOPEN = 6;
	static final int CSAT_NOISE = 7;
	static final int SKIP = 8;
	static final int ASSIST = 9;
	static final int HELPER = 10;
	static final int HIT = 11;
	static final int SHIFT = 12;
	private static final int SLOTS = 7;

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private static final double TWO_TO_MINUS_32 = 0x1.0p-32;

	private Dice() {
	}

	/** The 64 random bits of a slot: the purposes 2 x slot and 2 x slot + 1. */
	static long slot(long seed, int index, int slot) {
		return mix(seed + ((long) index * SLOTS + slot) * GOLDEN_GAMMA);
	}

	/** The first purpose's uniform number in (0, 1) of a slot's bits: never 0 or 1, so its quantile is finite. */
	static double high(long bits) {
		return ((bits >>> 32) + 0.5) * TWO_TO_MINUS_32;
	}

	/** The second purpose's. */
	static double low(long bits) {
		return ((bits & 0xFFFFFFFFL) + 0.5) * TWO_TO_MINUS_32;
	}

	/** A uniform number in (0, 1), of 32 bits: plenty for a probability or a quantile down to 1 in 8 billion. */
	static double uniform(long seed, int index, int purpose) {
		long bits = slot(seed, index, purpose >>> 1);
		return (purpose & 1) == 0 ? high(bits) : low(bits);
	}

	/** A standard normal number: the normal quantile of a uniform one. */
	static double normal(long seed, int index, int purpose) {
		return Normal.quantile(uniform(seed, index, purpose));
	}

	/** SplittableRandom's mix64 (Stafford's variant 13). */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
