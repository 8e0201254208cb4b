package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.FundingBasis;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.Split;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

class CalculatorTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	private static final YearMonth MARCH = YearMonth.of(2026, 3);

	private static final TeamId TEAM = TeamId.of(7);

	private static PlanVersion plan(String percent) {
		return new PlanVersion("Team margin pool", 2, LocalDate.of(2026, 1, 1), new PlanDocument("Team margin pool",
				new Pool(FundingBasis.GROSS_MARGIN, new BigDecimal(percent)), Split.EQUAL));
	}

	/** Revenue, hours and start date do not enter today's rule; only the gross margin and the order count do. */
	private static RepFacts rep(long id, long orders, String margin) {
		return SomeFacts.rep(id, orders, eur("5000.00"), eur(margin));
	}

	private static PeriodFacts facts(RepFacts... reps) {
		return SomeFacts.month(MARCH, TEAM, "North", Arrays.asList(reps));
	}

	private static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}

	private static List<Money> payouts(List<Statement> statements) {
		return statements.stream().map(Statement::payout).toList();
	}

	@Test
	void a_pool_with_a_left_over_cent_goes_to_the_first_rep() {
		// team margin 1000.00 + 250.60 + 0.00 = 1250.60 EUR
		// pool 5 % of 1250.60 = 62.53 EUR exactly
		// 6253 cents / 3 reps = 2084 cents each, remainder 1 cent -> to rep 1 (lowest id)
		// shares 20.85, 20.84, 20.84 = 62.53
		List<Statement> statements = Calculator.calculate(plan("5"),
				facts(rep(1, 4, "1000.00"), rep(2, 1, "250.60"), rep(3, 0, "0.00")));

		assertThat(payouts(statements)).containsExactly(eur("20.85"), eur("20.84"), eur("20.84"));
		Statement first = statements.get(0);
		assertThat(first.lines()).extracting(StatementLine::code)
			.containsExactly(StatementLine.Code.TEAM_BASIS, StatementLine.Code.POOL, StatementLine.Code.OWN_FIGURES,
					StatementLine.Code.SPLIT, StatementLine.Code.PAYOUT);
		assertThat(first.lines()).extracting(StatementLine::label)
			.containsExactly("Team gross margin, 2026-03", "Team pool", "Your fulfilled orders (for reference)",
					"Equal split", "Payout");
		assertThat(first.lines()).extracting(StatementLine::calculation)
			.containsExactly("5 fulfilled orders of team North", "5% of 1250.60 EUR = 62.53 EUR",
					"4 orders, gross margin 1000.00 EUR", "62.53 EUR / 3 reps = 20.84333333333333 each",
					"rounded to 0.01 EUR; the 0.01 EUR left over by rounding goes to the first rep by rep number, "
							+ "so the shares sum exactly to 62.53 EUR");
		assertThat(first.lines()).extracting(StatementLine::amount)
			.containsExactly(eur("1250.60"), eur("62.53"), eur("1000.00"), eur("20.85"), eur("20.85"));
		assertThat(statements.get(2).line(StatementLine.Code.OWN_FIGURES).calculation())
			.isEqualTo("0 orders, gross margin 0.00 EUR");
	}

	@Test
	void a_pool_that_rounds_half_even_can_divide_exactly() {
		// team margin 1000.00 + 250.50 + 0.00 = 1250.50 EUR
		// 5 % of 1250.50 = 62.525 EUR exactly, a tie: half-even rounds to 62.52 (not 62.53)
		// 6252 cents / 3 reps = 2084 cents each, nothing left over
		List<Statement> statements = Calculator.calculate(plan("5"),
				facts(rep(1, 4, "1000.00"), rep(2, 1, "250.50"), rep(3, 0, "0.00")));

		assertThat(payouts(statements)).containsExactly(eur("20.84"), eur("20.84"), eur("20.84"));
		assertThat(statements.get(0).line(StatementLine.Code.POOL).calculation()).isEqualTo("5% of 1250.50 EUR = 62.52 EUR");
		assertThat(statements.get(0).line(StatementLine.Code.POOL).amount()).isEqualTo(eur("62.52"));
		assertThat(statements.get(0).line(StatementLine.Code.SPLIT).calculation()).isEqualTo("62.52 EUR / 3 reps = 20.84 each");
		assertThat(statements.get(0).line(StatementLine.Code.PAYOUT).calculation()).isEqualTo("the pool divides exactly: 20.84 EUR");
	}

	@Test
	void several_left_over_cents_go_one_each_to_the_first_reps() {
		// team margin 100.00 + 0.00 + 0.00 + 0.07 = 100.07 EUR; 2.5 % = 2.50175 -> 2.50 EUR
		// 250 cents / 4 reps = 62 cents each, remainder 2 -> reps 1 and 2 get 0.63
		List<Statement> statements = Calculator.calculate(plan("2.5"),
				facts(rep(1, 1, "100.00"), rep(2, 0, "0.00"), rep(3, 0, "0.00"), rep(4, 1, "0.07")));

		assertThat(payouts(statements)).containsExactly(eur("0.63"), eur("0.63"), eur("0.62"), eur("0.62"));
		assertThat(statements.get(0).line(StatementLine.Code.POOL).calculation()).isEqualTo("2.5% of 100.07 EUR = 2.50 EUR");
		assertThat(statements.get(0).line(StatementLine.Code.PAYOUT).calculation()).isEqualTo("rounded to 0.01 EUR; the 0.02 EUR left over by rounding go 0.01 EUR each to the first 2 reps by rep number, so the shares sum exactly to 2.50 EUR");
	}

	@Test
	void a_negative_team_margin_funds_no_pool() {
		// team margin 100.00 - 300.00 = -200.00 EUR: a loss funds nothing, so the pool is 0.00 and so is every share
		List<Statement> statements = Calculator.calculate(plan("5"), facts(rep(1, 1, "100.00"), rep(2, 1, "-300.00")));

		assertThat(payouts(statements)).containsExactly(eur("0.00"), eur("0.00"));
		for (Statement statement : statements) {
			assertThat(statement.line(StatementLine.Code.TEAM_BASIS).amount()).isEqualTo(eur("-200.00"));
			assertThat(statement.line(StatementLine.Code.POOL).calculation()).isEqualTo("gross margin is negative, so the pool is 0.00 EUR");
			assertThat(statement.line(StatementLine.Code.POOL).amount()).isEqualTo(eur("0.00"));
			assertThat(statement.line(StatementLine.Code.PAYOUT).calculation()).isEqualTo("the pool divides exactly: 0.00 EUR");
		}
		assertThat(statements.get(1).line(StatementLine.Code.OWN_FIGURES).amount()).isEqualTo(eur("-300.00"));
	}

	@Test
	void an_empty_team_gets_no_statements() {
		assertThat(Calculator.calculate(plan("5"), facts())).isEmpty();
	}

	@Test
	void a_rep_with_no_outcomes_still_gets_an_equal_share() {
		// team margin 600.00; 10 % = 60.00; 6000 cents / 2 = 3000 each
		List<Statement> statements = Calculator.calculate(plan("10"), facts(rep(1, 3, "600.00"), rep(2, 0, "0.00")));

		assertThat(payouts(statements)).containsExactly(eur("30.00"), eur("30.00"));
		Statement idle = statements.get(1);
		assertThat(idle.repId()).isEqualTo(RepId.of(2));
		assertThat(idle.line(StatementLine.Code.OWN_FIGURES).calculation()).isEqualTo("0 orders, gross margin 0.00 EUR");
		assertThat(idle.line(StatementLine.Code.OWN_FIGURES).amount()).isEqualTo(eur("0.00"));
		assertThat(idle.line(StatementLine.Code.SPLIT).calculation()).isEqualTo("60.00 EUR / 2 reps = 30.00 each");
	}

	@Test
	void statements_are_ordered_by_rep_id_and_the_left_over_cent_follows_that_order() {
		// team margin 0.40 + 0.00 + 0.60 = 1.00 EUR; 100 % = 1.00; 100 cents / 3 = 33 r 1 -> rep 2, the lowest id
		List<Statement> statements = Calculator.calculate(plan("100"),
				facts(rep(30, 0, "0.40"), rep(2, 0, "0.00"), rep(11, 0, "0.60")));

		assertThat(statements).extracting(Statement::repId).containsExactly(RepId.of(2), RepId.of(11), RepId.of(30));
		assertThat(statements).extracting(Statement::repName).containsExactly("Rep 2", "Rep 11", "Rep 30");
		assertThat(payouts(statements)).containsExactly(eur("0.34"), eur("0.33"), eur("0.33"));
		assertThat(statements.get(0).line(StatementLine.Code.POOL).calculation()).isEqualTo("100% of 1.00 EUR = 1.00 EUR");
	}

	@Test
	void each_payout_equals_its_last_line_and_statements_carry_plan_and_period() {
		List<Statement> statements = Calculator.calculate(plan("5"),
				facts(rep(1, 2, "123.45"), rep(2, 5, "678.90"), rep(3, 1, "-10.00")));

		// 123.45 + 678.90 - 10.00 = 792.35; 5 % = 39.6175 -> 39.62; 3962 / 3 = 1320 r 2
		assertThat(payouts(statements)).containsExactly(eur("13.21"), eur("13.21"), eur("13.20"));
		assertThat(statements).allSatisfy(statement -> {
			assertThat(statement.payout()).isEqualTo(statement.lines().get(statement.lines().size() - 1).amount());
			assertThat(statement.period()).isEqualTo(MARCH);
			assertThat(statement.teamId()).isEqualTo(TEAM);
			assertThat(statement.planName()).isEqualTo("Team margin pool");
			assertThat(statement.planVersion()).isEqualTo(2);
			assertThat(statement.line(StatementLine.Code.TEAM_BASIS).calculation()).isEqualTo("8 fulfilled orders of team North");
		});
	}

	@Test
	void a_zero_team_margin_gives_zero_shares() {
		List<Statement> statements = Calculator.calculate(plan("5"), facts(rep(1, 0, "0.00")));

		assertThat(statements).singleElement().satisfies(statement -> {
			assertThat(statement.payout()).isEqualTo(eur("0.00"));
			assertThat(statement.line(StatementLine.Code.POOL).calculation()).isEqualTo("5% of 0.00 EUR = 0.00 EUR");
			assertThat(statement.line(StatementLine.Code.SPLIT).calculation()).isEqualTo("0.00 EUR / 1 rep = 0.00 each");
		});
	}
}
