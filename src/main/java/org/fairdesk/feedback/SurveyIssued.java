package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.TeamId;

/**
 * A survey link was issued (on close, or anew by a manager), for integrations that deliver it another way.
 * <p>
 * It carries the live link, the only place besides the customer's mail where it exists: no module of Fairdesk
 * listens to it asynchronously, so it is never written to the event publication table, and it must stay that way.
 */
public record SurveyIssued(RequestId requestId, TeamId teamId, String link, Instant expiresAt) {
}
