package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

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

	/** The same month without the requests behind its figures (what a close keeps apart from the rest). */
	public PeriodFacts withoutRequests() {
		return new PeriodFacts(period, teamId, teamName, currency, team,
				reps.stream().map(rep -> rep.withRequests(Requests.NONE)).toList());
	}

	/**
	 * One rep's month.
	 *
	 * @param leavingDate the rep's last day on the team (included), null while they stay
	 * @param daysOnTeam calendar days of the period the rep was on the team (see {@link TeamPresence})
	 * @param tenureMonths whole months from the start date to the period's last day
	 * @param requests the requests behind the rep's figures; the facts document's one optional member (absent or
	 *     null: {@link Requests#NONE}), as facts written by hand or simulated have no real requests to list
	 */
	public record RepFacts(RepId repId, String name, BigDecimal hoursPerWeek, LocalDate startDate,
			@Nullable LocalDate leavingDate, int daysOnTeam,
			int tenureMonths, Figures figures,
			@JacksonInject(useInput = OptBoolean.TRUE, optional = OptBoolean.TRUE) Requests requests) {

		public RepFacts {
			requests = requests == null ? Requests.NONE : requests;
		}

		/** A rep's month without the requests behind it (simulated or invented facts). */
		public RepFacts(RepId repId, String name, BigDecimal hoursPerWeek, LocalDate startDate,
				@Nullable LocalDate leavingDate, int daysOnTeam, int tenureMonths, Figures figures) {
			this(repId, name, hoursPerWeek, startDate, leavingDate, daysOnTeam, tenureMonths, figures, Requests.NONE);
		}

		/** The same month with other requests behind the figures (a close stores them apart from the rest). */
		public RepFacts withRequests(Requests other) {
			return new RepFacts(repId, name, hoursPerWeek, startDate, leavingDate, daysOnTeam, tenureMonths, figures,
					other);
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

	/** {@code assistsGiven}, {@code assistsReceived}: confirmed assists. */
	public record Assists(long given, long received) {
	}

	/**
	 * The requests behind a rep's figures (issue 14), by request id, so that a rep can check every one: the metrics
	 * module's list for each figure ({@code FigureRequests}, docs/metrics.md). Each list's size is its figure's
	 * count, except {@code reopened}, which lists a request reopened twice in the month once.
	 *
	 * @param surveyed the requests whose survey, issued in the month, was answered ({@code csat.responses})
	 * @param slaMissed the requests that missed the resolution SLA ({@code sla.counted − sla.met})
	 */
	public record Requests(List<UUID> ordersFulfilled, List<UUID> quotesWon, List<UUID> quotesLost,
			List<UUID> queriesResolved, List<UUID> queriesEscalated, List<UUID> surveyed, List<UUID> slaMissed,
			List<UUID> reopened, List<UUID> assistsGiven) {

		/** No request listed: facts that were not read from the database. */
		public static final Requests NONE = new Requests(List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of());

		/** {@link #lists}' inverse: the lists by their members' names (each one required). */
		static Requests of(Map<String, List<UUID>> lists) {
			return new Requests(lists.get("ordersFulfilled"), lists.get("quotesWon"), lists.get("quotesLost"),
					lists.get("queriesResolved"), lists.get("queriesEscalated"), lists.get("surveyed"),
					lists.get("slaMissed"), lists.get("reopened"), lists.get("assistsGiven"));
		}

		/** Every list by its member's name, in the document's order: checked by the facts document's reader. */
		Map<String, List<UUID>> lists() {
			Map<String, List<UUID>> lists = new LinkedHashMap<>();
			lists.put("ordersFulfilled", ordersFulfilled);
			lists.put("quotesWon", quotesWon);
			lists.put("quotesLost", quotesLost);
			lists.put("queriesResolved", queriesResolved);
			lists.put("queriesEscalated", queriesEscalated);
			lists.put("surveyed", surveyed);
			lists.put("slaMissed", slaMissed);
			lists.put("reopened", reopened);
			lists.put("assistsGiven", assistsGiven);
			return lists;
		}
	}
}
