package org.fairdesk.work;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** When a request's first response and its resolution are due by its team's SLA (null: no target). */
public record DueTimes(@Nullable Instant firstResponse, @Nullable Instant resolution) {

	static final DueTimes NONE = new DueTimes(null, null);
}
