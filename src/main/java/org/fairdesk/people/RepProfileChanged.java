package org.fairdesk.people;

import java.time.Instant;

/** A rep's caps, skills, schedule or time off changed: routing may now hand them waiting work, or not. */
public record RepProfileChanged(RepId repId, TeamId teamId, Instant at) {
}
