package org.fairdesk.work;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;

/**
 * A reopen as {@code request_reopens} keeps it: counted against the rep who closed the request.
 *
 * @param outcome the closed state the request left
 */
record Reopening(RequestId requestId, TeamId teamId, RepId closedBy, RequestState outcome, Instant closedAt,
		Instant reopenedAt, String reopenedBy, String reason) {

	RequestReopened event() {
		return new RequestReopened(requestId, teamId, closedBy, reopenedAt, reopenedBy, reason);
	}
}
