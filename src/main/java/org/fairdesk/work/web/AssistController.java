package org.fairdesk.work.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
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
	private final Clock clock;

	AssistController(Assists assists, Clock clock) {
		this.assists = assists;
		this.clock = clock;
	}

	@GetMapping("/api/requests/{id}/assists")
	List<Assist> assists(@PathVariable UUID id, Authentication user, @CurrentRep Optional<Rep> me) {
		return RequestAccess.visible(assists.of(new RequestId(id)), user, me);
	}

	@PostMapping("/api/requests/{id}/assists")
	@ResponseStatus(HttpStatus.CREATED)
	Assist propose(@PathVariable UUID id, @RequestBody ProposeBody body, @CurrentRep RepId me) {
		return assists.propose(new RequestId(id), me, body.repId() == null ? null : new RepId(body.repId()),
				body.note(), clock.instant());
	}

	@PostMapping("/api/requests/{id}/assists/{assistId}/confirm")
	Assist confirm(@PathVariable UUID id, @PathVariable long assistId, @CurrentRep RepId me) {
		return assists.confirm(new RequestId(id), assistId, me, clock.instant());
	}

	@PostMapping("/api/requests/{id}/assists/{assistId}/decline")
	Assist decline(@PathVariable UUID id, @PathVariable long assistId, @CurrentRep RepId me) {
		return assists.decline(new RequestId(id), assistId, me, clock.instant());
	}

	/** {@code repId}: the colleague who helped, when the request's rep proposes; left out by a helper. */
	record ProposeBody(@Nullable Long repId, @Nullable String note) {
	}
}
