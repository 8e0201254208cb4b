package org.fairdesk.standards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A standard as it arrives from outside, every field checked by {@link StandardsManagement#replace}. */
public record NewStandard(@Nullable String metric, @Nullable String comparison, @Nullable BigDecimal threshold,
		@Nullable Integer monthsInARow, @Nullable Long minimumSample, @Nullable Boolean active) {
}
