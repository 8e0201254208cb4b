package org.fairdesk.metrics.web;

import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see whose figures: managers, finance and admins everyone's; a rep their own team's totals and their
 * own figures, never a colleague's (team first, without a league table).
 */
@Component
class MetricsViewers {

	private final PeopleManagement people;

	MetricsViewers(PeopleManagement people) {
		this.people = people;
	}

	TeamMetrics visible(TeamMetrics metrics, Authentication user) {
		if (seesEveryone(user)) {
			return metrics;
		}
		Rep me = people.repByUsername(user.getName())
			.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " has no team"));
		if (me.teamId().value() != metrics.teamId()) {
			throw new ForbiddenException("A rep sees only their own team's figures");
		}
		return metrics.onlyFor(me.id());
	}

	static boolean seesEveryone(Authentication user) {
		return Role.any(user, Role.MANAGER, Role.ADMIN, Role.FINANCE);
	}
}
