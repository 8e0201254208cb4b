package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/** A waiting request as a SELF_ELECT team lists it for claiming. */
public record OpenRequest(RequestId id, RequestKind kind, int priority, @Nullable BigDecimal amount,
		@Nullable String skill, Instant receivedAt) {
}
