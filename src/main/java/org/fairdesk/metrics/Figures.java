package org.fairdesk.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * One rep's or the whole team's figures for a period; docs/metrics.md defines each exactly. Shares and rates are
 * fractions (0.25 is 25 %), null when there is nothing to divide by; times are seconds.
 */
public record Figures(Outcomes outcomes, Speed speed, Satisfaction satisfaction, Collaboration collaboration,
		long currentWip) {

	/**
	 * Requests closed in the period, what they brought in, how quotes converted; of the quotes decided, how many had
	 * been sent, and what the won ones are worth (not revenue: their orders' fulfilment is).
	 */
	public record Outcomes(long closed, List<OutcomeCount> byOutcome, Money revenue, Money grossMargin, long quotesWon,
			long quotesDecided, @Nullable BigDecimal quoteConversion, long queriesResolved, long queriesEscalated,
			long quotesSent, Money wonQuoteValue, Money wonQuoteMargin) {

		/** How many requests of a kind closed in a state (ORDER, FULFILLED), zero when none did. */
		public long count(RequestKind kind, String outcome) {
			return byOutcome.stream()
				.filter(o -> o.kind().equals(kind.name()) && o.outcome().equals(outcome))
				.mapToLong(OutcomeCount::count)
				.sum();
		}
	}

	public record OutcomeCount(String kind, String outcome, long count) {
	}

	/** How fast the requests closed in the period were handled, and how many met their SLA's two targets. */
	public record Speed(@Nullable Long handlingMedianSeconds, @Nullable Long handlingP90Seconds,
			@Nullable Long firstResponseMedianSeconds, long slaCounted, long slaMet, @Nullable BigDecimal slaMetShare,
			long firstResponseSlaCounted, long firstResponseSlaMet, @Nullable BigDecimal firstResponseSlaMetShare) {
	}

	/** What customers said (surveys) and how often closed work came back (reopens). */
	public record Satisfaction(long surveysIssued, long surveysAnswered, @Nullable BigDecimal responseRate,
			long csatResponses, @Nullable BigDecimal csatAverage, long reopens, @Nullable BigDecimal reopenRate) {
	}

	/** Help given and taken: confirmed assists and transfers. */
	public record Collaboration(long assistsGiven, long assistsReceived, long transfersGiven, long transfersReceived) {
	}
}
