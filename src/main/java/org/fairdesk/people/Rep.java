package org.fairdesk.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A salesperson who handles requests; {@code username} is the login that acts as this rep. */
public record Rep(RepId id, TeamId teamId, String username, String displayName, BigDecimal hoursPerWeek,
		LocalDate startDate, Availability availability) {

	public boolean isAvailable() {
		return availability == Availability.AVAILABLE;
	}
}
