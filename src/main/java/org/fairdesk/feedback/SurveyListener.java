package org.fairdesk.feedback;

import java.time.Clock;

import org.fairdesk.work.RequestClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a survey when a request closes, after work's transaction commits, through the event publication registry:
 * a close is never lost to a crash, and a redelivered one issues nothing twice. The survey is dated at the close, not
 * at the delivery, so one delivered late (a retry, a busy start-up) still counts in the close's month. The mail goes
 * out inside this listener's transaction, so a mail server that refuses it rolls the survey back and leaves the event
 * to be retried rather than storing a survey nobody was told about. Outcomes no customer is asked about are skipped
 * ({@link FeedbackManagement#asksAbout}).
 */
@Component
class SurveyListener {

	private final FeedbackManagement feedback;
	private final SurveyMail mail;
	private final Clock clock;

	SurveyListener(FeedbackManagement feedback, SurveyMail mail, Clock clock) {
		this.feedback = feedback;
		this.mail = mail;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void issueSurvey(RequestClosed closed) {
		if (!FeedbackManagement.asksAbout(closed.outcome())) {
			return;
		}
		feedback.issueSurvey(closed.requestId(), closed.teamId(), closed.closedBy(), closed.closedAt(), clock.instant())
			.ifPresent(mail::send);
	}
}
