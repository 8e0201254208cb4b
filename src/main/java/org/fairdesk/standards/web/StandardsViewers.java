package org.fairdesk.standards.web;

import java.util.Optional;

import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.standards.StandardFlags;
import org.springframework.security.core.Authentication;

/**
 * Who sees whose flags: a team's managers and administrators everyone's in the team (docs/security.md, "A team's
 * managers"); a rep only their own, and only in their own team.
 */
final class StandardsViewers {

	private StandardsViewers() {
	}

	static boolean seesEveryone(Authentication user) {
		return Role.any(user, Role.MANAGER, Role.ADMIN);
	}

	/** What another team's manager is refused: "Only the managers of team X … may read its standards flags". */
	static final String FLAGS = "read its standards flags";

	/** The team a login may read flags of: a team they manage, a rep's own only (403 otherwise, 404 unknown). */
	static TeamId readable(TeamId team, Authentication user, Optional<Rep> me, TeamManagerChecks managers) {
		if (seesEveryone(user)) {
			managers.requireForTeam(user, team, FLAGS);
			return team;
		}
		Rep rep = me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " has no team"));
		if (!rep.teamId().equals(team)) {
			throw new ForbiddenException("A rep sees only their own team's standards and only their own flags");
		}
		return team;
	}

	static StandardFlags visible(StandardFlags flags, Authentication user, Optional<Rep> me) {
		if (seesEveryone(user)) {
			return flags;
		}
		return flags.onlyFor(me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " has no team"))
			.id());
	}
}
