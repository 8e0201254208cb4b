package org.fairdesk.people.web;

import java.security.Principal;
import java.util.Optional;

import org.fairdesk.people.Availability;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lets a rep say, in one call, whether they take new work. */
@RestController
class AvailabilityController {

	private final PeopleManagement people;
	private final TeamManagerChecks managers;

	AvailabilityController(PeopleManagement people, TeamManagerChecks managers) {
		this.people = people;
		this.managers = managers;
	}

	@PutMapping("/api/reps/me/availability")
	Rep change(@RequestBody AvailabilityChange change, @CurrentRep Optional<Rep> me, Principal principal) {
		// 404, not the 403 of other rep-only calls: /api/reps/me names a resource, and a login that is no rep has none.
		Rep rep = me.orElseThrow(() -> new NotFoundException("Login " + principal.getName() + " is not a rep"));
		return people.changeAvailability(rep.id(), Availability.parse(change.availability()));
	}

	record AvailabilityChange(@Nullable String availability) {
	}

	/** A manager sets a rep's availability with a reason the rep reads (docs/routing.md, "The live view"). */
	@PutMapping("/api/reps/{repId}/availability")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	Rep set(@PathVariable long repId, @RequestBody ManagerChange change, Authentication user) {
		managers.require(user, new RepId(repId), "set its reps' availability");
		return people.setAvailabilityByManager(new RepId(repId), change.availability(), change.reason(),
				user.getName());
	}

	record ManagerChange(@Nullable String availability, @Nullable String reason) {
	}
}
