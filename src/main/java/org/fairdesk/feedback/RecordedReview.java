package org.fairdesk.feedback;

/**
 * The outcome of {@link FeedbackManagement#review}.
 *
 * @param replaced whether it replaced the same reviewer's earlier review of the request
 */
public record RecordedReview(QaReview review, boolean replaced) {
}
