package org.fairdesk.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A manager's QA review as it arrives, unchecked: {@link FeedbackManagement#review} checks it.
 *
 * @param requestId required: a closed request
 * @param score required: the rubric score, 1 to 5
 * @param note optional, at most 2000 characters
 */
public record NewReview(@Nullable UUID requestId, @Nullable Integer score, @Nullable String note) {
}
