package org.fairdesk.routing.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.RepId;
import org.fairdesk.routing.OpenRequest;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** How a rep gets work: the next request (PULL), claiming from the list (SELF_ELECT), handing work back. */
@RestController
class RoutingController {

	private final RoutingManagement routing;
	private final WorkManagement work;
	private final PeopleManagement people;
	private final Clock clock;

	private final TeamManagerChecks managers;

	RoutingController(RoutingManagement routing, WorkManagement work, PeopleManagement people, Clock clock,
			TeamManagerChecks managers) {
		this.routing = routing;
		this.work = work;
		this.people = people;
		this.clock = clock;
		this.managers = managers;
	}

	@PostMapping("/api/routing/next")
	ResponseEntity<RequestView> next(@CurrentRep RepId me) {
		return routing.next(me, clock.instant())
			.map(id -> ResponseEntity.ok(work.request(id)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/api/routing/open")
	List<OpenRequest> open(@CurrentRep RepId me) {
		return routing.openRequests(me);
	}

	@PostMapping("/api/routing/claims")
	RequestView claim(@RequestBody RequestRef body, @CurrentRep RepId me) {
		RequestId id = body.id();
		routing.claim(me, id, clock.instant());
		return work.request(id);
	}

	@PostMapping("/api/routing/hand-backs")
	Map<String, Object> handBack(@RequestBody HandBack body, @CurrentRep RepId me) {
		RequestId id = new RequestRef(body.requestId()).id();
		var next = routing.handBack(me, id, body.reason(), Boolean.TRUE.equals(body.skip()), clock.instant());
		return next.<Map<String, Object>>map(rep -> Map.of("requestId", id, "assignedTo", rep))
			.orElse(Map.of("requestId", id, "waiting", true));
	}

	@PostMapping("/api/routing/transfers")
	RequestView transfer(@RequestBody Transfer body, @CurrentRep RepId me) {
		RequestId id = requestAndRep(body.requestId(), body.repId(), "is required: the colleague who takes it");
		routing.transfer(me, id, new RepId(body.repId()), body.reason(), clock.instant());
		return work.request(id);
	}

	/** What another team's manager is refused: "Only the managers of team X … may assign its requests by hand". */
	static final String ASSIGN = "assign its requests by hand";

	@PostMapping("/api/routing/assignments")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	RequestView assign(@RequestBody ManualAssignment body, Authentication principal) {
		RequestId id = requestAndRep(body.requestId(), body.repId(), "is required");
		managers.requireForTeam(principal, work.request(id).teamId(), ASSIGN);
		people.rep(new RepId(body.repId()));
		routing.assignByManager(id, new RepId(body.repId()), Boolean.TRUE.equals(body.override()), body.reason(),
				principal.getName(), clock.instant());
		return work.request(id);
	}

	@PostMapping("/api/routing/reassignments")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	RequestView reassign(@RequestBody ManualAssignment body, Authentication principal) {
		RequestId id = requestAndRep(body.requestId(), body.repId(), "is required");
		managers.requireForTeam(principal, work.request(id).teamId(), ASSIGN);
		people.rep(new RepId(body.repId()));
		routing.reassignByManager(id, new RepId(body.repId()), Boolean.TRUE.equals(body.override()), body.reason(),
				principal.getName(), clock.instant());
		return work.request(id);
	}

	/** The request and the rep a body names, both required: each one missing is named, at once. */
	private static RequestId requestAndRep(@Nullable UUID requestId, @Nullable Long repId, String repRule) {
		new FieldChecks().require(requestId != null, "requestId", "is required")
			.require(repId != null, "repId", repRule)
			.throwIfAny();
		return new RequestId(requestId);
	}

	record RequestRef(@Nullable UUID requestId) {

		RequestId id() {
			new FieldChecks().require(requestId != null, "requestId", "is required").throwIfAny();
			return new RequestId(requestId);
		}
	}

	record HandBack(@Nullable UUID requestId, @Nullable String reason, @Nullable Boolean skip) {
	}

	record Transfer(@Nullable UUID requestId, @Nullable Long repId, @Nullable String reason) {
	}

	record ManualAssignment(@Nullable UUID requestId, @Nullable Long repId, @Nullable Boolean override,
			@Nullable String reason) {
	}
}
