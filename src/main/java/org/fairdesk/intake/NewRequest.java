package org.fairdesk.intake;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A request as it arrives from outside, unchecked: {@link IntakeManagement#receive} validates every field. */
public record NewRequest(@Nullable String kind, @Nullable Long teamId, @Nullable String customer,
		@Nullable String subject, @Nullable String description, @Nullable BigDecimal amount,
		@Nullable String currency, @Nullable String externalId, @Nullable Integer priority, @Nullable String skill,
		@Nullable String customerEmail) {

	/** A request of normal priority that needs no particular skill. */
	public NewRequest(@Nullable String kind, @Nullable Long teamId, @Nullable String customer, @Nullable String subject,
			@Nullable String description, @Nullable BigDecimal amount, @Nullable String currency,
			@Nullable String externalId) {
		this(kind, teamId, customer, subject, description, amount, currency, externalId, null, null, null);
	}
}
