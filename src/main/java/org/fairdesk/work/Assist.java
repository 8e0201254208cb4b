package org.fairdesk.work;

import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * A colleague's help on a request. {@code owner} is the rep the request is with; {@code helper} helped them.
 * Credited (in the metrics, and so in the incentive) only once CONFIRMED by the side that did not propose it.
 */
public record Assist(long id, RequestId requestId, RepId owner, RepId helper, RepId proposedBy, Status status,
		@Nullable String note, Instant proposedAt, @Nullable Instant decidedAt) {

	public enum Status {
		PROPOSED, CONFIRMED, DECLINED
	}

	/** The side that must answer a proposal: whoever did not make it. */
	public RepId answerer() {
		return proposedBy.equals(owner) ? helper : owner;
	}
}
