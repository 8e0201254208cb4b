package org.fairdesk.routing;

/** How work reaches a team's reps. */
public enum RoutingMode {
	/** Assigned on arrival, or as soon as someone becomes eligible: highest priority, then oldest, first. */
	PUSH,
	/** A rep asks for the next request and the policy decides which; nobody browses a list. */
	PULL,
	/** Reps browse the open requests and claim one (the legacy way, kept to migrate and to measure it). */
	SELF_ELECT
}
