package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;

/** Facts for tests of rules that read only a few figures: everything else is zero or absent. */
final class SomeFacts {

	private SomeFacts() {
	}

	/** A rep on the team all month since 2025, with fulfilled orders of a revenue and a margin. */
	static PeriodFacts.RepFacts rep(long id, long orders, Money revenue, Money margin) {
		return new PeriodFacts.RepFacts(RepId.of(id), "Rep " + id, new BigDecimal("40"), LocalDate.of(2025, 1, 1),
				null, 31, 14, figures(orders, revenue, margin));
	}

	static PeriodFacts.Figures figures(long orders, Money revenue, Money margin) {
		Money zero = Money.zero(revenue.currency());
		return new PeriodFacts.Figures(new PeriodFacts.Orders(orders, revenue, margin),
				new PeriodFacts.Quotes(0, 0, 0, 0, null, zero, zero), new PeriodFacts.Queries(0, 0),
				new PeriodFacts.Csat(0, null), new PeriodFacts.Sla(0, 0, null), new PeriodFacts.Handling(null),
				new PeriodFacts.Reopens(0, orders, orders == 0 ? null : BigDecimal.ZERO.setScale(4)),
				new PeriodFacts.Assists(0, 0));
	}

	/** The team's month with the team's own figures (its medians and averages are not the reps'). */
	static PeriodFacts month(YearMonth period, TeamId team, String name, List<PeriodFacts.RepFacts> reps,
			PeriodFacts.Figures teamFigures) {
		return new PeriodFacts(period, team, name, java.util.Currency.getInstance("EUR"), teamFigures, reps);
	}

	/** The team's month: its figures are the reps' sums. */
	static PeriodFacts month(YearMonth period, TeamId team, String name, List<PeriodFacts.RepFacts> reps) {
		var currency = reps.isEmpty() ? java.util.Currency.getInstance("EUR") : reps.get(0).revenue().currency();
		Money zero = Money.zero(currency);
		return new PeriodFacts(period, team, name, currency,
				figures(reps.stream().mapToLong(PeriodFacts.RepFacts::ordersFulfilled).sum(),
						reps.stream().map(PeriodFacts.RepFacts::revenue).reduce(zero, Money::plus),
						reps.stream().map(PeriodFacts.RepFacts::grossMargin).reduce(zero, Money::plus)),
				reps);
	}
}
