package org.fairdesk.feedback;

import org.jspecify.annotations.Nullable;

/**
 * A customer's answer as it arrives from the survey form, unchecked: {@link FeedbackManagement#respond} checks it.
 *
 * @param rating required, a whole number from 1 to 5
 * @param comment optional, at most 2000 characters
 */
public record SurveyAnswer(@Nullable String rating, @Nullable String comment) {
}
