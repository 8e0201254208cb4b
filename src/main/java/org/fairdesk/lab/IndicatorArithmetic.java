package org.fairdesk.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.fairdesk.routing.AssignmentFigures;
import org.jspecify.annotations.Nullable;

/** The indicators' own arithmetic (docs/lab.md); everything else is read from metrics and routing. */
final class IndicatorArithmetic {

	private IndicatorArithmetic() {
	}

	/** An indicator's value for a month and how many cases it rests on. */
	record Measure(@Nullable BigDecimal value, long sample) {

		static final Measure NONE = new Measure(null, 0);
	}

	/** Continuous median (interpolated between the two middle values), null for none. */
	static @Nullable BigDecimal median(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
	}

	/** {@code part / whole} to 4 places, half up; null when the whole is 0 or either is unknown. */
	static @Nullable BigDecimal ratio(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.divide(whole, 4, RoundingMode.HALF_UP);
	}

	/**
	 * Median wait of the orders worth less than the month's median order value over the median wait of those worth
	 * more (orders at the median count on neither side); each median is at least one second, so the ratio is
	 * defined. The sample is the smaller side.
	 */
	static Measure smallOrderWaitRatio(List<AssignmentFigures.OrderWait> waits) {
		BigDecimal middle = median(waits.stream().map(AssignmentFigures.OrderWait::value).toList());
		if (middle == null) {
			return Measure.NONE;
		}
		List<BigDecimal> small = new ArrayList<>();
		List<BigDecimal> large = new ArrayList<>();
		for (AssignmentFigures.OrderWait wait : waits) {
			int c = wait.value().compareTo(middle);
			if (c < 0) {
				small.add(BigDecimal.valueOf(wait.waitSeconds()));
			}
			else if (c > 0) {
				large.add(BigDecimal.valueOf(wait.waitSeconds()));
			}
		}
		long sample = Math.min(small.size(), large.size());
		if (sample == 0) {
			return new Measure(null, 0);
		}
		return new Measure(ratio(atLeastOne(median(small)), atLeastOne(median(large))), sample);
	}

	private static BigDecimal atLeastOne(@Nullable BigDecimal seconds) {
		return seconds == null || seconds.compareTo(BigDecimal.ONE) < 0 ? BigDecimal.ONE : seconds;
	}

	/** The month's last {@code n} business days, latest first. */
	static List<LocalDate> lastBusinessDays(YearMonth month, int n, Predicate<LocalDate> businessDay) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = month.atEndOfMonth(); days.size() < n && !day.isBefore(month.atDay(1)); day = day
			.minusDays(1)) {
			if (businessDay.test(day)) {
				days.add(day);
			}
		}
		return days;
	}

	/** Met, missed or not enough data: a value on fewer cases than the indicator's minimum is not judged. */
	static GoalsStatus.Verdict verdict(Indicator indicator, Measure measure, BigDecimal threshold) {
		if (measure.value() == null || measure.sample() < indicator.sampleMinimum()) {
			return GoalsStatus.Verdict.NOT_ENOUGH_DATA;
		}
		return indicator.meets(measure.value(), threshold) ? GoalsStatus.Verdict.MET : GoalsStatus.Verdict.MISSED;
	}
}
