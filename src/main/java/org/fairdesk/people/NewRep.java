package org.fairdesk.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What it takes to add a rep to a team. */
public record NewRep(TeamId teamId, String username, String displayName, BigDecimal hoursPerWeek,
		LocalDate startDate) {
}
