package org.fairdesk.people;

import org.fairdesk.security.LoginNameRules;
import org.fairdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A login under a rep's name is that rep's, so it is a REP login: a manager's or finance's login of that name would
 * leave the rep routed work and paid a share while nobody could work as them. The other half of
 * {@code PeopleManagement.addRep}'s rule, which refuses a rep under another role's login.
 */
@Component
class RepLoginNames implements LoginNameRules {

	private final Reps reps;

	RepLoginNames(Reps reps) {
		this.reps = reps;
	}

	@Override
	public @Nullable String refusal(String username, Role role) {
		if (role == Role.REP) {
			return null;
		}
		return reps.findByUsername(username)
			.map(rep -> "is the username of rep " + rep.displayName() + ": a rep's login is a REP login, so give this "
					+ role + " login another username")
			.orElse(null);
	}
}
