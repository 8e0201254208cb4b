package org.fairdesk.routing;

/** Who among the eligible reps gets a request (PUSH), or which request a rep gets (PULL). */
public enum ChooserType {
	/** The rep whose last assignment is oldest; never-assigned reps first. */
	ROUND_ROBIN,
	/** The rep with the fewest active requests; ties to the one idle longest. */
	LEAST_LOADED,
	/** Any eligible rep with equal chance; seedable, so tests and simulations repeat. */
	RANDOM,
	/** Keeps each rep's assigned value this month near their share of the team's hours. */
	VALUE_BALANCED,
	/** A manager picks: requests wait until a manager assigns them. */
	MANAGER
}
