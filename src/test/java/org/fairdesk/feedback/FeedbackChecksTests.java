package org.fairdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.UUID;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What customers and managers may type: a rating or score from 1 to 5, and at most 2000 characters of text. */
class FeedbackChecksTests {

	@ParameterizedTest
	@ValueSource(strings = { "1", "2", "3", "4", "5", " 4 " })
	void aRatingFromOneToFiveIsTaken(String rating) {
		assertThat(FeedbackChecks.answer(new SurveyAnswer(rating, null)).rating()).isEqualTo(Integer.parseInt(rating.strip()));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "0", "6", "-1", "3.5", "five", "99999999999", "\u0665" })
	void anyOtherRatingIsRefusedByName(String rating) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> FeedbackChecks.answer(new SurveyAnswer(rating, "Fine")));
		assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("rating"));
	}

	@Test
	void aCommentIsOptionalStrippedAndAtMost2000Characters() {
		assertThat(FeedbackChecks.answer(new SurveyAnswer("5", "  ")).comment()).isNull();
		assertThat(FeedbackChecks.answer(new SurveyAnswer("5", " Quick! ")).comment()).isEqualTo("Quick!");
		assertThat(FeedbackChecks.answer(new SurveyAnswer("5", "x".repeat(2000))).comment()).hasSize(2000);
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> FeedbackChecks.answer(new SurveyAnswer("9", "x".repeat(2001))));
		assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("rating", "comment");
	}

	@Test
	void aReviewNeedsARequestAndAScoreFromOneToFive() {
		FieldChecks checks = new FieldChecks();
		FeedbackChecks.review(new NewReview(null, 0, "n".repeat(2001)), checks);
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, checks::throwIfAny);
		assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
			.containsExactly("requestId", "score", "note");

		for (Integer score : Arrays.asList(null, 6, -3)) {
			FieldChecks more = new FieldChecks();
			FeedbackChecks.review(new NewReview(UUID.randomUUID(), score, null), more);
			assertThat(more.hasProblem("score")).as(String.valueOf(score)).isTrue();
		}
		FieldChecks fine = new FieldChecks();
		assertThat(FeedbackChecks.review(new NewReview(UUID.randomUUID(), 5, " Clear and kind "), fine))
			.isEqualTo("Clear and kind");
		fine.throwIfAny();
	}
}
