package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;

/**
 * A customer rated how their request was handled.
 *
 * @param repId the rep who closed the request
 * @param rating 1 (very dissatisfied) to 5 (very satisfied)
 */
public record FeedbackReceived(RequestId requestId, TeamId teamId, RepId repId, int rating, Instant respondedAt) {
}
