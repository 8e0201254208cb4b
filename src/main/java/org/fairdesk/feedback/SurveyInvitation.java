package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.TeamId;

/**
 * What the public survey page shows a customer whose link works: which request it asks about, and until when (in the
 * zone of the team that asks, as its mail says it).
 */
public record SurveyInvitation(RequestId requestId, TeamId teamId, String subject, Instant expiresAt) {
}
