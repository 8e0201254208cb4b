package org.fairdesk.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a rep. */
public record RepId(@JsonValue long value) {

	@JsonCreator
	public static RepId of(long value) {
		return new RepId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
