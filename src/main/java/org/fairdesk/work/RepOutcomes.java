package org.fairdesk.work;

import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;

/**
 * What one rep closed in a time window: the facts pay and metrics are computed from.
 *
 * @param revenue sum of the values of fulfilled orders
 * @param grossMargin sum of the margins of fulfilled orders
 */
public record RepOutcomes(RepId repId, long ordersFulfilled, long ordersCancelled, long quotesWon, long quotesLost,
		long queriesResolved, Money revenue, Money grossMargin) {
}
