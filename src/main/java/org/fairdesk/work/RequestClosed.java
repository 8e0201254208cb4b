package org.fairdesk.work;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/** A request reached its outcome; value and margin are present for a fulfilled order or a won quote. */
public record RequestClosed(RequestId requestId, TeamId teamId, RepId closedBy, RequestKind kind,
		RequestState outcome, @Nullable Money value, @Nullable Money margin, Instant closedAt) {
}
