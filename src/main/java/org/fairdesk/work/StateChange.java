package org.fairdesk.work;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * One row of a request's history ({@code request_events}).
 *
 * @param actor the rep whose move it is: who made it, for an assignment the rep who got the request, for a
 *     hand-back the rep it left; null when nobody's (a quote expiring, a manager who is not a rep reopening)
 */
record StateChange(RequestId requestId, RequestState from, RequestState to, @Nullable RepId actor, Instant at,
		@Nullable String reason) {
}
