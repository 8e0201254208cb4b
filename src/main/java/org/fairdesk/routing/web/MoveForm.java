package org.fairdesk.routing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.fairdesk.intake.RequestId;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Transition;
import org.jspecify.annotations.Nullable;

/**
 * A move as typed on “My work”: every field a string, so a value that does not parse is named on the page like
 * any other bad field instead of failing the whole form. {@code orderId} is the id of an existing order a win links
 * (left empty, winning creates the order), as the API's {@code orderId}.
 */
record MoveForm(@Nullable String to, @Nullable String value, @Nullable String margin, @Nullable String reason,
		@Nullable String quotedAmount, @Nullable String validUntil, @Nullable String orderId) {

	private static final Pattern UUID_TEXT = Pattern
		.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

	/** @throws InvalidInputException naming the target or every field that is not a number or a date */
	Transition toTransition() {
		RequestState target = RequestState.target(to);
		var checks = new FieldChecks();
		BigDecimal value = Inputs.decimal(this.value, "value", checks);
		BigDecimal margin = Inputs.decimal(this.margin, "margin", checks);
		BigDecimal quoted = Inputs.decimal(this.quotedAmount, "quotedAmount", checks);
		LocalDate until = Inputs.day(this.validUntil, "validUntil", checks);
		RequestId order = orderId(this.orderId, checks);
		checks.throwIfAny();
		return new Transition(target, value, margin, blankToNull(reason), quoted, until, order);
	}

	/** An order's id as typed; null when left empty, a problem for {@code orderId} when it is not an id. */
	private static @Nullable RequestId orderId(@Nullable String text, FieldChecks checks) {
		if (text == null || text.isBlank()) {
			return null;
		}
		boolean anId = UUID_TEXT.matcher(text.strip()).matches();
		checks.require(anId, "orderId", "must be an order's id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, got "
				+ Inputs.shortened(text));
		return anId ? new RequestId(UUID.fromString(text.strip())) : null;
	}

	/** The amounts as typed, for the form shown again after a refusal (so the rep need not type them twice). */
	java.util.Map<String, String> typed() {
		var typed = new java.util.HashMap<String, String>();
		typed.put("value", value == null ? "" : value);
		typed.put("margin", margin == null ? "" : margin);
		return typed;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
