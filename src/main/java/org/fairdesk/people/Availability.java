package org.fairdesk.people;

/** What a rep says about taking new work. Only AVAILABLE reps are routed new requests. */
public enum Availability {
	AVAILABLE,
	/** “I'm overloaded, give me nothing new”: current work stays with the rep. */
	OVERLOADED,
	AWAY
}
