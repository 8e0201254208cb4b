package org.fairdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.Calculator;
import org.fairdesk.incentives.IncentiveManagement.RecordedMonth;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.PlanDocument;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The pure backtest on two months worked by hand: September, Ann 1,000.00 of margin and Ben none; October, 500.00
 * each. Commission of 10 % of a rep's margin pays Ann 100 then 50, Ben 0 then 50; a pool of 10 % of the team's margin
 * split equally pays each 50 both months. What was paid is the commission's statements.
 */
class BacktestTests {

	private static final Currency EUR = Currency.getInstance("EUR");
	private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	private final PlanVersion commission = plan("Commission", new PlanDocument.Commission(null,
			PlanDocument.Basis.GROSS_MARGIN, List.of(new PlanDocument.Tier(BigDecimal.ZERO, BigDecimal.TEN)), null,
			null));
	private final PlanVersion pool = plan("Pool", new PlanDocument.Pool(null, PlanDocument.Basis.GROSS_MARGIN,
			BigDecimal.TEN, null, null, null, new PlanDocument.Split(PlanDocument.SplitBy.EQUAL, null, null), null));
	private final List<RecordedMonth> months = List.of(paidByCommission(SEPTEMBER, "1000.00", "0.00", false),
			paidByCommission(OCTOBER, "500.00", "500.00", true));

	@Test
	void theVeryPlanThatPaidDiffersByNothingAndAnotherShowsWhoGainsAndWhoLoses() {
		BacktestResult result = Backtest.run(7, "Team", EUR, List.of(new Backtest.Plan("Commission", 1, commission),
				new Backtest.Plan("Pool", null, pool)), months, null);

		assertThat(result.against()).isEqualTo("PAID");
		assertThat(result.months()).extracting(BacktestResult.Month::provisional).containsExactly(false, true);
		BacktestResult.Outcome same = result.plans().get(0);
		assertThat(same.months()).flatExtracting(BacktestResult.MonthPay::reps)
			.extracting(BacktestResult.RepPay::difference)
			.containsOnly(eur("0.00"));
		assertThat(same.gains()).isEmpty();
		assertThat(same.losses()).isEmpty();
		assertThat(same.total()).isEqualTo(eur("200.00"));
		assertThat(same.shareOfMargin()).isEqualTo(new BigDecimal("0.1000"));
		assertThat(same.spread()).isEqualTo(new BacktestResult.Spread(eur("150.00"), eur("50.00"), eur("100.00")));
		assertThat(same.gini()).isEqualByComparingTo("0.25");
		assertThat(same.reps()).extracting(BacktestResult.RepTotal::variability)
			.containsExactly(new BigDecimal("0.3333"), new BigDecimal("1.0000"));
		assertThat(same.averageVariability()).isEqualTo(new BigDecimal("0.6666"));
		assertThat(same.months().get(0).gini()).isEqualByComparingTo("0.5");

		BacktestResult.Outcome other = result.plans().get(1);
		assertThat(other.total()).isEqualTo(eur("200.00"));
		assertThat(other.gini()).isEqualByComparingTo("0");
		assertThat(other.averageVariability()).isEqualByComparingTo("0");
		assertThat(other.gains()).singleElement().satisfies(ben -> {
			assertThat(ben.repName()).isEqualTo("Ben");
			assertThat(ben.difference()).isEqualTo(eur("50.00"));
		});
		assertThat(other.losses()).singleElement().satisfies(ann -> {
			assertThat(ann.repName()).isEqualTo("Ann");
			assertThat(ann.total()).isEqualTo(eur("100.00"));
			assertThat(ann.against()).isEqualTo(eur("150.00"));
		});
		assertThat(result.paid().total()).isEqualTo(eur("200.00"));
	}

	@Test
	void comparedWithAnotherPlanTheGainsAndLossesTurnAround() {
		BacktestResult result = Backtest.run(7, "Team", EUR, List.of(new Backtest.Plan("Commission", 1, commission),
				new Backtest.Plan("Pool", null, pool)), months, 1);

		assertThat(result.against()).isEqualTo("Pool");
		assertThat(result.plans().get(0).gains()).extracting(BacktestResult.RepTotal::repName).containsExactly("Ann");
		assertThat(result.plans().get(0).losses()).extracting(BacktestResult.RepTotal::repName).containsExactly("Ben");
		assertThat(result.plans().get(1).totalDifference()).isEqualTo(eur("0.00"));
		assertThat(result.paid().gains()).extracting(BacktestResult.RepTotal::repName).containsExactly("Ann");
	}

	@Test
	void aRepAPlanPaysNothingCountsAsPaidZero() {
		RecordedMonth unpaid = new RecordedMonth(SEPTEMBER, false, facts(SEPTEMBER, "300.00", "100.00"), List.of());
		BacktestResult result = Backtest.run(7, "Team", EUR, List.of(new Backtest.Plan("Pool", null, pool)),
				List.of(unpaid), null);

		assertThat(result.paid().months().get(0).reps()).extracting(BacktestResult.RepPay::payout)
			.containsExactly(eur("0.00"), eur("0.00"));
		assertThat(result.paid().gini()).isNull();
		assertThat(result.plans().get(0).gains()).hasSize(2);
		assertThat(result.plans().get(0).reps()).extracting(BacktestResult.RepTotal::variability).containsOnlyNulls();
	}

	private RecordedMonth paidByCommission(YearMonth period, String ann, String ben, boolean provisional) {
		PeriodFacts facts = facts(period, ann, ben);
		return new RecordedMonth(period, provisional, facts, Calculator.calculate(commission, facts));
	}

	private static PlanVersion plan(String name, PlanDocument.Component component) {
		return new PlanVersion(name, 1, LocalDate.of(2026, 1, 1),
				new PlanDocument(name, null, null, List.of(component), null));
	}

	private static PeriodFacts facts(YearMonth period, String ann, String ben) {
		List<PeriodFacts.RepFacts> reps = List.of(rep(1, "Ann", eur(ann)), rep(2, "Ben", eur(ben)));
		return new PeriodFacts(period, new TeamId(7), "Team", EUR, figures(eur(ann).plus(eur(ben))), reps);
	}

	private static PeriodFacts.RepFacts rep(long id, String name, Money margin) {
		return new PeriodFacts.RepFacts(RepId.of(id), name, new BigDecimal("40"), LocalDate.of(2025, 1, 1), null, 30,
				20, figures(margin));
	}

	private static PeriodFacts.Figures figures(Money margin) {
		Money zero = Money.zero(EUR);
		Money revenue = margin.times(BigDecimal.valueOf(4));
		return new PeriodFacts.Figures(new PeriodFacts.Orders(margin.isPositive() ? 1 : 0, revenue, margin),
				new PeriodFacts.Quotes(0, 0, 0, 0, null, zero, zero), new PeriodFacts.Queries(0, 0),
				new PeriodFacts.Csat(0, null), new PeriodFacts.Sla(0, 0, null), new PeriodFacts.Handling(null),
				new PeriodFacts.Reopens(0, 0, null), new PeriodFacts.Assists(0, 0));
	}

	private static Money eur(String amount) {
		return Money.of(new BigDecimal(amount), EUR);
	}
}
