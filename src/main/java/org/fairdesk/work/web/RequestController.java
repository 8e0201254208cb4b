package org.fairdesk.work.web;

import java.time.Clock;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.Transition;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The request API: its assignee and managers read it; only its assignee moves it. */
@RestController
class RequestController {

	private final WorkManagement work;
	private final PeopleManagement people;
	private final Clock clock;

	RequestController(WorkManagement work, PeopleManagement people, Clock clock) {
		this.work = work;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/api/requests/{id}")
	RequestView request(@PathVariable UUID id, Authentication user) {
		RequestView request = work.request(new RequestId(id));
		if (!Viewers.isManager(user) && !request.isAssignedTo(repOf(user))) {
			throw new ForbiddenException("Request " + id + " is not assigned to you");
		}
		return request;
	}

	@PostMapping("/api/requests/{id}/transitions")
	RequestView transition(@PathVariable UUID id, @RequestBody TransitionBody body, Authentication user) {
		RepId actor = repOf(user);
		if (actor == null) {
			throw new ForbiddenException("Only the rep a request is assigned to can move it");
		}
		return work.transition(new RequestId(id), actor, body.toTransition(), clock.instant());
	}

	private @Nullable RepId repOf(Authentication user) {
		return people.repByUsername(user.getName()).map(Rep::id).orElse(null);
	}

	record TransitionBody(@Nullable String to, java.math.@Nullable BigDecimal value,
			java.math.@Nullable BigDecimal margin, @Nullable String reason) {

		Transition toTransition() {
			return new Transition(RequestState.target(to), value, margin, reason);
		}

	}
}
