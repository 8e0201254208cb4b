package org.fairdesk.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Checks the fields a move carries against what its target state takes, naming every bad one at once. A field the
 * target does not take is an error rather than ignored, so a client never believes it stored something it did not.
 */
final class TransitionFields {

	static final BigDecimal MAX_AMOUNT = org.fairdesk.shared.Money.LIMIT;
	static final int MAX_REASON = 1000;

	private TransitionFields() {
	}

	/**
	 * @param today the team's date now; only sending a quote reads it
	 * @throws InvalidInputException naming each bad field
	 */
	static void check(Transition move, Currency currency, @Nullable LocalDate today) {
		check(move, currency, today, List.of());
	}

	/**
	 * @param orderProblems what is wrong with the order a win links ({@link QuoteOrders#problems}), named with the rest
	 * @throws InvalidInputException naming each bad field
	 */
	static void check(Transition move, Currency currency, @Nullable LocalDate today, List<FieldProblem> orderProblems) {
		var checks = new FieldChecks();
		outcome(checks, move, currency);
		quote(checks, move, currency, today);
		checks.require(move.to() == RequestState.WON || move.orderId() == null, "orderId",
				"only winning a quote (WON) links an order");
		if (move.to() == RequestState.WON) {
			orderProblems.forEach(p -> checks.require(false, p.field(), p.message()));
		}
		if (move.to().needsReason()) {
			checks.requireText(move.reason(), "reason", MAX_REASON);
		}
		else {
			checks.require(move.reason() == null || move.reason().length() <= MAX_REASON, "reason",
					"must be at most " + MAX_REASON + " characters");
		}
		checks.throwIfAny();
	}

	/** A reopen takes a reason and nothing else; its reason is checked with the reopen itself. */
	static void checkReopen(Transition move) {
		String only = "a reopen (REOPENED) takes only a reason";
		new FieldChecks().require(move.value() == null, "value", only)
			.require(move.margin() == null, "margin", only)
			.require(move.quotedAmount() == null, "quotedAmount", only)
			.require(move.validUntil() == null, "validUntil", only)
			.require(move.orderId() == null, "orderId", only)
			.throwIfAny();
	}

	private static void outcome(FieldChecks checks, Transition move, Currency currency) {
		RequestState to = move.to();
		if (!to.hasValue()) {
			checks.require(move.value() == null && move.margin() == null, "value", to.isClosed()
					? article(to) + " " + to + " request has no value or margin"
					: "a move to " + to + " takes no value or margin");
			return;
		}
		amount(checks, "value", move.value(), currency, false);
		amount(checks, "margin", move.margin(), currency, true);
		checks.require(checks.hasProblem("value") || checks.hasProblem("margin")
				|| move.margin().compareTo(move.value()) <= 0, "margin", "cannot exceed the value");
	}

	private static void quote(FieldChecks checks, Transition move, Currency currency, @Nullable LocalDate today) {
		if (move.to() != RequestState.SENT) {
			checks.require(move.quotedAmount() == null, "quotedAmount", "only sending a quote (SENT) takes an amount")
				.require(move.validUntil() == null, "validUntil", "only sending a quote (SENT) takes a date");
			return;
		}
		amount(checks, "quotedAmount", move.quotedAmount(), currency, false);
		if (move.validUntil() == null) {
			checks.require(false, "validUntil", "is required");
		}
		else {
			Objects.requireNonNull(today, "sending a quote needs the team's date");
			checks.require(move.validUntil().isAfter(today), "validUntil",
					"must be after today (" + today + " in the team's time zone), got " + move.validUntil());
		}
	}

	private static String article(RequestState state) {
		return "AEIOU".indexOf(state.name().charAt(0)) >= 0 ? "an" : "a";
	}

	/** A margin may be negative (a loss-making order); a value or a quoted amount must be positive. */
	static void amount(FieldChecks checks, String field, @Nullable BigDecimal amount, Currency currency,
			boolean mayBeNegative) {
		if (amount == null) {
			checks.require(false, field, "is required");
			return;
		}
		checks.require(mayBeNegative || amount.signum() > 0, field, "must be more than zero")
			.require(amount.abs().compareTo(MAX_AMOUNT) < 0, field, "is too large")
			.require(amount.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits(), field,
					"has more decimals than " + currency + " allows");
	}
}
