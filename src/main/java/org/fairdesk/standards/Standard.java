package org.fairdesk.standards;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One minimum standard of a team: a rep falls short of it in a month when their {@code metric} is on the wrong side of
 * the limit (the {@code threshold}, or the threshold times the team's value for a comparison relative to the team) and
 * their sample is at least {@code minimumSample}; they are flagged when they fall short {@code monthsInARow} months in
 * a row ending with the month asked for (docs/standards.md). An inactive standard is kept but flags nobody.
 */
public record Standard(StandardMetric metric, Comparison comparison, BigDecimal threshold, int monthsInARow,
		long minimumSample, boolean active) {

	/** How one month measures against the standard. */
	public record MonthCheck(String period, @Nullable BigDecimal value, long sample, @Nullable BigDecimal teamValue,
			@Nullable BigDecimal limit, boolean fallsShort) {
	}

	/** The limit for a month: the threshold, or the threshold times the team's value (null when the team has none). */
	public @Nullable BigDecimal limit(@Nullable BigDecimal teamValue) {
		if (!comparison.relativeToTeam()) {
			return threshold;
		}
		return teamValue == null ? null : threshold.multiply(teamValue);
	}

	/**
	 * One month: short when the sample reaches the minimum and the value lies strictly on the wrong side of the limit.
	 * No value, or no limit (a team without a value to multiply), is never short.
	 */
	public MonthCheck check(YearMonth month, @Nullable BigDecimal value, long sample, @Nullable BigDecimal teamValue) {
		BigDecimal limit = limit(teamValue);
		boolean fallsShort = value != null && limit != null && sample >= minimumSample
				&& (comparison.shortWhenBelow() ? value.compareTo(limit) < 0 : value.compareTo(limit) > 0);
		return new MonthCheck(month.toString(), value, sample, teamValue, limit, fallsShort);
	}

	/**
	 * Whether these checks flag the rep: exactly the {@link #monthsInARow} months ending with the month asked for,
	 * oldest first, each one short, and the standard active.
	 */
	public boolean flags(List<MonthCheck> months) {
		return active && months.size() == monthsInARow && months.stream().allMatch(MonthCheck::fallsShort);
	}

	/** The months a flag for {@code month} looks at, oldest first. */
	public List<YearMonth> monthsEndingWith(YearMonth month) {
		return java.util.stream.IntStream.range(0, monthsInARow)
			.mapToObj(i -> month.minusMonths(monthsInARow - 1 - i))
			.toList();
	}

	/** In words, for pages and messages: the metric, the side and limit, the minimum sample, the months in a row. */
	public String describe() {
		String side = comparison.shortWhenBelow() ? "below " : "above ";
		String limit = comparison.relativeToTeam() ? threshold.stripTrailingZeros().toPlainString() + " × the team's"
				: threshold.stripTrailingZeros().toPlainString();
		return metric.title() + " " + side + limit + ", with at least " + minimumSample + " " + metric.sampleName()
				+ ", " + monthsInARow + (monthsInARow == 1 ? " month" : " months in a row") + (active ? "" : " (inactive)");
	}
}
