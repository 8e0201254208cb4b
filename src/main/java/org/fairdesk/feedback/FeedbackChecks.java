package org.fairdesk.feedback;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;

/** The rules of what customers and managers type in: ratings and scores from 1 to 5, texts up to 2000 characters. */
final class FeedbackChecks {

	static final int MAX_TEXT = 2000;

	private FeedbackChecks() {
	}

	/** A survey answer, checked whole: every problem is named at once. */
	static Answer answer(SurveyAnswer answer) {
		var checks = new FieldChecks();
		Integer rating = wholeNumber(answer.rating());
		checks.require(answer.rating() != null && !answer.rating().isBlank(), "rating", "is required: choose 1 to 5");
		checks.require(answer.rating() == null || answer.rating().isBlank() || inRange(rating), "rating",
				"must be a whole number from 1 to 5, got " + answer.rating());
		String comment = text(answer.comment(), "comment", checks);
		checks.throwIfAny();
		return new Answer(rating, comment);
	}

	/** A review's score and note; the request is checked against work by the caller. */
	static @Nullable String review(NewReview review, FieldChecks checks) {
		checks.require(review.requestId() != null, "requestId", "is required")
			.require(review.score() != null, "score", "is required: 1 to 5")
			.require(review.score() == null || inRange(review.score()), "score",
					"must be from 1 to 5, got " + review.score());
		return text(review.note(), "note", checks);
	}

	static boolean inRange(@Nullable Integer value) {
		return value != null && value >= 1 && value <= 5;
	}

	/** Stripped, and none when blank. */
	private static @Nullable String text(@Nullable String value, String field, FieldChecks checks) {
		String text = value == null || value.isBlank() ? null : value.strip();
		checks.require(text == null || text.length() <= MAX_TEXT, field, "must be at most " + MAX_TEXT + " characters");
		return text;
	}

	private static @Nullable Integer wholeNumber(@Nullable String value) {
		try {
			return value == null ? null : Inputs.parseInt(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** A checked answer. */
	record Answer(int rating, @Nullable String comment) {
	}
}
