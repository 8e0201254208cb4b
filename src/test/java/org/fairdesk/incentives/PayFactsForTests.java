package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Valid facts documents (they pass {@link FactsDocuments#check}) for the statement pages' tests: reps on the team
 * since 2025 with orders, CSAT and SLA figures, and the team's figures their sums.
 */
final class PayFactsForTests {

	static final Currency EUR = Currency.getInstance("EUR");
	static final LocalDate STARTED = LocalDate.of(2025, 1, 1);

	private PayFactsForTests() {
	}

	/** A rep's figures: orders of a margin (revenue twice it), CSAT on some answers, SLA met of counted. */
	static Figures figures(long orders, String margin, long csatResponses, @Nullable String csat, long slaCounted,
			long slaMet) {
		Money m = Money.of(margin, "EUR");
		Money zero = Money.zero(EUR);
		return new Figures(new PeriodFacts.Orders(orders, m.plus(m), m),
				new PeriodFacts.Quotes(0, 0, 0, 0, null, zero, zero), new PeriodFacts.Queries(0, 0),
				new PeriodFacts.Csat(csatResponses, csat == null ? null : new BigDecimal(csat)),
				new PeriodFacts.Sla(slaCounted, slaMet, org.fairdesk.metrics.MetricsManagement.share(slaMet, slaCounted)),
				new PeriodFacts.Handling(null),
				new PeriodFacts.Reopens(0, orders, org.fairdesk.metrics.MetricsManagement.share(0, orders)),
				new PeriodFacts.Assists(0, 0));
	}

	static RepFacts rep(long id, YearMonth period, Figures figures) {
		return new RepFacts(RepId.of(id), "Rep " + id, new BigDecimal("40"), STARTED, null,
				TeamPresence.daysOnTeam(STARTED, null, period), TeamPresence.tenureMonths(STARTED, period), figures);
	}

	/** The team's month, its figures summed from the reps' (CSAT averaged over all answers, to 2 places). */
	static PeriodFacts month(YearMonth period, List<RepFacts> reps) {
		Money zero = Money.zero(EUR);
		long orders = reps.stream().mapToLong(r -> r.figures().orders().fulfilled()).sum();
		Money margin = reps.stream().map(r -> r.figures().orders().margin()).reduce(zero, Money::plus);
		Money revenue = reps.stream().map(r -> r.figures().orders().revenue()).reduce(zero, Money::plus);
		long responses = reps.stream().mapToLong(r -> r.figures().csat().responses()).sum();
		BigDecimal sum = reps.stream()
			.filter(r -> r.figures().csat().mean() != null)
			.map(r -> r.figures().csat().mean().multiply(BigDecimal.valueOf(r.figures().csat().responses())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		long counted = reps.stream().mapToLong(r -> r.figures().sla().counted()).sum();
		long met = reps.stream().mapToLong(r -> r.figures().sla().met()).sum();
		Figures team = new Figures(new PeriodFacts.Orders(orders, revenue, margin),
				new PeriodFacts.Quotes(0, 0, 0, 0, null, zero, zero), new PeriodFacts.Queries(0, 0),
				new PeriodFacts.Csat(responses, responses == 0 ? null
						: sum.divide(BigDecimal.valueOf(responses), 2, java.math.RoundingMode.HALF_UP)),
				new PeriodFacts.Sla(counted, met, org.fairdesk.metrics.MetricsManagement.share(met, counted)),
				new PeriodFacts.Handling(null),
				new PeriodFacts.Reopens(0, orders, org.fairdesk.metrics.MetricsManagement.share(0, orders)),
				new PeriodFacts.Assists(0, 0));
		return new PeriodFacts(period, new TeamId(7), "Inside Sales", EUR, team, reps);
	}
}
