package org.fairdesk.intake.web;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.Map;

import org.fairdesk.intake.IntakeManagement;
import org.fairdesk.intake.NewRequest;
import org.fairdesk.intake.RequestReceived;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/requests}: a manager or an integration hands in a new order, quote or query. */
@RestController
class RequestIntakeController {

	private final IntakeManagement intake;
	private final Clock clock;

	RequestIntakeController(IntakeManagement intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	@PostMapping("/api/requests")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	ResponseEntity<Map<String, Object>> receive(@RequestBody NewRequest request, Principal principal) {
		RequestReceived received = intake.receive(request, principal.getName(), clock.instant());
		return ResponseEntity.created(URI.create("/api/requests/" + received.requestId()))
			.body(Map.of("id", received.requestId(), "kind", received.kind(), "teamId", received.teamId(),
					"receivedAt", received.receivedAt()));
	}
}
