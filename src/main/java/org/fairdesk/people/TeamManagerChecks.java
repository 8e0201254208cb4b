package org.fairdesk.people;

import org.fairdesk.security.TeamManagers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change what belongs to a team (a rep's availability and routing settings, the team's routing and manual
 * assignments, its pay, disputes and plan): the team's managers and administrators ({@link TeamManagers}, the rule),
 * applied to a rep's team or a team by id; and who may read its pay (its managers, finance and administrators).
 * Lives in people because it resolves reps and teams.
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

	/** Whether the login manages the team ({@link TeamManagers#manages}). */
	public boolean manages(Authentication user, TeamId team) {
		return managers.manages(user, team.value());
	}

	/** Whether the login may read the team's pay ({@link TeamManagers#readsPay}). */
	public boolean readsPay(Authentication user, TeamId team) {
		return managers.readsPay(user, team.value());
	}

	/** Refuses (403, naming why) a login that may not read the team's pay; an unknown team is a 404. */
	public void requirePayReader(Authentication user, TeamId teamId) {
		Team team = people.team(teamId);
		managers.requirePayReader(user, team.id().value(), team.name());
	}

	/** The same for the rep's team: a rep's pay is read by who reads their team's; an unknown rep is a 404. */
	public void requirePayReaderOfRep(Authentication user, RepId rep) {
		requirePayReader(user, people.rep(rep).teamId());
	}
}
