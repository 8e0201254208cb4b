package org.fairdesk.work;

import java.time.Instant;
import java.util.Currency;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/** What a request is about, fixed on arrival; the lifecycle never changes it. */
record RequestContent(RequestId id, TeamId teamId, RequestKind kind, String customer, String subject,
		@Nullable String description, @Nullable Money amount, Currency currency, Instant receivedAt, int priority,
		@Nullable String skill, DueTimes due) {

	static RequestContent of(RequestView view) {
		return new RequestContent(view.id(), view.teamId(), view.kind(), view.customer(), view.subject(),
				view.description(), view.amount(), view.currency(), view.receivedAt(), view.priority(), view.skill(),
				view.due());
	}
}
