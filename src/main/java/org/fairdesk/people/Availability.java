package org.fairdesk.people;

import java.util.Arrays;

import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What a rep says about taking new work. Only AVAILABLE reps are routed new requests. */
public enum Availability {
	AVAILABLE,
	/** “I'm overloaded, give me nothing new”: current work stays with the rep. */
	OVERLOADED,
	AWAY;

	/** Reads an availability from outside input, case-insensitively, or names what is allowed. */
	public static Availability parse(@Nullable String value) {
		for (Availability availability : values()) {
			if (value != null && availability.name().equalsIgnoreCase(value.strip())) {
				return availability;
			}
		}
		throw InvalidInputException.of("availability",
				"must be one of " + Arrays.toString(values()) + (value == null ? "" : ", got " + value));
	}
}
