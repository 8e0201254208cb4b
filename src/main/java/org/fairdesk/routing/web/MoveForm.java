package org.fairdesk.routing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A move as typed on “My work”: every field a string, so a value that does not parse is named on the page like
 * any other bad field instead of failing the whole form.
 */
record MoveForm(@Nullable String to, @Nullable String value, @Nullable String margin, @Nullable String reason,
		@Nullable String quotedAmount, @Nullable String validUntil) {

	/** @throws InvalidInputException naming the target or every field that is not a number or a date */
	Transition toTransition() {
		RequestState target = RequestState.target(to);
		var checks = new FieldChecks();
		BigDecimal value = decimal(this.value, "value", checks);
		BigDecimal margin = decimal(this.margin, "margin", checks);
		BigDecimal quoted = decimal(this.quotedAmount, "quotedAmount", checks);
		LocalDate until = date(this.validUntil, "validUntil", checks);
		checks.throwIfAny();
		return new Transition(target, value, margin, blankToNull(reason), quoted, until, null);
	}

	private static @Nullable BigDecimal decimal(@Nullable String text, String field, FieldChecks checks) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			checks.require(false, field, "must be a number like 1234.50, got " + text);
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, FieldChecks checks) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			checks.require(false, field, "must be a date as YYYY-MM-DD, got " + text);
			return null;
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
