package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;
import org.junit.jupiter.api.Test;

/** The side-by-side arithmetic: per rep, totals, cost as a share of the gross margin, gains and losses. */
class PlanPreviewTests {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
	private static final PlanPreview.PlanInForce IN_FORCE = new PlanPreview.PlanInForce("Pool", 2);

	private static Statement paid(long rep, String name, String payout) {
		return new Statement(new RepId(rep), name, new TeamId(1), NOVEMBER, "Any", 1, eur(payout), List.of());
	}

	private static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}

	@Test
	void eachRepsDifferenceIsTheDraftLessThePlanInForceAndTheTotalsAddUp() {
		PlanPreview.Month month = PlanPreview.Month.of(NOVEMBER, eur("1000.00"), eur("4000.00"), IN_FORCE,
				List.of(paid(2, "Ben", "30.00"), paid(1, "Ann", "20.00"), paid(3, "Cy", "25.00")),
				List.of(paid(1, "Ann", "25.00"), paid(2, "Ben", "25.00"), paid(3, "Cy", "25.00")));

		assertThat(month.reps()).extracting(PlanPreview.RepPay::repName).containsExactly("Ann", "Ben", "Cy");
		assertThat(month.reps()).extracting(PlanPreview.RepPay::difference)
			.containsExactly(eur("-5.00"), eur("5.00"), eur("0.00"));
		assertThat(month.draftTotal()).isEqualTo(eur("75.00"));
		assertThat(month.inForceTotal()).isEqualTo(eur("75.00"));
		assertThat(month.totalDifference()).isEqualTo(eur("0.00"));
		assertThat(month.draftShare()).isEqualByComparingTo("0.075");
		assertThat(month.inForceShare()).isEqualByComparingTo("0.075");
		assertThat(month.draftShareOfRevenue()).isEqualByComparingTo("0.0188"); // 75.00 / 4000.00 = 0.01875, half-even
		assertThat(month.gains()).extracting(PlanPreview.RepPay::repName).containsExactly("Ben");
		assertThat(month.losses()).extracting(PlanPreview.RepPay::repName).containsExactly("Ann");
	}

	@Test
	void gainsAndLossesAreSortedLargestFirst() {
		PlanPreview.Month month = PlanPreview.Month.of(NOVEMBER, eur("1000.00"), eur("0.00"), IN_FORCE,
				List.of(paid(1, "Ann", "11.00"), paid(2, "Ben", "40.00"), paid(3, "Cy", "0.00"), paid(4, "Di", "9.00")),
				List.of(paid(1, "Ann", "10.00"), paid(2, "Ben", "10.00"), paid(3, "Cy", "10.00"), paid(4, "Di", "10.00")));

		assertThat(month.gains()).extracting(PlanPreview.RepPay::repName).containsExactly("Ben", "Ann");
		assertThat(month.losses()).extracting(PlanPreview.RepPay::repName).containsExactly("Cy", "Di");
		assertThat(month.totalDifference()).isEqualTo(eur("20.00"));
	}

	@Test
	void withoutAVersionInForceEveryDraftPayoutIsAGainAndThereIsNoTotalInForce() {
		PlanPreview.Month month = PlanPreview.Month.of(NOVEMBER, eur("200.00"), eur("900.00"), null,
				List.of(paid(1, "Ann", "5.00"), paid(2, "Ben", "5.00")), null);

		assertThat(month.inForce()).isNull();
		assertThat(month.reps()).extracting(PlanPreview.RepPay::inForce).containsOnlyNulls();
		assertThat(month.inForceTotal()).isNull();
		assertThat(month.inForceShare()).isNull();
		assertThat(month.totalDifference()).isEqualTo(eur("10.00"));
		assertThat(month.draftShare()).isEqualByComparingTo("0.05");
		assertThat(month.gains()).hasSize(2);
	}

	@Test
	void aRepOnePlanLeavesOutCountsAsZeroUnderIt() {
		PlanPreview.Month month = PlanPreview.Month.of(NOVEMBER, eur("100.00"), eur("100.00"), IN_FORCE,
				List.of(paid(1, "Ann", "8.00")), List.of(paid(1, "Ann", "4.00"), paid(2, "Ben", "4.00")));

		assertThat(month.reps()).extracting(PlanPreview.RepPay::draft).containsExactly(eur("8.00"), eur("0.00"));
		assertThat(month.losses()).singleElement().extracting(PlanPreview.RepPay::difference).isEqualTo(eur("-4.00"));
	}

	@Test
	void theShareOfTheMarginIsNullWhenTheTeamMadeNoMarginAndRoundedToFourPlacesOtherwise() {
		assertThat(PlanPreview.Month.share(eur("5.00"), eur("0.00"))).isNull();
		assertThat(PlanPreview.Month.share(eur("5.00"), eur("-10.00"))).isNull();
		assertThat(PlanPreview.Month.share(eur("1.00"), eur("3.00"))).isEqualTo(new BigDecimal("0.3333"));
	}
}
