package org.fairdesk.work.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.work.Assist;
import org.fairdesk.work.Assists;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Assists on a request: proposed by its rep or the helper, answered by the other; read by them and managers. */
@RestController
class AssistController {

	private final Assists assists;
	private final PeopleManagement people;
	private final Clock clock;

	AssistController(Assists assists, PeopleManagement people, Clock clock) {
		this.assists = assists;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/api/requests/{id}/assists")
	List<Assist> assists(@PathVariable UUID id, Authentication user) {
		List<Assist> all = assists.of(new RequestId(id));
		if (Role.any(user, Role.MANAGER, Role.ADMIN)) {
			return all;
		}
		RepId me = rep(user);
		return all.stream().filter(a -> a.owner().equals(me) || a.helper().equals(me)).toList();
	}

	@PostMapping("/api/requests/{id}/assists")
	@ResponseStatus(HttpStatus.CREATED)
	Assist propose(@PathVariable UUID id, @RequestBody ProposeBody body, Authentication user) {
		return assists.propose(new RequestId(id), rep(user), body.repId() == null ? null : new RepId(body.repId()),
				body.note(), clock.instant());
	}

	@PostMapping("/api/requests/{id}/assists/{assistId}/confirm")
	Assist confirm(@PathVariable UUID id, @PathVariable long assistId, Authentication user) {
		return assists.confirm(new RequestId(id), assistId, rep(user), clock.instant());
	}

	@PostMapping("/api/requests/{id}/assists/{assistId}/decline")
	Assist decline(@PathVariable UUID id, @PathVariable long assistId, Authentication user) {
		return assists.decline(new RequestId(id), assistId, rep(user), clock.instant());
	}

	private RepId rep(Authentication user) {
		return people.repByUsername(user.getName())
			.map(Rep::id)
			.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " is not a rep"));
	}

	/** {@code repId}: the colleague who helped, when the request's rep proposes; left out by a helper. */
	record ProposeBody(@Nullable Long repId, @Nullable String note) {
	}
}
