package org.fairdesk.metrics;

import java.util.List;
import java.util.UUID;

/**
 * The requests behind a rep's figures for a period (docs/metrics.md, "The requests behind a figure"): for each
 * figure that counts requests, their ids, each once and in id order, so that a rep can open every one of them.
 * A list's size is its figure's count, except {@code reopened}: a request reopened twice in the period is listed
 * once and counted twice in {@code reopens}.
 *
 * @param ordersFulfilled {@code byOutcome} ORDER FULFILLED (whose values make {@code revenue})
 * @param quotesWon {@code quotesWon}
 * @param quotesLost {@code byOutcome} QUOTE LOST
 * @param queriesResolved {@code queriesResolved}
 * @param queriesEscalated {@code queriesEscalated}
 * @param surveyed the requests whose survey, issued in the period, was answered: {@code csatResponses} (one answer per
 *     request)
 * @param slaMissed the requests that missed the resolution SLA: {@code slaCounted − slaMet}
 * @param reopened the requests reopened in the period, counted against the rep who had closed them
 * @param assistsGiven the requests on which the rep's assist was confirmed in the period: {@code assistsGiven}
 */
public record FigureRequests(List<UUID> ordersFulfilled, List<UUID> quotesWon, List<UUID> quotesLost,
		List<UUID> queriesResolved, List<UUID> queriesEscalated, List<UUID> surveyed, List<UUID> slaMissed,
		List<UUID> reopened, List<UUID> assistsGiven) {

	/** A rep with no request behind any figure. */
	public static final FigureRequests NONE = new FigureRequests(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of(), List.of(), List.of());

	public FigureRequests {
		ordersFulfilled = List.copyOf(ordersFulfilled);
		quotesWon = List.copyOf(quotesWon);
		quotesLost = List.copyOf(quotesLost);
		queriesResolved = List.copyOf(queriesResolved);
		queriesEscalated = List.copyOf(queriesEscalated);
		surveyed = List.copyOf(surveyed);
		slaMissed = List.copyOf(slaMissed);
		reopened = List.copyOf(reopened);
		assistsGiven = List.copyOf(assistsGiven);
	}
}
