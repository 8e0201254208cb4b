package org.fairdesk.lab;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One goal as a manager sends it: names as written, checked by {@link GoalManagement#replace}. */
public record GoalInput(@Nullable String behaviour, @Nullable String indicator, @Nullable BigDecimal threshold,
		@Nullable Boolean enabled) {
}
