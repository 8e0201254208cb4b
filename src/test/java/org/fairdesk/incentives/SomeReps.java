package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A rep's month for tests of rules that read more than orders: set what the rule reads, everything else is zero or
 * absent. Shares are derived from their counts as metrics.md's one division makes them.
 */
final class SomeReps {

	long id;
	String hours = "40";
	int days = 30;
	int tenure = 14;
	long orders;
	String revenue = "0.00";
	String margin = "0.00";
	long quotesWon;
	long queries;
	long csatResponses;
	@Nullable String csat;
	long slaCounted;
	long slaMet;
	@Nullable Long handlingSeconds;
	long reopens;
	long closed;
	long assists;

	static SomeReps rep(long id) {
		SomeReps rep = new SomeReps();
		rep.id = id;
		return rep;
	}

	SomeReps orders(long count, String revenue, String margin) {
		this.orders = count;
		this.revenue = revenue;
		this.margin = margin;
		return this;
	}

	SomeReps hours(String hours) {
		this.hours = hours;
		return this;
	}

	SomeReps days(int days) {
		this.days = days;
		return this;
	}

	SomeReps tenure(int months) {
		this.tenure = months;
		return this;
	}

	SomeReps csat(String mean, long responses) {
		this.csat = mean;
		this.csatResponses = responses;
		return this;
	}

	SomeReps sla(long met, long counted) {
		this.slaMet = met;
		this.slaCounted = counted;
		return this;
	}

	SomeReps handling(long medianSeconds) {
		this.handlingSeconds = medianSeconds;
		return this;
	}

	SomeReps reopens(long reopens, long closed) {
		this.reopens = reopens;
		this.closed = closed;
		return this;
	}

	SomeReps queries(long resolved) {
		this.queries = resolved;
		return this;
	}

	SomeReps quotesWon(long won) {
		this.quotesWon = won;
		return this;
	}

	SomeReps assists(long given) {
		this.assists = given;
		return this;
	}

	PeriodFacts.RepFacts build() {
		return new PeriodFacts.RepFacts(RepId.of(id), "Rep " + id, new BigDecimal(hours), LocalDate.of(2025, 1, 1),
				null, days, tenure, figures());
	}

	Figures figures() {
		Money zero = eur("0.00");
		return new Figures(new PeriodFacts.Orders(orders, eur(revenue), eur(margin)),
				new PeriodFacts.Quotes(quotesWon, quotesWon, 0, quotesWon, quotesWon == 0 ? null : share(1, 1), zero,
						zero),
				new PeriodFacts.Queries(queries, 0),
				new PeriodFacts.Csat(csatResponses, csat == null ? null : new BigDecimal(csat)),
				new PeriodFacts.Sla(slaCounted, slaMet, slaCounted == 0 ? null : share(slaMet, slaCounted)),
				new PeriodFacts.Handling(handlingSeconds),
				new PeriodFacts.Reopens(reopens, closed, closed == 0 ? null : share(reopens, closed)),
				new PeriodFacts.Assists(assists, 0));
	}

	private static BigDecimal share(long part, long whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	private static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}
}
