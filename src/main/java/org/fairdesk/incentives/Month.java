package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.shared.Money;

/**
 * What every rule of a calculation shares: the facts, the reps in order of their id (the order every tie is broken
 * in), the days of the period and who takes part in the plan at all.
 */
final class Month {

	private final PeriodFacts facts;
	private final List<RepFacts> reps;
	private final long minTenureMonths;

	private Month(PeriodFacts facts, long minTenureMonths) {
		this.facts = facts;
		this.reps = facts.reps().stream().sorted(Comparator.comparing(r -> r.repId().value())).toList();
		this.minTenureMonths = minTenureMonths;
	}

	static Month of(PlanDocument plan, PeriodFacts facts) {
		if (plan.currency() != null && !plan.currency().equalsIgnoreCase(facts.currency().getCurrencyCode())) {
			PlanChecks.checkFor(plan, facts.currency(), facts.teamName());
		}
		return new Month(facts, plan.minTenureMonths() == null ? 0 : plan.minTenureMonths());
	}

	PeriodFacts facts() {
		return facts;
	}

	List<RepFacts> reps() {
		return reps;
	}

	int days() {
		return facts.period().lengthOfMonth();
	}

	Currency currency() {
		return facts.currency();
	}

	/** Whether the rep takes part in the plan: on the team in the period and long enough. */
	boolean takesPart(RepFacts rep) {
		return rep.daysOnTeam() > 0 && rep.tenureMonths() >= minTenureMonths;
	}

	long minTenureMonths() {
		return minTenureMonths;
	}

	List<RepFacts> participants() {
		return reps.stream().filter(this::takesPart).toList();
	}

	Money money(BigDecimal amount) {
		return Money.of(amount, facts.currency());
	}

	Money zero() {
		return Money.zero(facts.currency());
	}

	/** The rep's days on the team as a fraction of the period, written: {@code 15/30 days}. */
	String presence(RepFacts rep) {
		return rep.daysOnTeam() + "/" + days() + " days";
	}
}
