package org.fairdesk.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a team. */
public record TeamId(@JsonValue long value) {

	@JsonCreator
	public static TeamId of(long value) {
		return new TeamId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
