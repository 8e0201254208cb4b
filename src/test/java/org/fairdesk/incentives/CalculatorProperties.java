package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.FundingBasis;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.Split;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CalculatorProperties {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Property
	void payouts_sum_exactly_to_the_pool(@ForAll("teams") List<RepFacts> reps, @ForAll("percents") BigDecimal percent) {
		List<Statement> statements = Calculator.calculate(plan(percent), facts(reps));

		Money pool = poolLine(statements).amount();
		Money sum = statements.stream().map(Statement::payout).reduce(Money.zero(EUR), Money::plus);
		assertThat(sum).isEqualTo(pool);
		assertThat(statements).hasSameSizeAs(reps);
	}

	@Property
	void the_pool_is_the_percentage_of_the_non_negative_team_margin(@ForAll("teams") List<RepFacts> reps,
			@ForAll("percents") BigDecimal percent) {
		List<Statement> statements = Calculator.calculate(plan(percent), facts(reps));

		Money margin = reps.stream().map(RepFacts::grossMargin).reduce(Money.zero(EUR), Money::plus);
		Money expected = Money.of(margin.atLeastZero().amount().multiply(percent).movePointLeft(2), EUR);
		assertThat(poolLine(statements).amount()).isEqualTo(expected);
		assertThat(statements.get(0).line(StatementLine.Code.TEAM_BASIS).amount()).isEqualTo(margin);
	}

	@Property
	void payouts_are_never_negative_and_differ_by_at_most_one_cent(@ForAll("teams") List<RepFacts> reps,
			@ForAll("percents") BigDecimal percent) {
		List<Statement> statements = Calculator.calculate(plan(percent), facts(reps));

		List<Money> payouts = statements.stream().map(Statement::payout).toList();
		assertThat(payouts).allSatisfy(payout -> assertThat(payout.isNegative()).isFalse());
		Money max = payouts.stream().max(Money::compareTo).orElseThrow();
		Money min = payouts.stream().min(Money::compareTo).orElseThrow();
		assertThat(max.minus(min).amount()).isLessThanOrEqualTo(new BigDecimal("0.01"));
	}

	@Property
	void statements_follow_rep_ids_and_end_with_their_payout(@ForAll("teams") List<RepFacts> reps,
			@ForAll("percents") BigDecimal percent) {
		List<Statement> statements = Calculator.calculate(plan(percent), facts(reps));

		List<Long> ids = statements.stream().map(s -> s.repId().value()).toList();
		assertThat(ids).isSorted().doesNotHaveDuplicates().hasSameSizeAs(reps);
		assertThat(statements).allSatisfy(
				s -> assertThat(s.payout()).isEqualTo(s.line(StatementLine.Code.PAYOUT).amount()));
	}

	@Provide
	Arbitrary<List<RepFacts>> teams() {
		// margins from -1,000,000.00 to 10,000,000.00 EUR per rep, in cents
		Arbitrary<Long> margins = Arbitraries.longs().between(-100_000_000L, 1_000_000_000L);
		return Arbitraries.longs()
			.between(1, 100_000)
			.set()
			.ofMinSize(1)
			.ofMaxSize(30)
			.flatMap(ids -> margins.list().ofSize(ids.size()).map(cents -> {
				List<RepFacts> reps = new ArrayList<>();
				int i = 0;
				for (long id : ids) {
					Money margin = Money.ofMinor(cents.get(i++), EUR);
					reps.add(SomeFacts.rep(id, 1, margin.atLeastZero(), margin));
				}
				return reps;
			}));
	}

	@Provide
	Arbitrary<BigDecimal> percents() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2);
	}

	private static PlanVersion plan(BigDecimal percent) {
		return new PlanVersion("Pool", 1, LocalDate.of(2026, 1, 1),
				new PlanDocument("Pool", new Pool(FundingBasis.GROSS_MARGIN, percent), Split.EQUAL));
	}

	private static PeriodFacts facts(List<RepFacts> reps) {
		return SomeFacts.month(YearMonth.of(2026, 3), TeamId.of(1), "Team", reps);
	}

	private static StatementLine poolLine(List<Statement> statements) {
		StatementLine line = statements.get(0).line(StatementLine.Code.POOL);
		assertThat(line.label()).isEqualTo("Team pool");
		return line;
	}
}
