package org.fairdesk.people;

import org.fairdesk.security.LoginDisabled;
import org.fairdesk.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A rep whose login is disabled cannot sign in to work what routing hands them, so they are set AWAY in the same
 * transaction, recorded as the administrator's change with the reason: routing sends them nothing new. What they
 * hold stays with them for a manager to transfer. Enabling the login again changes nothing here: the rep, back,
 * says they are available.
 */
@Component
class DisabledLogins {

	static final String REASON = "Your login was disabled by an administrator: no new work until it is enabled again"
			+ " and you say you are available";

	private final PeopleManagement people;

	DisabledLogins(PeopleManagement people) {
		this.people = people;
	}

	@EventListener
	void setAway(LoginDisabled disabled) {
		if (disabled.role() != Role.REP) {
			return; // not a rep's login, whatever its name
		}
		people.repByUsername(disabled.username()).ifPresent(rep -> people.changeAvailability(rep.id(),
				Availability.AWAY, disabled.disabledBy(), REASON));
	}
}
