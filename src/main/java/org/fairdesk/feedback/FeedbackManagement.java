package org.fairdesk.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fairdesk.feedback.SurveyUnavailableException.Reason;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.shared.SecretTokens;
import org.fairdesk.work.RequestState;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback module's API: issues each closed request's survey, takes the customer's one answer, and keeps
 * managers' QA reviews. A survey link is shown only when it is issued; afterwards only its hash exists.
 */
@Service
public class FeedbackManagement {

	private final Surveys surveys;
	private final SurveyResponses responses;
	private final QaReviews reviews;
	private final SurveyLinks links;
	private final FeedbackSettings settings;
	private final WorkManagement work;
	private final ApplicationEventPublisher events;

	FeedbackManagement(Surveys surveys, SurveyResponses responses, QaReviews reviews, SurveyLinks links,
			FeedbackSettings settings, WorkManagement work, ApplicationEventPublisher events) {
		this.surveys = surveys;
		this.responses = responses;
		this.reviews = reviews;
		this.links = links;
		this.settings = settings;
		this.work = work;
		this.events = events;
	}

	/**
	 * The outcomes a customer is asked about (docs/feedback.md): an escalated query has gone on to someone else, and an
	 * expired quote was closed by the clock, not by the rep, so neither is the rep's work to rate.
	 */
	private static final Set<RequestState> SURVEYED = EnumSet.of(RequestState.FULFILLED, RequestState.CANCELLED,
			RequestState.WON, RequestState.LOST, RequestState.RESOLVED);

	/** Whether a request closed with this outcome gets a survey. */
	public static boolean asksAbout(RequestState outcome) {
		return SURVEYED.contains(outcome);
	}

	/**
	 * Issues the survey of a request {@code closer} closed, unless the request has one: a request closed again
	 * (after a reopen, or a redelivered event) keeps its first survey, so nobody is asked twice. The survey is
	 * issued as of the close ({@code closedAt}: the period its answer counts in, docs/metrics.md), whenever the close
	 * is delivered; its link is valid from {@code now}, when the customer is told.
	 *
	 * @return the new survey's link, or empty when the request already had a survey
	 */
	@Transactional
	public Optional<SurveyIssued> issueSurvey(RequestId request, TeamId team, RepId closer, Instant closedAt,
			Instant now) {
		String token = SecretTokens.generate();
		Survey survey = new Survey(request, team, closer, closedAt, expiry(now), SecretTokens.sha256(token), null);
		return surveys.insertIfAbsent(survey) ? Optional.of(announce(survey, token)) : Optional.empty();
	}

	/**
	 * A manager's fresh link for a closed request: the unanswered survey gets a new token and a new expiry (valid
	 * from {@code at}), so its old link stops working; a request without a survey gets its first.
	 *
	 * @throws NotFoundException when the request does not exist
	 * @throws ConflictException when it is not closed, or its survey was answered
	 */
	@Transactional
	public SurveyIssued issueNewLink(RequestId request, Instant at) {
		RequestView closed = closedRequest(request, "has a survey");
		if (!asksAbout(closed.state())) {
			throw new ConflictException("requestId", "Request " + request + " closed " + closed.state()
					+ ": its customer is not surveyed (only " + SURVEYED + " are)");
		}
		String token = SecretTokens.generate();
		// issued as of the close, as the close's own survey is (only a request without one stores this date)
		Survey survey = new Survey(request, closed.teamId(), closerOf(closed),
				Objects.requireNonNull(closed.closedAt(), "a closed request has closedAt"), expiry(at),
				SecretTokens.sha256(token), null);
		// The close's own survey may be stored between the first two steps; then it is the one to replace.
		if (replaceUnanswered(survey) || surveys.insertIfAbsent(survey) || replaceUnanswered(survey)) {
			return announce(survey, token);
		}
		throw new ConflictException("requestId", "The customer already answered the survey of request " + request
				+ "; a survey is answered once");
	}

	/** The request's survey: issued, expires, answered (with the answer). */
	@Transactional(readOnly = true)
	public Optional<SurveyState> survey(RequestId request, Instant now) {
		return surveys.state(request, now);
	}

	/**
	 * What the survey page asks about, for a link that works at {@code now}.
	 *
	 * @throws SurveyUnavailableException when the link is unknown, answered or expired
	 */
	@Transactional(readOnly = true)
	public SurveyInvitation invitation(String token, Instant now) {
		Survey survey = answerable(token, now);
		return new SurveyInvitation(survey.requestId(), survey.teamId(), work.request(survey.requestId()).subject(),
				survey.expiresAt());
	}

	/**
	 * Stores the customer's answer and announces {@link FeedbackReceived}. The link is checked before the answer,
	 * so a customer with a dead link is told so rather than asked to fix the form.
	 *
	 * @throws SurveyUnavailableException when the link is unknown, answered (also by a concurrent submission) or expired
	 * @throws org.fairdesk.shared.InvalidInputException when the rating or comment is wrong
	 */
	@Transactional
	public FeedbackReceived respond(String token, SurveyAnswer input, Instant at) {
		Survey survey = answerable(token, at);
		FeedbackChecks.Answer answer = FeedbackChecks.answer(input);
		if (!responses.insertIfAbsent(survey, answer.rating(), answer.comment(), at)) {
			throw new SurveyUnavailableException(Reason.ANSWERED);
		}
		FeedbackReceived received = new FeedbackReceived(survey.requestId(), survey.teamId(), survey.repId(),
				answer.rating(), at);
		events.publishEvent(received);
		return received;
	}

	/**
	 * Records a manager's review of a closed request; the same reviewer's second review of it replaces the first.
	 *
	 * @throws org.fairdesk.shared.InvalidInputException when a field is missing or wrong
	 * @throws NotFoundException when the request does not exist
	 * @throws ConflictException when the request is not closed
	 */
	@Transactional
	public RecordedReview review(NewReview input, String reviewer, Instant at) {
		var checks = new FieldChecks();
		String note = FeedbackChecks.review(input, checks);
		checks.throwIfAny();
		RequestId request = new RequestId(Objects.requireNonNull(input.requestId()));
		RequestView closed = closedRequest(request, "can be reviewed");
		QaReview review = new QaReview(request, reviewer, closed.teamId(), closerOf(closed),
				Objects.requireNonNull(input.score()), note, at);
		return new RecordedReview(review, reviews.save(review));
	}

	@Transactional(readOnly = true)
	public List<QaReview> reviews(RequestId request) {
		return reviews.of(request);
	}

	/** The reviews of several requests at once (a page of them); a request without any is not a key. */
	@Transactional(readOnly = true)
	public Map<RequestId, List<QaReview>> reviews(Collection<RequestId> requests) {
		return reviews.of(requests);
	}

	private Survey answerable(String token, Instant now) {
		Survey survey = Optional.of(token)
			.filter(SecretTokens::isWellFormed)
			.flatMap(t -> surveys.byTokenHash(SecretTokens.sha256(t)))
			.orElseThrow(() -> new SurveyUnavailableException(Reason.UNKNOWN));
		return switch (survey.status(now)) {
			case OPEN -> survey;
			case ANSWERED -> throw new SurveyUnavailableException(Reason.ANSWERED);
			case EXPIRED -> throw new SurveyUnavailableException(Reason.EXPIRED);
		};
	}

	private boolean replaceUnanswered(Survey survey) {
		return surveys.replaceUnansweredToken(survey.requestId(), survey.tokenHash(), survey.expiresAt());
	}

	/**
	 * Why a request has no survey: it is still open, or it closed with an outcome whose customer is not asked
	 * ({@link #asksAbout}), or its close's survey is on its way.
	 */
	@Transactional(readOnly = true)
	public String whyNoSurvey(RequestId request) {
		RequestView view = work.request(request);
		if (!view.isClosed()) {
			return "Request " + request + " is " + view.state() + ": a survey is issued when the request closes";
		}
		if (!asksAbout(view.state())) {
			return "Request " + request + " closed " + view.state() + ": its customer is not surveyed (only "
					+ SURVEYED + " are)";
		}
		return "Request " + request + " has no survey yet: it is issued as its close is handled, in a moment";
	}

	private RequestView closedRequest(RequestId request, String what) {
		RequestView view = work.request(request);
		if (!view.isClosed()) {
			throw new ConflictException("requestId", "Request " + request + " is " + view.state()
					+ "; only a closed request " + what);
		}
		return view;
	}

	/** A closed request was closed by its assignee. */
	private static RepId closerOf(RequestView closed) {
		return Objects.requireNonNull(closed.assigneeId(), () -> "closed request " + closed.id() + " has no assignee");
	}

	private Instant expiry(Instant issuedAt) {
		return issuedAt.plus(settings.surveyValidFor());
	}

	private SurveyIssued announce(Survey survey, String token) {
		SurveyIssued issued = new SurveyIssued(survey.requestId(), survey.teamId(), links.of(token), survey.expiresAt());
		events.publishEvent(issued);
		return issued;
	}
}
