package org.fairdesk.incentives;

import org.fairdesk.metrics.FigureRequests;
import org.fairdesk.metrics.Figures;
import org.fairdesk.shared.RequestKind;

/**
 * Names the metrics module's figures as the facts document does. Nothing is computed here: every number is one the
 * dashboard shows (docs/metrics.md), so a statement and the dashboard cannot disagree.
 */
final class FactsFromMetrics {

	private FactsFromMetrics() {
	}

	static PeriodFacts.Figures of(Figures figures) {
		Figures.Outcomes o = figures.outcomes();
		Figures.Speed speed = figures.speed();
		Figures.Satisfaction satisfaction = figures.satisfaction();
		return new PeriodFacts.Figures(
				new PeriodFacts.Orders(o.count(RequestKind.ORDER, "FULFILLED"), o.revenue(), o.grossMargin()),
				new PeriodFacts.Quotes(o.quotesSent(), o.quotesWon(), o.count(RequestKind.QUOTE, "LOST"),
						o.quotesDecided(), o.quoteConversion(), o.wonQuoteValue(), o.wonQuoteMargin()),
				new PeriodFacts.Queries(o.queriesResolved(), o.queriesEscalated()),
				new PeriodFacts.Csat(satisfaction.csatResponses(), satisfaction.csatAverage()),
				new PeriodFacts.Sla(speed.slaCounted(), speed.slaMet(), speed.slaMetShare()),
				new PeriodFacts.Handling(speed.handlingMedianSeconds()),
				new PeriodFacts.Reopens(satisfaction.reopens(), o.closed(), satisfaction.reopenRate()),
				new PeriodFacts.Assists(figures.collaboration().assistsGiven(),
						figures.collaboration().assistsReceived()));
	}

	static PeriodFacts.Requests of(FigureRequests r) {
		return new PeriodFacts.Requests(r.ordersFulfilled(), r.quotesWon(), r.quotesLost(), r.queriesResolved(),
				r.queriesEscalated(), r.surveyed(), r.slaMissed(), r.reopened(), r.assistsGiven());
	}
}
