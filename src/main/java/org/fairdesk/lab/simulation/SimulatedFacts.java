package org.fairdesk.lab.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.Calculator;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.PeriodFacts.Assists;
import org.fairdesk.incentives.PeriodFacts.Csat;
import org.fairdesk.incentives.PeriodFacts.Figures;
import org.fairdesk.incentives.PeriodFacts.Handling;
import org.fairdesk.incentives.PeriodFacts.Orders;
import org.fairdesk.incentives.PeriodFacts.Queries;
import org.fairdesk.incentives.PeriodFacts.Quotes;
import org.fairdesk.incentives.PeriodFacts.Reopens;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PeriodFacts.Sla;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;
import org.fairdesk.lab.simulation.Scenario.RepProfile;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A simulated month as the facts document every plan is paid from, and its pay: the incentives module's one
 * {@link Calculator}, never arithmetic of the lab's own. Rep i is rep id i + 1.
 */
final class SimulatedFacts {

	static final TeamId TEAM = TeamId.of(1);

	private SimulatedFacts() {
	}

	/** Each rep's payout, by rep index. */
	static double[] pay(PlanVersion plan, Scenario scenario, YearMonth period, SimulatedMonth month) {
		PeriodFacts facts = facts(scenario, period, month);
		double[] pay = new double[month.reps.length];
		for (Statement statement : Calculator.calculate(plan, facts)) {
			pay[(int) statement.repId().value() - 1] = statement.payout().amount().doubleValue();
		}
		return pay;
	}

	static PeriodFacts facts(Scenario scenario, YearMonth period, SimulatedMonth month) {
		Currency currency = scenario.currency();
		List<RepFacts> reps = new ArrayList<>(month.reps.length);
		RepTally total = new RepTally();
		int handled = (int) month.team.handled;
		Median median = new Median();
		double[] medians = median.byGroup(month.handlingHours, month.handler, handled, month.reps.length);
		for (int i = 0; i < month.reps.length; i++) {
			RepTally r = month.reps[i];
			RepProfile profile = scenario.reps().get(i);
			reps.add(new RepFacts(RepId.of(i + 1), "Rep " + (i + 1),
					BigDecimal.valueOf(profile.hoursPerWeek()).setScale(1, RoundingMode.HALF_EVEN),
					period.atEndOfMonth().minusMonths(profile.tenureMonths()), null, period.lengthOfMonth(),
					profile.tenureMonths(), figures(r, seconds(medians[i]), currency)));
			add(total, r);
		}
		Figures team = figures(total, seconds(median.of(month.handlingHours, 0, handled)), currency);
		return new PeriodFacts(period, TEAM, "Simulated team", currency, team, reps);
	}

	/** A median of working hours in whole seconds; null for none (NaN: nothing handled). */
	private static @Nullable Long seconds(double hours) {
		return Double.isNaN(hours) ? null : Math.round(hours * 3600);
	}

	private static void add(RepTally total, RepTally r) {
		total.orders += r.orders;
		total.revenue += r.revenue;
		total.margin += r.margin;
		total.quotesSent += r.quotesSent;
		total.quotesWon += r.quotesWon;
		total.wonValue += r.wonValue;
		total.wonMargin += r.wonMargin;
		total.queriesResolved += r.queriesResolved;
		total.queriesEscalated += r.queriesEscalated;
		total.csatResponses += r.csatResponses;
		total.csatSum += r.csatSum;
		total.slaCounted += r.slaCounted;
		total.slaMet += r.slaMet;
		total.reopens += r.reopens;
		total.closed += r.closed;
		total.assistsGiven += r.assistsGiven;
		total.assistsReceived += r.assistsReceived;
	}

	private static Figures figures(RepTally r, @Nullable Long medianSeconds, Currency currency) {
		long lost = r.quotesSent - r.quotesWon;
		return new Figures(new Orders(r.orders, money(r.revenue, currency), money(r.margin, currency)),
				new Quotes(r.quotesSent, r.quotesWon, lost, r.quotesSent, share(r.quotesWon, r.quotesSent),
						money(r.wonValue, currency), money(r.wonMargin, currency)),
				new Queries(r.queriesResolved, r.queriesEscalated),
				new Csat(r.csatResponses, r.csatResponses == 0 ? null
						: BigDecimal.valueOf(r.csatSum).divide(BigDecimal.valueOf(r.csatResponses), 2,
								RoundingMode.HALF_UP)),
				new Sla(r.slaCounted, r.slaMet, share(r.slaMet, r.slaCounted)), new Handling(medianSeconds),
				new Reopens(r.reopens, r.closed, share(r.reopens, r.closed)),
				new Assists(r.assistsGiven, r.assistsReceived));
	}

	/** Shares as docs/metrics.md defines them, by the metrics module's one division. */
	private static @Nullable BigDecimal share(long part, long whole) {
		return MetricsManagement.share(part, whole);
	}

	/**
	 * The simulated amount to a thousandth of a unit, rounded to the currency's minor unit by Money.of as every amount
	 * is: BigDecimal.valueOf(double) went through the double's text, which cost more than the rest of the facts.
	 */
	private static Money money(double amount, Currency currency) {
		return Money.of(BigDecimal.valueOf(Math.round(amount * 1000), 3), currency);
	}
}
