package org.fairdesk.people;

import java.time.Instant;

/** A rep changed their availability; routing hands out waiting work when someone becomes AVAILABLE. */
public record AvailabilityChanged(RepId repId, TeamId teamId, Availability from, Availability to, Instant at) {
}
