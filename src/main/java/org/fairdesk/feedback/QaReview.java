package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A manager's rubric score of a closed request.
 *
 * @param reviewer the manager's login
 * @param repId the rep who closed the request
 * @param reviewedAt when the review was given, or last replaced by the same reviewer
 */
public record QaReview(RequestId requestId, String reviewer, TeamId teamId, RepId repId, int score,
		@Nullable String note, Instant reviewedAt) {
}
