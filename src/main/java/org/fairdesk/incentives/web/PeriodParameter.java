package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Reads {@code period=YYYY-MM}; a missing period means the current month. */
final class PeriodParameter {

	private PeriodParameter() {
	}

	static YearMonth parse(@Nullable String value, YearMonth current) {
		if (value == null || value.isBlank()) {
			return current;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of("period", "must be a month as YYYY-MM, got " + value);
		}
	}
}
