package org.fairdesk.routing;

import java.time.Instant;
import java.util.Currency;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * A waiting request as a SELF_ELECT team lists it for claiming, and a manager's waiting list shows it: its amount is
 * Money in the team's currency, as everywhere in the API (the queue keeps the number alone).
 */
public record OpenRequest(RequestId id, RequestKind kind, int priority, @Nullable Money amount,
		@Nullable String skill, Instant receivedAt) {

	static OpenRequest of(QueuedRequest request, Currency currency) {
		return new OpenRequest(request.id(), request.kind(), request.priority(),
				request.amount() == null ? null : Money.of(request.amount(), currency), request.skill(),
				request.receivedAt());
	}
}
