package org.fairdesk.routing;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;

/** A rep gave a request back (or skipped it) with a reason; it goes to another rep, never back to them. */
public record RequestHandedBack(RequestId requestId, TeamId teamId, RepId repId, RoutingAction action,
		String reason, Instant at) {
}
