package org.fairdesk.standards;

import java.math.BigDecimal;

import org.fairdesk.metrics.Figures;
import org.jspecify.annotations.Nullable;

/**
 * The figures a standard may name, each read from the dashboard's {@link Figures} (docs/metrics.md defines them),
 * with the sample it rests on.
 */
public enum StandardMetric {

	/** {@code csatAverage} (1 to 5), over {@code csatResponses}: the answers to the month's surveys. */
	CSAT("CSAT", "survey answers", new BigDecimal("1"), new BigDecimal("5")),
	/** {@code slaMetShare} (a fraction: 0.8 is 80 %), over {@code slaCounted}: closed requests with a target. */
	SLA_MET("SLA met", "requests with a target", BigDecimal.ZERO, BigDecimal.ONE),
	/** {@code handlingMedianSeconds}, over {@code closed}: the requests closed in the month. */
	HANDLING_MEDIAN("median handling time", "closed requests", BigDecimal.ZERO, new BigDecimal("31536000")),
	/** {@code reopenRate} (a fraction), over {@code closed}. */
	REOPEN_RATE("reopen rate", "closed requests", BigDecimal.ZERO, BigDecimal.ONE);

	private final String title;
	private final String sampleName;
	private final BigDecimal lowest;
	private final BigDecimal highest;

	StandardMetric(String title, String sampleName, BigDecimal lowest, BigDecimal highest) {
		this.title = title;
		this.sampleName = sampleName;
		this.lowest = lowest;
		this.highest = highest;
	}

	/** The metric in words, for pages and messages ("median handling time"); the API names it by its constant. */
	public String title() {
		return title;
	}

	/** The rep's or team's value in a month; null when there is nothing to measure. */
	public @Nullable BigDecimal value(Figures figures) {
		switch (this) {
		case CSAT:
			return figures.satisfaction().csatAverage();
		case SLA_MET:
			return figures.speed().slaMetShare();
		case HANDLING_MEDIAN:
			Long median = figures.speed().handlingMedianSeconds();
			return median == null ? null : BigDecimal.valueOf(median);
		case REOPEN_RATE:
			return figures.satisfaction().reopenRate();
		default:
			throw new IllegalStateException(name());
		}
	}

	/** How many the value rests on: answers for CSAT, requests with a target for SLA met, closed requests else. */
	public long sample(Figures figures) {
		switch (this) {
		case CSAT:
			return figures.satisfaction().csatResponses();
		case SLA_MET:
			return figures.speed().slaCounted();
		case HANDLING_MEDIAN:
		case REOPEN_RATE:
			return figures.outcomes().closed();
		default:
			throw new IllegalStateException(name());
		}
	}

	/** What the sample counts, for messages and pages. */
	public String sampleName() {
		return sampleName;
	}

	/** The lowest threshold that makes sense for the figure itself (not for a multiple of the team's). */
	BigDecimal lowest() {
		return lowest;
	}

	BigDecimal highest() {
		return highest;
	}
}
