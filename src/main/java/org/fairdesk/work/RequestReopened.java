package org.fairdesk.work;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;

/**
 * A closed request was opened again; it is active with the rep who closed it, who has it again.
 *
 * @param reopenedBy who reopened it (a login), and {@code reason} why: what routing's log says of the reopen
 */
public record RequestReopened(RequestId requestId, TeamId teamId, RepId closedBy, Instant reopenedAt,
		String reopenedBy, String reason) {
}
