package org.fairdesk.feedback;

import java.time.Duration;

import org.fairdesk.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.feedback.*}.
 *
 * @param surveyValidFor how long a survey link works after it is issued (ISO-8601, default {@code P14D})
 * @param surveyRequestsPerMinute how many requests to {@code /survey/**} one client IP may make per minute
 * @param mailFrom the sender of survey mails; set it to an address your SMTP server accepts
 */
@ConfigurationProperties("fairdesk.feedback")
record FeedbackSettings(@DefaultValue("P14D") Duration surveyValidFor,
		@DefaultValue("20") int surveyRequestsPerMinute,
		@DefaultValue("Fairdesk <no-reply@localhost>") String mailFrom) {

	FeedbackSettings {
		SettingChecks.requirePositive("fairdesk.feedback.survey-valid-for", surveyValidFor);
		SettingChecks.requireAtLeast("fairdesk.feedback.survey-requests-per-minute", 1, surveyRequestsPerMinute);
	}
}
