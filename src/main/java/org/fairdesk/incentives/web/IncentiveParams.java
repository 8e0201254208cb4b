package org.fairdesk.incentives.web;

import java.time.YearMonth;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The query parameters the incentives API shares, read one way everywhere: {@code teamId} and a required month. */
final class IncentiveParams {

	private IncentiveParams() {
	}

	/** The {@code teamId} parameter: required, a whole number. */
	static TeamId team(@Nullable String teamId) {
		Integer team = Inputs.wholeNumber(teamId, "teamId", "a team's id, a whole number");
		if (team == null) {
			throw InvalidInputException.of("teamId", "is required: a team's id");
		}
		return new TeamId(team);
	}

	/** A {@code period} that must be given: a month as YYYY-MM. */
	static YearMonth month(@Nullable String period) {
		YearMonth month = Inputs.month(period, "period");
		if (month == null) {
			throw InvalidInputException.of("period", "is required: a month as YYYY-MM");
		}
		return month;
	}
}
