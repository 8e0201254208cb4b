package org.fairdesk.intake;

import java.time.Instant;
import java.util.Currency;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A valid request arrived for a team.
 *
 * @param amount the order's value or the quote's estimate; null for a query
 * @param currency the team's currency, in which every later figure of the request is kept
 * @param priority 0 (normal) to 9 (most urgent): routing hands out higher priorities first
 * @param skill a skill or language the request needs; only reps who have it may get it
 * @param customerEmail where the customer can be reached (their satisfaction survey goes there), if given
 */
public record RequestReceived(RequestId requestId, TeamId teamId, RequestKind kind, String customer,
		String subject, @Nullable String description, @Nullable Money amount, Currency currency,
		@Nullable String externalId, Instant receivedAt, int priority, @Nullable String skill,
		@Nullable String customerEmail) {

	/** A request of normal priority that needs no particular skill. */
	public RequestReceived(RequestId requestId, TeamId teamId, RequestKind kind, String customer, String subject,
			@Nullable String description, @Nullable Money amount, Currency currency, @Nullable String externalId,
			Instant receivedAt) {
		this(requestId, teamId, kind, customer, subject, description, amount, currency, externalId, receivedAt, 0, null, null);
	}
}
