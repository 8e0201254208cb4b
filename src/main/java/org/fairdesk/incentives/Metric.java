package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.fairdesk.incentives.PeriodFacts.Figures;
import org.jspecify.annotations.Nullable;

/**
 * A figure a plan may name (in a multiplier, a gate, a scorecard or a prize), read from the facts' figures: each is
 * one of docs/metrics.md's, never computed a second way. Shares are written as percentages here (SLA met 88.89),
 * because that is how a manager writes a threshold.
 */
public enum Metric {

	ORDERS_FULFILLED(Kind.VOLUME, f -> whole(f.orders().fulfilled()), null, ""),
	ORDER_REVENUE(Kind.VOLUME, f -> f.orders().revenue().amount(), null, ""),
	ORDER_MARGIN(Kind.VOLUME, f -> f.orders().margin().amount(), null, ""),
	QUOTES_SENT(Kind.VOLUME, f -> whole(f.quotes().sent()), null, ""),
	QUOTES_WON(Kind.VOLUME, f -> whole(f.quotes().won()), null, ""),
	WON_QUOTE_VALUE(Kind.VOLUME, f -> f.quotes().wonValue().amount(), null, ""),
	WON_QUOTE_MARGIN(Kind.VOLUME, f -> f.quotes().wonMargin().amount(), null, ""),
	QUERIES_RESOLVED(Kind.VOLUME, f -> whole(f.queries().resolved()), null, ""),
	ASSISTS_GIVEN(Kind.VOLUME, f -> whole(f.assists().given()), null, ""),
	QUOTE_CONVERSION_PERCENT(Kind.HIGHER_IS_BETTER, f -> percent(f.quotes().conversion()), f -> f.quotes().decided(),
			"%"),
	CSAT(Kind.HIGHER_IS_BETTER, f -> f.csat().mean(), f -> f.csat().responses(), ""),
	SLA_MET_PERCENT(Kind.HIGHER_IS_BETTER, f -> percent(f.sla().metShare()), f -> f.sla().counted(), "%"),
	HANDLING_MEDIAN_MINUTES(Kind.LOWER_IS_BETTER, f -> minutes(f.handling().medianSeconds()),
			f -> f.reopens().closed(), " min"),
	REOPEN_PERCENT(Kind.LOWER_IS_BETTER, f -> percent(f.reopens().rate()), f -> f.reopens().closed(), "%"),
	/** A rep's scorecard: only a prize ranks by it. */
	SCORECARD(Kind.SCORE, f -> null, null, "");

	/** How a metric is compared and normalised. */
	enum Kind {
		/** A count or an amount that adds up over reps: more is better, normalised against a fair share. */
		VOLUME,
		/** An average or a share, judged on a sample: more is better. */
		HIGHER_IS_BETTER,
		/** An average or a share, judged on a sample: less is better (handling time, reopens). */
		LOWER_IS_BETTER,
		/** Not a figure of the facts. */
		SCORE
	}

	private final Kind kind;
	private final Function<Figures, @Nullable BigDecimal> value;
	private final @Nullable ToLongFunction<Figures> sample;
	private final String unit;

	Metric(Kind kind, Function<Figures, @Nullable BigDecimal> value, @Nullable ToLongFunction<Figures> sample,
			String unit) {
		this.kind = kind;
		this.value = value;
		this.sample = sample;
		this.unit = unit;
	}

	Kind kind() {
		return kind;
	}

	boolean lowerIsBetter() {
		return kind == Kind.LOWER_IS_BETTER;
	}

	/** Whether it is an average or a share, judged on a sample (and so takes a minimum sample). */
	boolean isRate() {
		return kind == Kind.HIGHER_IS_BETTER || kind == Kind.LOWER_IS_BETTER;
	}

	/** The figure, or null when there is none (no survey answered, nothing closed). */
	@Nullable
	BigDecimal of(Figures figures) {
		return value.apply(figures);
	}

	/** The cases an average or share is taken over; a volume is never too small a sample. */
	long sampleOf(Figures figures) {
		return sample == null ? Long.MAX_VALUE : sample.applyAsLong(figures);
	}

	/** What the sample counts, in words. */
	String sampleName() {
		return switch (this) {
			case CSAT -> "survey answers";
			case SLA_MET_PERCENT -> "requests with a resolution target";
			case QUOTE_CONVERSION_PERCENT -> "quotes decided";
			default -> "requests closed";
		};
	}

	/** The value as a statement writes it: {@code 4.33}, {@code 88.89%}, {@code 20.5 min}. */
	String written(@Nullable BigDecimal figure) {
		return figure == null ? "none" : Numbers.written(figure) + unit;
	}

	/** Whether {@code a} is better than {@code b} for this metric. */
	boolean better(BigDecimal a, BigDecimal b) {
		return lowerIsBetter() ? a.compareTo(b) < 0 : a.compareTo(b) > 0;
	}

	private static BigDecimal whole(long count) {
		return BigDecimal.valueOf(count);
	}

	private static @Nullable BigDecimal percent(@Nullable BigDecimal share) {
		return share == null ? null : share.movePointRight(2);
	}

	private static @Nullable BigDecimal minutes(@Nullable Long seconds) {
		return seconds == null ? null : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
	}
}
