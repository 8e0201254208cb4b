package org.fairdesk.work;

import java.time.Instant;
import java.util.Currency;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/** A request as readers see it: its state, who has it, its outcome and its times. */
public record RequestView(RequestId id, TeamId teamId, RequestKind kind, String customer, String subject,
		@Nullable String description, @Nullable Money amount, Currency currency, RequestState state, @Nullable RepId assigneeId,
		Instant receivedAt, @Nullable Instant assignedAt, @Nullable Instant startedAt, @Nullable Instant closedAt,
		@Nullable Money value, @Nullable Money margin, @Nullable String closeReason, int priority,
		@Nullable String skill) {

	public boolean isClosed() {
		return state.isClosed();
	}

	public boolean isAssignedTo(@Nullable RepId rep) {
		return rep != null && rep.equals(assigneeId);
	}
}
