package org.fairdesk.work;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** When a request's first response and its resolution are due by its team's SLA (null: no target). */
public record DueTimes(@Nullable Instant firstResponse, @Nullable Instant resolution) {

	static final DueTimes NONE = new DueTimes(null, null);

	/**
	 * The due time that matters now (docs/sla.md): the first response's until the first response is given (or when
	 * there is no first-response target, the resolution's), then the resolution's. What a waiting request risks,
	 * also after a rep answered it and handed it back.
	 *
	 * @param firstResponseAt when the first response was given; null while nobody has answered
	 */
	public @Nullable Instant next(@Nullable Instant firstResponseAt) {
		return firstResponseAt == null && firstResponse != null ? firstResponse : resolution;
	}
}
