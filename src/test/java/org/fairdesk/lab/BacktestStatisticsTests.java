package org.fairdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The backtest's measures, on cases worked by hand (docs/lab.md, "Backtests"). */
class BacktestStatisticsTests {

	@Test
	void giniIsZeroWhenAllAreEqualAndThreeQuartersWhenOneOfFourHasEverything() {
		assertThat(BacktestStatistics.gini(amounts("0", "0", "0", "100"))).isEqualByComparingTo("0.75");
		assertThat(BacktestStatistics.gini(amounts("25.00", "25.00", "25.00", "25.00"))).isEqualByComparingTo("0");
		// by the definition: sum|xi - xj| = 2 x 100 = 200, over 2 n^2 mean = 2 x 4 x 100 = 800
		assertThat(BacktestStatistics.gini(amounts("150", "50"))).isEqualByComparingTo("0.25");
		assertThat(BacktestStatistics.gini(amounts("1", "2", "3"))).isEqualTo(new BigDecimal("0.2222"));
		assertThat(BacktestStatistics.gini(amounts("100"))).isEqualByComparingTo("0");
	}

	@Test
	void giniMeansNothingWithoutPayoutsOrWhenTheyAddUpToNothing() {
		assertThat(BacktestStatistics.gini(List.of())).isNull();
		assertThat(BacktestStatistics.gini(amounts("0", "0"))).isNull();
	}

	@Test
	void variabilityIsThePopulationStandardDeviationOverTheMean() {
		// mean 75, deviations 25 and -25: SD (over n) 25, 25 / 75
		assertThat(BacktestStatistics.variability(amounts("100", "50"))).isEqualTo(new BigDecimal("0.3333"));
		assertThat(BacktestStatistics.variability(amounts("0", "50"))).isEqualTo(new BigDecimal("1.0000"));
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population SD 2 (the sample SD would be 2.138)
		assertThat(BacktestStatistics.variability(amounts("2", "4", "4", "4", "5", "5", "7", "9")))
			.isEqualTo(new BigDecimal("0.4000"));
		assertThat(BacktestStatistics.variability(amounts("80.00", "80.00", "80.00"))).isEqualByComparingTo("0");
	}

	@Test
	void variabilityNeedsTwoMonthsAndAPositiveMean() {
		assertThat(BacktestStatistics.variability(amounts("100"))).isNull();
		assertThat(BacktestStatistics.variability(amounts("0", "0"))).isNull();
	}

	@Test
	void sharesAndMeans() {
		assertThat(BacktestStatistics.share(new BigDecimal("200.00"), new BigDecimal("2000.00")))
			.isEqualTo(new BigDecimal("0.1000"));
		assertThat(BacktestStatistics.share(new BigDecimal("200.00"), BigDecimal.ZERO)).isNull();
		// 0.66665, half even
		assertThat(BacktestStatistics.mean(amounts("0.3333", "1.0000"))).isEqualTo(new BigDecimal("0.6666"));
		assertThat(BacktestStatistics.mean(List.of())).isNull();
	}

	private static List<BigDecimal> amounts(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}
}
