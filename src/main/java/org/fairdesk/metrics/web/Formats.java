package org.fairdesk.metrics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** How the dashboard writes figures: durations in h and min, fractions as percentages, gaps as a dash. */
@Component("fmt")
public class Formats {

	public String duration(@Nullable Long seconds) {
		if (seconds == null) {
			return "–";
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
	}

	public String percent(@Nullable BigDecimal fraction) {
		return fraction == null ? "–"
				: fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
	}

	public String number(@Nullable BigDecimal value) {
		return value == null ? "–" : value.toPlainString();
	}
}
