package org.fairdesk.feedback.web;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.SurveyIssued;
import org.fairdesk.feedback.SurveyState;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The survey API: a request's survey state for managers and its rep, and a fresh link for managers. The link is
 * in the answer only when it is issued; no call shows it again.
 */
@RestController
class SurveyController {

	private final FeedbackManagement feedback;
	private final Readers readers;
	private final Clock clock;

	SurveyController(FeedbackManagement feedback, Readers readers, Clock clock) {
		this.feedback = feedback;
		this.readers = readers;
		this.clock = clock;
	}

	@GetMapping("/api/feedback/surveys")
	SurveyState survey(@RequestParam(required = false) @Nullable String requestId, Authentication user,
			@CurrentRep Optional<Rep> me) {
		RequestId request = Readers.requestId(requestId);
		readers.requireManagerOrAssignee(request, user, me);
		return feedback.survey(request, clock.instant())
			.orElseThrow(() -> new NotFoundException(feedback.whyNoSurvey(request)));
	}

	@PostMapping("/api/feedback/surveys/{requestId}/link")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	ResponseEntity<SurveyIssued> newLink(@PathVariable UUID requestId) {
		SurveyIssued issued = feedback.issueNewLink(new RequestId(requestId), clock.instant());
		return ResponseEntity.created(URI.create("/api/feedback/surveys?requestId=" + requestId)).body(issued);
	}
}
