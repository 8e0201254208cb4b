package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.PeopleManagement;
import org.springframework.security.core.Authentication;

/** Who sees which statements: managers, finance and admins see all; a rep sees only their own. */
final class Statements {

	private static final Set<String> SEE_ALL = Set.of("ROLE_MANAGER", "ROLE_FINANCE", "ROLE_ADMIN");

	private Statements() {
	}

	static List<Statement> visibleTo(Authentication user, YearMonth period, IncentiveManagement incentives,
			PeopleManagement people) {
		if (user.getAuthorities().stream().anyMatch(a -> SEE_ALL.contains(a.getAuthority()))) {
			return incentives.statements(period);
		}
		return people.repByUsername(user.getName())
			.map(rep -> incentives.statementsOf(rep.id(), period))
			.orElse(List.of());
	}
}
