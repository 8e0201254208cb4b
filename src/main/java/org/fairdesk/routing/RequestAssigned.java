package org.fairdesk.routing;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;

/** A request was given to a rep, by the named policy. */
public record RequestAssigned(RequestId requestId, TeamId teamId, RepId repId, String policy, Instant assignedAt) {
}
