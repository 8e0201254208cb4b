package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Everything the calculator may know about a team's month. It cannot tell whether these facts are real (read from
 * the metrics module), written by hand or simulated, and it needs nothing else. This record is also the facts
 * document of docs/plans.md ("The facts document"): {@code GET /api/incentives/facts} writes it as JSON and
 * {@code POST /api/incentives/evaluate} reads it back ({@link FactsDocuments}).
 *
 * @param team the team's figures: sums over every rep who closed work for the team, and medians over the team's
 *     requests (not averaged from the reps')
 * @param reps the team's members during the period, each with what they did in it
 */
public record PeriodFacts(YearMonth period, TeamId teamId, String teamName, Currency currency, Figures team,
		List<RepFacts> reps) {

	/**
	 * One rep's month.
	 *
	 * @param leavingDate the rep's last day on the team (included), null while they stay
	 * @param daysOnTeam calendar days of the period the rep was on the team (see {@link TeamPresence})
	 * @param tenureMonths whole months from the start date to the period's last day
	 */
	public record RepFacts(RepId repId, String name, BigDecimal hoursPerWeek, LocalDate startDate,
			@Nullable LocalDate leavingDate, int daysOnTeam,
			int tenureMonths, Figures figures, Requests requests) {

		public RepFacts(RepId repId, String name, BigDecimal hoursPerWeek, LocalDate startDate,
				@Nullable LocalDate leavingDate, int daysOnTeam, int tenureMonths, Figures figures) {
			this(repId, name, hoursPerWeek, startDate, leavingDate, daysOnTeam, tenureMonths, figures, Requests.NONE);
		}

		/** Orders fulfilled: what today's calculator reads. */
		public long ordersFulfilled() {
			return figures.orders().fulfilled();
		}

		public Money revenue() {
			return figures.orders().revenue();
		}

		public Money grossMargin() {
			return figures.orders().margin();
		}
	}

	/**
	 * A rep's or the team's figures for the period, each exactly as docs/metrics.md defines it (the name there is
	 * given with each group).
	 */
	public record Figures(Orders orders, Quotes quotes, Queries queries, Csat csat, Sla sla, Handling handling,
			Reopens reopens, Assists assists) {

		/** Every amount, by its path below the figures: checked for the document's currency. */
		Map<String, Money> amounts() {
			Map<String, Money> amounts = new LinkedHashMap<>();
			amounts.put("orders.revenue", orders.revenue());
			amounts.put("orders.margin", orders.margin());
			amounts.put("quotes.wonValue", quotes.wonValue());
			amounts.put("quotes.wonMargin", quotes.wonMargin());
			return amounts;
		}
	}

	/** ORDERs closed FULFILLED: how many, {@code revenue}, {@code grossMargin}. */
	public record Orders(long fulfilled, Money revenue, Money margin) {
	}

	/**
	 * QUOTEs decided: {@code quotesSent}, {@code quotesWon}, LOST, {@code quotesDecided} (won, lost or expired),
	 * {@code quoteConversion}, {@code wonQuoteValue}, {@code wonQuoteMargin}.
	 */
	public record Quotes(long sent, long won, long lost, long decided, @Nullable BigDecimal conversion, Money wonValue,
			Money wonMargin) {
	}

	/** QUERYs closed: {@code queriesResolved}, {@code queriesEscalated}. */
	public record Queries(long resolved, long escalated) {
	}

	/** Survey answers: {@code csatResponses} and {@code csatAverage} (null without answers). */
	public record Csat(long responses, @Nullable BigDecimal mean) {
	}

	/** The resolution SLA: {@code slaCounted}, {@code slaMet}, {@code slaMetShare}. */
	public record Sla(long counted, long met, @Nullable BigDecimal metShare) {
	}

	/** {@code handlingMedianSeconds}: null when nothing closed. */
	public record Handling(@Nullable Long medianSeconds) {
	}

	/** {@code reopens}, {@code closed} and {@code reopenRate}. */
	public record Reopens(long reopens, long closed, @Nullable BigDecimal rate) {
	}

	/** The requests behind a rep's figures, by id (empty when a facts document leaves them out). */
	public record Requests(List<Long> ordersFulfilled, List<Long> quotesWon, List<Long> quotesLost,
			List<Long> queriesResolved, List<Long> queriesEscalated, List<Long> surveyed, List<Long> slaMissed,
			List<Long> reopened, List<Long> assistsGiven) {

		public static final Requests NONE = new Requests(List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

	/** {@code assistsGiven}, {@code assistsReceived}: confirmed assists. */
	public record Assists(long given, long received) {
	}
}
