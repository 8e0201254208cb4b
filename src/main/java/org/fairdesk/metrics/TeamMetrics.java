package org.fairdesk.metrics;

import java.util.List;

import org.fairdesk.people.RepId;

/** A team's figures for a period, the team first, then each rep (for a rep asking: only themselves). */
public record TeamMetrics(long teamId, String teamName, String period, String currency, Figures team,
		List<RepFigures> reps) {

	public record RepFigures(RepId repId, String name, Figures figures) {
	}

	public TeamMetrics onlyFor(RepId rep) {
		return new TeamMetrics(teamId, teamName, period, currency, team,
				reps.stream().filter(r -> r.repId().equals(rep)).toList());
	}
}
