package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fairdesk.incentives.PayFactsForTests.figures;
import static org.fairdesk.incentives.PayFactsForTests.month;
import static org.fairdesk.incentives.PayFactsForTests.rep;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.incentives.WhatIf.Change;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rep's what-if: their figures edited on a copy of the month's facts, the team's with them, checked first. */
class WhatIfTests {

	static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
	static final RepId ANN = RepId.of(1);

	static final PeriodFacts FACTS = month(NOVEMBER, List.of(
			rep(1, NOVEMBER, figures(2, "1000.00", 2, "4.50", 4, 3)),
			rep(2, NOVEMBER, figures(2, "1000.00", 2, "3.50", 4, 4))));

	@Test
	void oneMoreOrderGrowsTheRepsAndTheTeamsOrdersRevenueAndMarginAlike() {
		PeriodFacts edited = WhatIf.apply(FACTS, ANN, List.of(change("order", "250.00", "900.00")));

		PeriodFacts.Figures ann = edited.reps().get(0).figures();
		assertThat(ann.orders().fulfilled()).isEqualTo(3);
		assertThat(ann.orders().margin()).isEqualTo(Money.of("1250.00", "EUR"));
		assertThat(ann.orders().revenue()).isEqualTo(Money.of("2900.00", "EUR"));
		assertThat(ann.reopens().closed()).isEqualTo(3);
		assertThat(edited.team().orders().fulfilled()).isEqualTo(5);
		assertThat(edited.team().orders().margin()).isEqualTo(Money.of("2250.00", "EUR"));
		assertThat(edited.team().orders().revenue()).isEqualTo(Money.of("4900.00", "EUR"));
		assertThat(edited.reps().get(1)).isEqualTo(FACTS.reps().get(1));
		assertThat(FACTS.team().orders().fulfilled()).as("the facts given are not touched").isEqualTo(4);
	}

	@Test
	void csatSetsTheRepsAverageAndWorksTheTeamsOutAgain() {
		PeriodFacts edited = WhatIf.apply(FACTS, ANN, List.of(change("csat", "3.00", null)));

		assertThat(edited.reps().get(0).figures().csat()).isEqualTo(new PeriodFacts.Csat(2, new BigDecimal("3.00")));
		// (3.00 × 2 + 3.50 × 2) / 4
		assertThat(edited.team().csat()).isEqualTo(new PeriodFacts.Csat(4, new BigDecimal("3.25")));
	}

	@Test
	void assistsAndSlaMoveTheTeamToo() {
		PeriodFacts edited = WhatIf.apply(FACTS, ANN, List.of(change("assist", "2", null), change("slaMet", "4", null)));

		assertThat(edited.reps().get(0).figures().assists()).isEqualTo(new PeriodFacts.Assists(2, 0));
		assertThat(edited.team().assists()).isEqualTo(new PeriodFacts.Assists(2, 2));
		assertThat(edited.reps().get(0).figures().sla()).isEqualTo(new PeriodFacts.Sla(4, 4, new BigDecimal("1.0000")));
		assertThat(edited.team().sla()).isEqualTo(new PeriodFacts.Sla(8, 8, new BigDecimal("1.0000")));
	}

	@Test
	void theCalculatorPaysTheEditedCopy() {
		PlanVersion pool = SomePlans.version(SomePlans.marginPool("10"));
		Money now = payout(Calculator.calculate(pool, FACTS));
		Money whatIf = payout(Calculator.calculate(pool, WhatIf.apply(FACTS, ANN,
				List.of(change("order", "500.00", "1000.00")))));

		assertThat(now).isEqualTo(Money.of("100.00", "EUR"));
		assertThat(whatIf).isEqualTo(Money.of("125.00", "EUR")); // 10 % of 2,500 / 2
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			bonus  | 1       | null    | changes[0].figure | must be one of [order, csat, assist, slaMet], got bonus
			null   | 1       | null    | changes[0].figure | must be one of
			csat   | 7       | null    | changes[0].value  | must be a CSAT average from 1 to 5
			csat   | 4.555   | null    | changes[0].value  | must be a CSAT average from 1 to 5
			csat   | null    | null    | changes[0].value  | is required
			order  | 100.001 | 200     | changes[0].value  | must have at most 2 decimals
			order  | -1000000000000 | 10 | changes[0].value | must be less than 10^12 either way
			order  | 100     | null    | changes[0].revenue | is required with an order
			order  | 300     | 200     | changes[0].value  | is the order's gross margin: at most its revenue 200
			order  | 100     | -5      | changes[0].revenue | must not be negative
			assist | 0       | null    | changes[0].value  | must be a whole number from 1 to 1000
			assist | 1.5     | null    | changes[0].value  | must be a whole number from 1 to 1000
			slaMet | 5       | null    | changes[0].value  | must be a whole number from 0 to 4
			""")
	void aBadChangeIsNamedAndNothingIsEdited(String figure, String value, String revenue, String field,
			String message) {
		assertThatThrownBy(() -> WhatIf.apply(FACTS, ANN, List.of(change(figure, value, revenue))))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
				.anySatisfy(p -> {
					assertThat(p.field()).isEqualTo(field);
					assertThat(p.message()).startsWith(message);
				}));
	}

	@Test
	void noChangesOrARepNotInTheMonthAreRefused() {
		assertThatThrownBy(() -> WhatIf.apply(FACTS, ANN, List.of()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
						.containsExactly("changes"));
		assertThatThrownBy(() -> WhatIf.apply(FACTS, RepId.of(99), List.of(change("csat", "4", null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
						.containsExactly("repId"));
	}

	private static Money payout(List<Statement> statements) {
		return statements.stream().filter(s -> s.repId().equals(ANN)).findFirst().orElseThrow().payout();
	}

	private static Change change(String figure, String value, String revenue) {
		return new Change(figure, value == null ? null : new BigDecimal(value),
				revenue == null ? null : new BigDecimal(revenue));
	}
}
