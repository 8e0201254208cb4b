package org.fairdesk.work;

import java.time.Instant;

import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * One move in a request's history, as its page and {@code GET /api/requests/{id}/history} show it (docs/lifecycle.md,
 * "History").
 *
 * @param rep the rep whose move it is: who made it; for an assignment, the rep who got the request; for a hand-back,
 *     the rep it left; null when nobody's (a quote expiring, a manager who is not a rep reopening)
 * @param reason why, when the move said: a close's or hand-back's reason, a manager's reason for an assignment, or
 *     routing's (a skill fallback)
 */
public record RequestMove(RequestState from, RequestState to, @Nullable RepId rep, Instant at,
		@Nullable String reason) {
}
