package org.fairdesk.metrics.web;

import java.util.Optional;

import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.Rep;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.springframework.security.core.Authentication;

/**
 * Who may see whose figures: managers, finance and admins everyone's; a rep their own team's totals and their
 * own figures, never a colleague's (team first, without a league table).
 */
final class MetricsViewers {

	private MetricsViewers() {
	}

	/** The figures this login may see; {@code me} is the login's rep (people's {@code @CurrentRep}), if any. */
	static TeamMetrics visible(TeamMetrics metrics, Authentication user, Optional<Rep> me) {
		if (seesEveryone(user)) {
			return metrics;
		}
		Rep rep = myself(user, me);
		if (rep.teamId().value() != metrics.teamId()) {
			throw new ForbiddenException("A rep sees only their own team's figures");
		}
		return metrics.onlyFor(rep.id());
	}

	/** A login that sees only its own figures must be a rep. */
	static Rep myself(Authentication user, Optional<Rep> me) {
		return me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " has no team"));
	}

	static boolean seesEveryone(Authentication user) {
		return Role.any(user, Role.MANAGER, Role.ADMIN, Role.FINANCE);
	}
}
