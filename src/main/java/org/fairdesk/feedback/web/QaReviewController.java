package org.fairdesk.feedback.web;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.NewReview;
import org.fairdesk.feedback.QaReview;
import org.fairdesk.feedback.RecordedReview;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** QA reviews: managers score closed requests; managers and the request's rep read the scores. */
@RestController
class QaReviewController {

	private final FeedbackManagement feedback;
	private final Readers readers;
	private final Clock clock;

	QaReviewController(FeedbackManagement feedback, Readers readers, Clock clock) {
		this.feedback = feedback;
		this.readers = readers;
		this.clock = clock;
	}

	/** 201 for the reviewer's first review of the request, 200 when it replaced their earlier one. */
	@PostMapping("/api/feedback/reviews")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	ResponseEntity<QaReview> review(@RequestBody NewReview review, Principal principal) {
		RecordedReview recorded = feedback.review(review, principal.getName(), clock.instant());
		URI location = URI.create("/api/feedback/reviews?requestId=" + recorded.review().requestId());
		return recorded.replaced() ? ResponseEntity.status(HttpStatus.OK).location(location).body(recorded.review())
				: ResponseEntity.created(location).body(recorded.review());
	}

	@GetMapping("/api/feedback/reviews")
	List<QaReview> reviews(@RequestParam(required = false) @Nullable String requestId, Authentication user,
			@CurrentRep Optional<Rep> me) {
		RequestId request = Readers.requestId(requestId);
		readers.requireManagerOrAssignee(request, user, me);
		return feedback.reviews(request);
	}
}
