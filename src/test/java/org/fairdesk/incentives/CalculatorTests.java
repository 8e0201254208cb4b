package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

/** The calculator on a pool split equally (the demo's plan): rounding, order, and the lines that explain it. */
class CalculatorTests {

	private static final YearMonth MARCH = YearMonth.of(2026, 3);

	private static final TeamId TEAM = TeamId.of(7);

	private static PlanVersion plan(String percent) {
		return SomePlans.version(SomePlans.marginPool(percent));
	}

	private static RepFacts rep(long id, long orders, String margin) {
		return SomeFacts.rep(id, orders, eur("5000.00"), eur(margin));
	}

	private static PeriodFacts facts(RepFacts... reps) {
		return SomeFacts.month(MARCH, TEAM, "North", Arrays.asList(reps));
	}

	static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}

	static List<Money> payouts(List<Statement> statements) {
		return statements.stream().map(Statement::payout).toList();
	}

	@Test
	void a_pool_with_a_left_over_cent_goes_to_the_first_rep() {
		// team margin 1000.00 + 250.60 + 0.00 = 1250.60 EUR; 5 % = 62.53 EUR exactly
		// 6253 cents / 3 reps = 2084 cents each, remainder 1 cent -> to rep 1 (lowest id)
		List<Statement> statements = Calculator.calculate(plan("5"),
				facts(rep(1, 4, "1000.00"), rep(2, 1, "250.60"), rep(3, 0, "0.00")));

		assertThat(payouts(statements)).containsExactly(eur("20.85"), eur("20.84"), eur("20.84"));
		Statement first = statements.get(0);
		assertThat(first.lines()).extracting(StatementLine::code)
			.containsSubsequence(Code.OWN_FIGURES, Code.TEAM_BASIS, Code.FUNDING, Code.POOL, Code.WEIGHT, Code.SPLIT,
					Code.PAYOUT);
		assertThat(first.line(Code.TEAM_BASIS).label()).isEqualTo("Team pool: team gross margin, 2026-03");
		assertThat(first.line(Code.TEAM_BASIS).calculation()).isEqualTo("5 fulfilled orders of team North");
		assertThat(first.line(Code.TEAM_BASIS).amount()).isEqualTo(eur("1250.60"));
		assertThat(first.line(Code.FUNDING).calculation()).isEqualTo("5% of 1250.60 EUR = 62.53");
		assertThat(first.line(Code.POOL).calculation()).isEqualTo("62.53 rounded once to 0.01 EUR = 62.53 EUR");
		assertThat(first.line(Code.WEIGHT).calculation())
			.isEqualTo("equal split: 1, × 31/31 days = 1 of the team's 3");
		assertThat(first.line(Code.SPLIT).calculation()).isEqualTo("your weight's part of 62.53 EUR = "
				+ "20.843333…, rounded to 20.85 EUR: one of the cents left over by rounding "
				+ "(largest remainder first, ties to the lower rep id), so the shares sum exactly to the pool");
		assertThat(statements.get(1).line(Code.SPLIT).calculation()).endsWith(", rounded down to 20.84 EUR");
		assertThat(first.line(Code.OWN_FIGURES).calculation())
			.isEqualTo("4 orders, revenue 5000.00 EUR, gross margin 1000.00 EUR");
		assertThat(first.line(Code.OWN_FIGURES).amount()).isEqualTo(eur("1000.00"));
		assertThat(first.line(Code.PAYOUT).amount()).isEqualTo(eur("20.85"));
	}

	@Test
	void a_pool_rounds_half_even_once() {
		// 5 % of 1250.50 = 62.525 EUR exactly, a tie: half-even rounds to 62.52 (not 62.53); 6252 / 3 = 2084 each
		List<Statement> statements = Calculator.calculate(plan("5"),
				facts(rep(1, 4, "1000.00"), rep(2, 1, "250.50"), rep(3, 0, "0.00")));

		assertThat(payouts(statements)).containsExactly(eur("20.84"), eur("20.84"), eur("20.84"));
		assertThat(statements.get(0).line(Code.POOL).calculation()).isEqualTo("62.525 rounded once to 0.01 EUR = 62.52 EUR");
		assertThat(statements.get(0).line(Code.SPLIT).calculation()).isEqualTo("your weight's part of 62.52 EUR = 20.84");
	}

	@Test
	void several_left_over_cents_go_one_each_to_the_lowest_rep_ids() {
		// 100.07 EUR; 2.5 % = 2.50175 -> 2.50 EUR; 250 cents / 4 = 62 r 2 -> reps 1 and 2 get 0.63
		List<Statement> statements = Calculator.calculate(plan("2.5"),
				facts(rep(1, 1, "100.00"), rep(2, 0, "0.00"), rep(3, 0, "0.00"), rep(4, 1, "0.07")));

		assertThat(payouts(statements)).containsExactly(eur("0.63"), eur("0.63"), eur("0.62"), eur("0.62"));
	}

	@Test
	void a_negative_team_margin_funds_no_pool() {
		List<Statement> statements = Calculator.calculate(plan("5"), facts(rep(1, 1, "100.00"), rep(2, 1, "-300.00")));

		assertThat(payouts(statements)).containsExactly(eur("0.00"), eur("0.00"));
		Statement statement = statements.get(0);
		assertThat(statement.line(Code.TEAM_BASIS).amount()).isEqualTo(eur("-200.00"));
		assertThat(statement.line(Code.FUNDING).calculation()).isEqualTo("the basis is negative, so the funding is 0");
		assertThat(statement.line(Code.POOL).amount()).isEqualTo(eur("0.00"));
		assertThat(statements.get(1).line(Code.OWN_FIGURES).amount()).isEqualTo(eur("-300.00"));
	}

	@Test
	void an_empty_team_gets_no_statements() {
		assertThat(Calculator.calculate(plan("5"), facts())).isEmpty();
	}

	@Test
	void statements_are_ordered_by_rep_id_and_the_left_over_cent_follows_that_order() {
		// 0.40 + 0.00 + 0.60 = 1.00 EUR; 100 % = 1.00; 100 cents / 3 = 33 r 1 -> rep 2, the lowest id
		List<Statement> statements = Calculator.calculate(plan("100"),
				facts(rep(30, 0, "0.40"), rep(2, 0, "0.00"), rep(11, 0, "0.60")));

		assertThat(statements).extracting(Statement::repId).containsExactly(RepId.of(2), RepId.of(11), RepId.of(30));
		assertThat(payouts(statements)).containsExactly(eur("0.34"), eur("0.33"), eur("0.33"));
	}

	@Test
	void each_payout_equals_its_payout_line_and_statements_carry_plan_and_period() {
		// 123.45 + 678.90 - 10.00 = 792.35; 5 % = 39.6175 -> 39.62; 3962 / 3 = 1320 r 2
		List<Statement> statements = Calculator.calculate(plan("5"),
				facts(rep(1, 2, "123.45"), rep(2, 5, "678.90"), rep(3, 1, "-10.00")));

		assertThat(payouts(statements)).containsExactly(eur("13.21"), eur("13.21"), eur("13.20"));
		assertThat(statements).allSatisfy(statement -> {
			assertThat(statement.payout()).isEqualTo(statement.lines().get(statement.lines().size() - 1).amount());
			assertThat(statement.period()).isEqualTo(MARCH);
			assertThat(statement.teamId()).isEqualTo(TEAM);
			assertThat(statement.planName()).isEqualTo("Team margin pool");
			assertThat(statement.planVersion()).isEqualTo(2);
		});
	}

	@Test
	void a_plan_in_another_currency_than_the_team_is_refused_on_its_currency() {
		PlanVersion dollars = SomePlans.version(SomePlans.marginPool("5").replace("components:", "currency: USD\ncomponents:"));

		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> Calculator.calculate(dollars, facts(rep(1, 1, "10.00"))));

		assertThat(e.problems()).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("document.currency");
			assertThat(p.message()).isEqualTo("is USD but team North is paid in EUR: a plan's amounts are in the team's currency");
		});
	}
}
