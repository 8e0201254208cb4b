package org.fairdesk.incentives;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The moment a pay event asked for "as of" a time is stamped at (the demo's history closes, approves, pays, publishes
 * and acknowledges on past days): never later than now, so nothing is stamped in the future, and never before the
 * event it follows (a month's previous move, the plan's previous publication, the version's own publication), so the
 * audit's order by time and its order of events agree.
 */
final class AsOf {

	private AsOf() {
	}

	static Instant stamp(Instant requested, @Nullable Instant notBefore, Instant now) {
		Instant at = notBefore != null && requested.isBefore(notBefore) ? notBefore : requested;
		return at.isAfter(now) ? now : at;
	}
}
