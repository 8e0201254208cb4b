package org.fairdesk.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.lab.IndicatorArithmetic.Measure;
import org.fairdesk.routing.AssignmentFigures.OrderWait;
import org.junit.jupiter.api.Test;

/** Each indicator's own arithmetic, worked by hand (docs/lab.md). */
class IndicatorArithmeticTests {

	@Test
	void theMedianInterpolatesBetweenTheTwoMiddleValues() {
		assertThat(IndicatorArithmetic.median(List.of(d("3"), d("1"), d("2")))).isEqualByComparingTo("2");
		assertThat(IndicatorArithmetic.median(List.of(d("4"), d("1"), d("2"), d("3")))).isEqualByComparingTo("2.5");
		assertThat(IndicatorArithmetic.median(List.of())).isNull();
	}

	@Test
	void smallOrdersWaitingTwiceAsLongGiveARatioOfTwo() {
		// Median value 300: 100 and 200 are small (waits 600 and 1000 s: median 800), 400 and 500 large (400 s).
		Measure m = IndicatorArithmetic.smallOrderWaitRatio(List.of(new OrderWait(d("100"), 600),
				new OrderWait(d("200"), 1000), new OrderWait(d("300"), 5), new OrderWait(d("400"), 300),
				new OrderWait(d("500"), 500)));
		assertThat(m.value()).isEqualByComparingTo("2.0000");
		assertThat(m.sample()).isEqualTo(2);
	}

	@Test
	void aZeroWaitCountsAsOneSecondSoTheRatioIsDefined() {
		Measure m = IndicatorArithmetic.smallOrderWaitRatio(List.of(new OrderWait(d("10"), 30),
				new OrderWait(d("20"), 0)));
		assertThat(m.value()).isEqualByComparingTo("30");
		assertThat(IndicatorArithmetic.smallOrderWaitRatio(List.of(new OrderWait(d("10"), 5))).value()).isNull();
	}

	@Test
	void theLastThreeBusinessDaysOfOctober2026AreThe28thTo30th() {
		// 31 October 2026 is a Saturday.
		assertThat(IndicatorArithmetic.lastBusinessDays(YearMonth.of(2026, 10), 3,
				day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY))
			.containsExactly(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 10, 28));
	}

	@Test
	void aVerdictNeedsTheSampleMinimumAndFollowsTheDirection() {
		assertThat(IndicatorArithmetic.verdict(Indicator.CHERRY_PICK_INDEX, new Measure(d("0.7"), 9), d("0.6")))
			.isEqualTo(GoalsStatus.Verdict.NOT_ENOUGH_DATA);
		assertThat(IndicatorArithmetic.verdict(Indicator.CHERRY_PICK_INDEX, new Measure(d("0.7"), 10), d("0.6")))
			.isEqualTo(GoalsStatus.Verdict.MISSED);
		assertThat(IndicatorArithmetic.verdict(Indicator.CHERRY_PICK_INDEX, new Measure(d("0.6"), 10), d("0.6")))
			.isEqualTo(GoalsStatus.Verdict.MET);
		assertThat(IndicatorArithmetic.verdict(Indicator.FIRST_RESPONSE_SLA, new Measure(d("0.85"), 20), d("0.9")))
			.isEqualTo(GoalsStatus.Verdict.MISSED);
		assertThat(IndicatorArithmetic.verdict(Indicator.FIRST_RESPONSE_SLA, Measure.NONE, d("0.9")))
			.isEqualTo(GoalsStatus.Verdict.NOT_ENOUGH_DATA);
	}

	@Test
	void ratiosAreToFourPlacesAndNullWithoutAWhole() {
		assertThat(IndicatorArithmetic.ratio(d("0.5"), d("0.3"))).isEqualByComparingTo("1.6667");
		assertThat(IndicatorArithmetic.ratio(d("1"), BigDecimal.ZERO)).isNull();
	}

	@Test
	void everyDefaultThresholdIsWithinItsIndicatorsRange() {
		assertThat(GoalManagement.defaults()).hasSize(Behaviour.values().length)
			.allSatisfy(g -> assertThat(g.indicator().allows(g.threshold())).as(g.behaviour().name()).isTrue());
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}
}
