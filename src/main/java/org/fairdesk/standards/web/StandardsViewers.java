package org.fairdesk.standards.web;

import java.util.Optional;

import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.standards.StandardFlags;
import org.springframework.security.core.Authentication;

/** Who sees whose flags: managers and admins everyone's; a rep only their own, and only in their own team. */
final class StandardsViewers {

	private StandardsViewers() {
	}

	static boolean seesEveryone(Authentication user) {
		return Role.any(user, Role.MANAGER, Role.ADMIN);
	}

	/** The team a login may read flags of: any for managers and admins, a rep's own only (403 otherwise). */
	static TeamId readable(TeamId team, Authentication user, Optional<Rep> me) {
		if (seesEveryone(user)) {
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
