package org.fairdesk.routing.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
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
		BigDecimal value = Inputs.decimal(this.value, "value", checks);
		BigDecimal margin = Inputs.decimal(this.margin, "margin", checks);
		BigDecimal quoted = Inputs.decimal(this.quotedAmount, "quotedAmount", checks);
		LocalDate until = Inputs.day(this.validUntil, "validUntil", checks);
		checks.throwIfAny();
		return new Transition(target, value, margin, blankToNull(reason), quoted, until, null);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
