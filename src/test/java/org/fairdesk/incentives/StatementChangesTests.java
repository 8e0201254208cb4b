package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairdesk.incentives.PayFactsForTests.figures;
import static org.fairdesk.incentives.PayFactsForTests.month;
import static org.fairdesk.incentives.PayFactsForTests.rep;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.incentives.StatementChanges.Effect;
import org.fairdesk.incentives.StatementChanges.Scope;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What changed since last month, attributed by running the one calculator on last month's facts with this month's
 * figures put in one group at a time: the rep's own, then the team's.
 */
class StatementChangesTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
	static final RepId ANN = RepId.of(1);

	/** 10 % of the team's margin, shared equally; a rep whose CSAT is below 4 on at least 1 answer has it withheld. */
	static final PlanVersion GATED_POOL = SomePlans.version("""
			name: Gated pool
			components:
			  - type: pool
			    basis: GROSS_MARGIN
			    percent: 10
			    split: {by: EQUAL}
			    gates:
			      - {metric: CSAT, atLeast: 4.0, minSample: 1, smallSample: PASS, onFail: WITHHOLD}
			""");

	static final PeriodFacts OCTOBER_FACTS = month(OCTOBER, List.of(
			rep(1, OCTOBER, figures(2, "1000.00", 2, "4.50", 4, 4)),
			rep(2, OCTOBER, figures(2, "1000.00", 2, "4.50", 4, 3))));

	@Test
	void theTeamsMarginMovesThePoolShareAndTheOwnFiguresThatPayNothingMoveNothing() {
		// November: Ann sold more (the pool reads the team's margin, not hers), Ben too; CSAT still passes
		PeriodFacts november = month(NOVEMBER, List.of(
				rep(1, NOVEMBER, figures(3, "1500.00", 2, "4.50", 4, 4)),
				rep(2, NOVEMBER, figures(4, "2000.00", 2, "4.50", 4, 3))));

		StatementChanges changes = changes(GATED_POOL, OCTOBER_FACTS, november);

		assertThat(changes.before()).isEqualTo(eur("100.00")); // 10 % of 2,000 / 2
		assertThat(changes.now()).isEqualTo(eur("175.00")); // 10 % of 3,500 / 2
		assertThat(changes.difference()).isEqualTo(eur("75.00"));
		assertThat(changes.effects()).containsExactly(new Effect(Scope.TEAM, "orders", eur("75.00")));
		assertThat(changes.lines()).singleElement().satisfies(line -> {
			assertThat(line.code()).isEqualTo(Code.SPLIT);
			assertThat(line.before()).isEqualTo(eur("100.00"));
			assertThat(line.now()).isEqualTo(eur("175.00"));
			assertThat(line.difference()).isEqualTo(eur("75.00"));
		});
		assertThat(changes.figures()).extracting(f -> f.scope() + " " + f.figure())
			.contains("OWN orders.fulfilled", "OWN orders.margin", "OWN orders.revenue", "TEAM orders.margin")
			.doesNotContain("OWN csat.mean");
		assertThat(changes.figures()).filteredOn(f -> f.figure().equals("orders.margin") && f.scope() == Scope.OWN)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.before()).isEqualByComparingTo("1000.00");
				assertThat(f.after()).isEqualByComparingTo("1500.00");
				assertThat(f.money()).isTrue();
			});
	}

	@Test
	void theRepsOwnCsatFailingTheGateIsNamedAndTheEffectsAddUpToTheDifference() {
		PeriodFacts november = month(NOVEMBER, List.of(
				rep(1, NOVEMBER, figures(3, "1500.00", 2, "3.50", 4, 4)),
				rep(2, NOVEMBER, figures(4, "2000.00", 2, "4.50", 4, 3))));

		StatementChanges changes = changes(GATED_POOL, OCTOBER_FACTS, november);

		assertThat(changes.now()).isEqualTo(eur("0.00"));
		// measured own figures first: with October's team margin her CSAT withholds her 100.00; the team's larger
		// margin then moves nothing she is paid, since her share is withheld whatever it is
		assertThat(changes.effects()).containsExactly(new Effect(Scope.OWN, "csat", eur("-100.00")));
		assertThat(sum(changes.effects())).isEqualTo(changes.difference());
		assertThat(changes.lines()).extracting(StatementChanges.LineChange::code)
			.containsExactly(Code.SPLIT, Code.WITHHELD);
		assertThat(changes.figures()).filteredOn(f -> f.figure().equals("csat.mean"))
			.extracting(f -> f.scope() + " " + f.before() + " -> " + f.after())
			.containsExactly("OWN 4.50 -> 3.50", "TEAM 4.50 -> 4.00");
	}

	@Test
	void aNewPlanVersionAndAdjustmentsAreEffectsOfTheirOwn() {
		PlanVersion fivePercent = SomePlans.version(SomePlans.marginPool("5"));
		PlanVersion tenPercent = SomePlans.version(SomePlans.marginPool("10"));
		Statement october = statement(fivePercent, OCTOBER_FACTS) // 50.00, and a 15.00 adjustment paid in it
			.withAdjustments(List.of(adjustment("15.00")));
		PeriodFacts novemberFacts = month(NOVEMBER, List.of(rep(1, NOVEMBER, figures(2, "1000.00", 2, "4.50", 4, 4)),
				rep(2, NOVEMBER, figures(2, "1000.00", 2, "4.50", 4, 3))));
		Statement november = statement(tenPercent, novemberFacts) // 100.00 less a 5.00 adjustment
			.withAdjustments(List.of(adjustment("-5.00")));

		StatementChanges changes = StatementChanges.of(tenPercent, OCTOBER_FACTS, october, novemberFacts, november);

		assertThat(changes.before()).isEqualTo(eur("65.00"));
		assertThat(changes.now()).isEqualTo(eur("95.00"));
		assertThat(november.line(Code.PAYOUT).calculation()).as("the adjusted payout names what it adds up")
			.isEqualTo("100.00 EUR (Your share of Team pool) − 5.00 EUR (Adjustment) = 95.00 EUR");
		assertThat(changes.effects()).containsExactly(new Effect(Scope.PLAN, "plan", eur("50.00")),
				new Effect(Scope.ADJUSTMENTS, "adjustments", eur("-20.00")));
		assertThat(changes.lines()).filteredOn(l -> l.code() == Code.ADJUSTMENT).singleElement()
			.satisfies(l -> assertThat(l.difference()).isEqualTo(eur("-20.00")));
	}

	@Test
	void colleaguesFiguresAndTheMonthItselfAreTheRest() {
		// a prize plan pays the rep ranked first by margin: Ben overtakes Ann with the same team margin
		PlanVersion prize = SomePlans.version("""
				name: Top seller
				components:
				  - type: prizes
				    rankBy: ORDER_MARGIN
				    amounts: [100]
				    ties: SHARE
				""");
		PeriodFacts november = month(NOVEMBER, List.of(
				rep(1, NOVEMBER, figures(2, "1000.00", 2, "4.50", 4, 4)),
				rep(2, NOVEMBER, figures(2, "1200.00", 2, "4.50", 4, 3))));
		PeriodFacts october = month(OCTOBER, List.of(
				rep(1, OCTOBER, figures(2, "1100.00", 2, "4.50", 4, 4)),
				rep(2, OCTOBER, figures(2, "1000.00", 2, "4.50", 4, 3))));

		StatementChanges changes = changes(prize, october, november);

		assertThat(changes.difference()).isEqualTo(eur("-100.00"));
		assertThat(sum(changes.effects())).isEqualTo(changes.difference());
		// her own margin falling to Ben's October 1,000 ties them (the prize shared); Ben's 1,200 is the rest
		assertThat(changes.effects()).containsExactly(new Effect(Scope.OWN, "orders", eur("-50.00")),
				new Effect(Scope.REST, "rest", eur("-50.00")));
	}

	private static StatementChanges changes(PlanVersion plan, PeriodFacts before, PeriodFacts now) {
		return StatementChanges.of(plan, before, statement(plan, before), now, statement(plan, now));
	}

	private static Statement statement(PlanVersion plan, PeriodFacts facts) {
		return Calculator.calculate(plan, facts).stream().filter(s -> s.repId().equals(ANN)).findFirst().orElseThrow();
	}

	private static StatementLine adjustment(String amount) {
		return new StatementLine(Code.ADJUSTMENT, "adjustment", "Adjustment", "by hand", eur(amount));
	}

	private static Money sum(List<Effect> effects) {
		return effects.stream().map(Effect::amount).reduce(eur("0.00"), Money::plus);
	}

	private static Money eur(String amount) {
		return Money.of(new BigDecimal(amount), PayFactsForTests.EUR);
	}
}
