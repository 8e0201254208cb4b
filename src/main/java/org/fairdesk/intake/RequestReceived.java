package org.fairdesk.intake;

import java.time.Instant;
import java.util.Currency;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A valid request arrived for a team.
 *
 * @param amount the order's value or the quote's estimate; null for a query
 * @param currency the team's currency, in which every later figure of the request is kept
 */
public record RequestReceived(RequestId requestId, TeamId teamId, RequestKind kind, String customer,
		String subject, @Nullable String description, @Nullable Money amount, Currency currency,
		@Nullable String externalId, Instant receivedAt) {
}
