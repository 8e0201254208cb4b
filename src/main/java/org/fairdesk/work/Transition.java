package org.fairdesk.work;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A move through the lifecycle as the assignee asks for it: the target state and what that state needs
 * (value and margin for a fulfilled order or won quote, a reason for a cancellation or loss).
 */
public record Transition(RequestState to, @Nullable BigDecimal value, @Nullable BigDecimal margin,
		@Nullable String reason) {

	public static Transition to(RequestState to) {
		return new Transition(to, null, null, null);
	}
}
