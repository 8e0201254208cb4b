package org.fairdesk.metrics.web;

import java.util.Optional;

import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's figures: managers, finance and admins see every rep; a rep sees the team's totals and only their own. */
@RestController
class MetricsController {

	private final MetricsManagement metrics;

	MetricsController(MetricsManagement metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/api/metrics/teams/{id}")
	TeamMetrics team(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
			Authentication user, @CurrentRep Optional<Rep> me) {
		TeamId team = new TeamId(id);
		return MetricsViewers.visible(metrics.team(team, period), user, me);
	}
}
