package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;

/** What the public survey page shows a customer whose link works: which request it asks about, and until when. */
public record SurveyInvitation(RequestId requestId, String subject, Instant expiresAt) {
}
