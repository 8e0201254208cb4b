package org.fairdesk.feedback;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A request's survey as stored, with the time it was answered (if it was).
 *
 * @param repId the rep who closed the request: the one the customer rates
 */
record Survey(RequestId requestId, TeamId teamId, RepId repId, Instant issuedAt, Instant expiresAt, String tokenHash,
		@Nullable Instant respondedAt) {

	SurveyStatus status(Instant now) {
		if (respondedAt != null) {
			return SurveyStatus.ANSWERED;
		}
		return now.isBefore(expiresAt) ? SurveyStatus.OPEN : SurveyStatus.EXPIRED;
	}
}
