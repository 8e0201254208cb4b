package org.fairdesk.intake;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a request from its arrival on; every module uses the same id. */
public record RequestId(@JsonValue UUID value) {

	@JsonCreator
	public static RequestId of(UUID value) {
		return new RequestId(value);
	}

	public static RequestId random() {
		return new RequestId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
