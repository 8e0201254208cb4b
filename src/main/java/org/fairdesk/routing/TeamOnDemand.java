package org.fairdesk.routing;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A team's id, and the team itself read only when a decision needs it (its zone for working hours or the month,
 * its name for a refusal). Most requests a rep asks for need neither, and this is routing's hottest path.
 */
final class TeamOnDemand {

	private final TeamId id;
	private final PeopleManagement people;
	private @Nullable Team team;

	TeamOnDemand(TeamId id, PeopleManagement people) {
		this.id = id;
		this.people = people;
	}

	TeamId id() {
		return id;
	}

	Team get() {
		if (team == null) {
			team = people.team(id);
		}
		return team;
	}
}
