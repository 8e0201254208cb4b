package org.fairdesk.routing;

import java.math.BigDecimal;
import java.time.Instant;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/** A request as routing sees it: what it needs, how urgent, its value, and who has it. */
record QueuedRequest(RequestId id, TeamId teamId, RequestKind kind, int priority, @Nullable BigDecimal amount,
		@Nullable String skill, Instant receivedAt, @Nullable RepId assignee, @Nullable Instant closedAt) {

	/** The same request as if it needed no skill: whom the skill fallback may give it to. */
	QueuedRequest withoutSkill() {
		return new QueuedRequest(id, teamId, kind, priority, amount, null, receivedAt, assignee, closedAt);
	}

	boolean isWaiting() {
		return assignee == null && closedAt == null;
	}

	BigDecimal value() {
		return amount == null ? BigDecimal.ZERO : amount;
	}
}
