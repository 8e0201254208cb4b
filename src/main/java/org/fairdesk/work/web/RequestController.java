package org.fairdesk.work.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.Assists;
import org.fairdesk.work.RequestMove;
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

/** The request API: its assignee and managers read it; only its assignee moves it; a manager or its closer reopens it. */
@RestController
class RequestController {

	private final WorkManagement work;
	private final Assists assists;
	private final Clock clock;

	RequestController(WorkManagement work, Assists assists, Clock clock) {
		this.work = work;
		this.assists = assists;
		this.clock = clock;
	}

	@GetMapping("/api/requests/{id}")
	RequestView request(@PathVariable UUID id, Authentication user, @CurrentRep Optional<Rep> me) {
		RequestId request = new RequestId(id);
		return RequestAccess.readable(work.request(request), assists.of(request), user, me);
	}

	/** The request's moves, oldest first, to whoever may read the request. */
	@GetMapping("/api/requests/{id}/history")
	List<RequestMove> history(@PathVariable UUID id, Authentication user, @CurrentRep Optional<Rep> me) {
		request(id, user, me);
		return work.history(new RequestId(id));
	}

	/** The assignee moves a request; a move to REOPENED is a reopen, by a manager or the rep who closed it. */
	@PostMapping("/api/requests/{id}/transitions")
	RequestView transition(@PathVariable UUID id, @RequestBody TransitionBody body, Authentication user,
			@CurrentRep Optional<Rep> me) {
		@Nullable RepId actor = me.map(Rep::id).orElse(null);
		boolean manager = RequestAccess.oversees(user);
		if (actor == null && !manager) {
			throw new ForbiddenException("Only the rep a request is assigned to can move it");
		}
		Transition transition = body.toTransition();
		if (transition.to() == RequestState.REOPENED) {
			return work.reopen(new RequestId(id), new Reopener(user.getName(), actor, manager), transition,
					clock.instant());
		}
		if (actor == null) {
			throw new ForbiddenException("Only the rep a request is assigned to can move it; a manager may only reopen it");
		}
		return work.transition(new RequestId(id), actor, transition, clock.instant());
	}

	/** The body as it arrives; unknown members are ignored, and {@code to} is read before anything else. */
	record TransitionBody(@Nullable String to, @Nullable BigDecimal value, @Nullable BigDecimal margin,
			@Nullable String reason, @Nullable BigDecimal quotedAmount, @Nullable LocalDate validUntil,
			@Nullable UUID orderId) {

		Transition toTransition() {
			return new Transition(RequestState.target(to), value, margin, reason, quotedAmount, validUntil,
					orderId == null ? null : new RequestId(orderId));
		}
	}
}
