package org.fairdesk.work;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fairdesk.intake.RequestId;
import org.jspecify.annotations.Nullable;

/**
 * A move through the lifecycle as the assignee asks for it: the target state and what that state needs. Value
 * and margin close a fulfilled order or a won quote; a reason closes a cancellation or a loss (and is kept with
 * any other move); a quoted amount and a validUntil date send a quote; an order id links a won quote to an order
 * that exists already (without one, winning creates the order).
 */
public record Transition(RequestState to, @Nullable BigDecimal value, @Nullable BigDecimal margin,
		@Nullable String reason, @Nullable BigDecimal quotedAmount, @Nullable LocalDate validUntil,
		@Nullable RequestId orderId) {

	/** A move that is not about a quote: no quoted amount, validity or order link. */
	public Transition(RequestState to, @Nullable BigDecimal value, @Nullable BigDecimal margin,
			@Nullable String reason) {
		this(to, value, margin, reason, null, null, null);
	}

	public static Transition to(RequestState to) {
		return new Transition(to, null, null, null);
	}

	/** Sends a quote for {@code amount}, valid up to and including {@code validUntil}. */
	public static Transition sent(BigDecimal amount, LocalDate validUntil) {
		return new Transition(RequestState.SENT, null, null, null, amount, validUntil, null);
	}

	/** Wins a quote; with an {@code orderId} it links that order, without one it creates the order. */
	public static Transition won(BigDecimal value, BigDecimal margin, @Nullable RequestId orderId) {
		return new Transition(RequestState.WON, value, margin, null, null, null, orderId);
	}
}
