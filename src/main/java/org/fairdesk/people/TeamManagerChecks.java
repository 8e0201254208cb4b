package org.fairdesk.people;

import org.fairdesk.security.TeamManagers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change what belongs to a team (a rep's availability and routing settings, the team's routing and manual
 * assignments, its pay, disputes and plan): the team's managers and administrators ({@link TeamManagers}, the rule),
 * applied to a rep's team or a team by id. Lives in people because it resolves reps and teams.
 */
@Component
public class TeamManagerChecks {

	private final PeopleManagement people;
	private final TeamManagers managers;

	TeamManagerChecks(PeopleManagement people, TeamManagers managers) {
		this.people = people;
		this.managers = managers;
	}

	/**
	 * Refuses (403, naming why) a login that does not manage the rep's team; an unknown rep is a 404.
	 *
	 * @param what what they tried, to finish "Only the managers of team X may …"
	 */
	public void require(Authentication user, RepId rep, String what) {
		requireForTeam(user, people.rep(rep).teamId(), what);
	}

	/** The same for the team itself (its routing settings, manual assignments to its reps); an unknown team is a 404. */
	public void requireForTeam(Authentication user, TeamId teamId, String what) {
		Team team = people.team(teamId);
		managers.require(user, team.id().value(), team.name(), what);
	}
}
