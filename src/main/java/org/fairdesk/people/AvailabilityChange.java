package org.fairdesk.people;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One change of a rep's availability: from what, to what, when, by which login, and why (required of a manager). */
public record AvailabilityChange(RepId repId, Availability from, Availability to, Instant at, String changedBy,
		@Nullable String reason) {
}
