package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.fairdesk.incentives.PlanDocument.Multiplier;
import org.fairdesk.incentives.PlanDocument.Point;
import org.fairdesk.incentives.PlanDocument.Step;

/**
 * A factor from one of the team's metrics. A step table gives the factor of the best step the value reaches (at or
 * above its value, or at or below for a lower-is-better metric), and {@code otherwise} below the first; a ramp runs
 * straight from one point to the other and stays flat beyond both. Without a value the factor is
 * {@code whenMissing}, 1 unless the plan says otherwise.
 */
final class MultiplierRule {

	private MultiplierRule() {
	}

	/** The factor and how it was found, in words. */
	record Factor(BigDecimal value, String reason) {
	}

	static Factor factor(Multiplier multiplier, PeriodFacts.Figures team) {
		Metric metric = multiplier.metric();
		BigDecimal value = metric.of(team);
		String reading = "team " + metric + " " + metric.written(value)
				+ (metric.isRate() ? " on " + metric.sampleOf(team) + " " + metric.sampleName() : "");
		if (value == null) {
			BigDecimal missing = multiplier.whenMissing() == null ? BigDecimal.ONE : multiplier.whenMissing();
			return new Factor(missing, reading + ": no value, so the factor for a missing value");
		}
		return multiplier.steps() != null ? step(metric, multiplier.steps(), multiplier.otherwise(), value, reading)
				: ramp(multiplier.ramp().from(), multiplier.ramp().to(), value, reading);
	}

	private static Factor step(Metric metric, List<Step> steps, BigDecimal otherwise, BigDecimal value,
			String reading) {
		Step reached = null;
		for (Step step : steps) {
			boolean reaches = metric.lowerIsBetter() ? value.compareTo(step.at()) <= 0 : value.compareTo(step.at()) >= 0;
			if (reaches) {
				reached = step;
			}
		}
		if (reached == null) {
			return new Factor(otherwise, reading + " reaches no step, so the factor otherwise");
		}
		return new Factor(reached.factor(), reading + " reaches the step at " + Numbers.written(reached.at())
				+ (metric.lowerIsBetter() ? " (at most)" : " (at least)"));
	}

	private static Factor ramp(Point from, Point to, BigDecimal value, String reading) {
		BigDecimal low = from.at().min(to.at());
		BigDecimal high = from.at().max(to.at());
		if (value.compareTo(low) <= 0 || value.compareTo(high) >= 0) {
			Point end = (value.compareTo(low) <= 0) == (from.at().compareTo(to.at()) < 0) ? from : to;
			return new Factor(end.factor(), reading + " is at or beyond the ramp's end at " + Numbers.written(end.at()));
		}
		// from.factor + (to.factor - from.factor) x (value - from.at) / (to.at - from.at), as one division: rounded once
		BigDecimal run = to.at().subtract(from.at());
		BigDecimal factor = Numbers.ratio(from.factor().multiply(run)
			.add(to.factor().subtract(from.factor()).multiply(value.subtract(from.at()))), run);
		return new Factor(factor, reading + " lies on the ramp from " + Numbers.written(from.at()) + " (× "
				+ Numbers.written(from.factor()) + ") to " + Numbers.written(to.at()) + " (× "
				+ Numbers.written(to.factor()) + ")");
	}
}
