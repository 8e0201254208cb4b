package org.fairdesk.people;

import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;

/** What a rep says about taking new work. Only AVAILABLE reps are routed new requests. */
public enum Availability {
	AVAILABLE,
	/** “I'm overloaded, give me nothing new”: current work stays with the rep. */
	OVERLOADED,
	AWAY;

	/** Reads an availability from outside input, case-insensitively, or names what is allowed. */
	public static Availability parse(@Nullable String value) {
		return Inputs.oneOf(Availability.class, value, "availability");
	}
}
