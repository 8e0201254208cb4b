package org.fairdesk.work;

import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * How fast a team promises to answer and to close requests of a kind whose priority is at least
 * {@code priorityFrom}, in business minutes (null: no promise for that clock).
 */
public record SlaTarget(RequestKind kind, int priorityFrom, @Nullable Integer firstResponseMinutes,
		@Nullable Integer resolutionMinutes) {
}
