package org.fairdesk.people;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What it takes to add a rep to a team; {@code leavingDate} (their last day, included) is usually unknown yet. */
public record NewRep(TeamId teamId, String username, String displayName, BigDecimal hoursPerWeek,
		LocalDate startDate, @Nullable LocalDate leavingDate) {

	/** A rep with no leaving date. */
	public NewRep(TeamId teamId, String username, String displayName, BigDecimal hoursPerWeek, LocalDate startDate) {
		this(teamId, username, displayName, hoursPerWeek, startDate, null);
	}
}
