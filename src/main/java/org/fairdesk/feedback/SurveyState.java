package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A request's survey as managers and its rep see it: when its link was issued and runs out, and the answer if any.
 * It never shows the link: that exists only when it is issued.
 */
public record SurveyState(RequestId requestId, TeamId teamId, RepId repId, Instant issuedAt, Instant expiresAt,
		SurveyStatus status, @Nullable Instant respondedAt, @Nullable Integer rating, @Nullable String comment) {

	public boolean answered() {
		return status == SurveyStatus.ANSWERED;
	}
}
