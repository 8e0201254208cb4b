package org.fairdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.NewReview;
import org.fairdesk.feedback.SurveyAnswer;
import org.fairdesk.feedback.SurveyIssued;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.springframework.stereotype.Component;

/**
 * The customers' side of the demo: every closed request got its survey when it closed, about a third of the
 * customers answered within a few days, mostly satisfied, less so with the reps who cherry-picked and carried more
 * than they could serve well; and the manager QA-reviewed a sample. All through {@link FeedbackManagement}, with the
 * times of the past and without mail.
 */
@Component
class DemoFeedback {

	static final double RESPONSE_RATE = 0.35;

	/** Every so many closed requests the manager reviews one. */
	static final int REVIEW_EVERY = 40;

	/** Cumulative chances of ratings 1 to 5. */
	private static final double[] RATINGS = { 0.03, 0.07, 0.17, 0.50, 1.0 };

	private static final double[] CHERRY_PICKERS_RATINGS = { 0.07, 0.15, 0.30, 0.65, 1.0 };

	private static final List<List<String>> COMMENTS = List.of(
			List.of("Nobody got back to us for days.", "Wrong items delivered, and no apology."),
			List.of("It took three reminders to get an answer.", "The quote was fine, the follow-up was not."),
			List.of("OK in the end, but slow.", "Had to explain everything twice."),
			List.of("Quick and clear, thank you.", "Good advice on the options.", "Delivery date was kept."),
			List.of("Excellent, as always!", "Very helpful and friendly.", "Answered within the hour - great service."));

	/** For scores 2 to 5. */
	private static final List<String> REVIEW_NOTES = List.of("Closed without noting what the customer was told.",
			"Correct, but the customer had to ask twice for the price breakdown.",
			"Clear answer; confirmed the delivery date in writing.", "Textbook: quick, complete, friendly.");

	private final FeedbackManagement feedback;
	private final WorkManagement work;

	DemoFeedback(FeedbackManagement feedback, WorkManagement work) {
		this.feedback = feedback;
		this.work = work;
	}

	/** Seeds inside the replay's transaction, so the surveys exist before the closes' own listeners would issue them. */
	int seed(Team team, List<Rep> reps, int requests, long seed, Instant now) {
		Random random = new Random(seed ^ 0x5EEDFEEDL); // not the history's own sequence of draws
		List<RepId> cherryPickers = reps.stream()
			.filter(rep -> DemoReplay.CHERRY_PICKERS.contains(rep.username()))
			.map(Rep::id)
			.toList();
		List<RequestView> closed = work.recentInTeam(team.id(), requests)
			.stream()
			.filter(RequestView::isClosed)
			.filter(request -> FeedbackManagement.asksAbout(request.state())) // as the close's own listener decides
			.sorted(Comparator.comparing(RequestView::closedAt))
			.toList();
		int answered = 0;
		for (int i = 0; i < closed.size(); i++) {
			RequestView request = closed.get(i);
			SurveyIssued survey = feedback.issueSurvey(request.id(), team.id(), request.assigneeId(), request.closedAt(),
					request.closedAt())
				.orElseThrow();
			Instant respondedAt = request.closedAt().plus(Duration.ofMinutes(10 + random.nextInt(3 * 24 * 60)));
			// a customer answers while the link works: with a short fairdesk.feedback.survey-valid-for some never do
			// (the demo answered expired links, and the refusal stopped the start-up)
			if (random.nextDouble() < RESPONSE_RATE && respondedAt.isBefore(now)
					&& respondedAt.isBefore(survey.expiresAt())) {
				int rating = rating(random, cherryPickers.contains(request.assigneeId()));
				String comment = comment(random, rating); // drawn either way, so the rest of the history stays the same
				if (!DemoPay.afterItsClose(team, team.monthOf(request.closedAt()), respondedAt, now)) {
					feedback.respond(token(survey), new SurveyAnswer(Integer.toString(rating), comment), respondedAt);
					answered++;
				}
			}
			if (i % REVIEW_EVERY == REVIEW_EVERY / 2) {
				review(request, random, now);
			}
		}
		return answered;
	}

	private void review(RequestView request, Random random, Instant now) {
		Instant at = request.closedAt().plus(Duration.ofHours(20 + random.nextInt(48)));
		if (at.isBefore(now)) {
			int score = 2 + random.nextInt(4);
			feedback.review(new NewReview(request.id().value(), score, REVIEW_NOTES.get(score - 2)), "manager", at);
		}
	}

	private static int rating(Random random, boolean cherryPicker) {
		double roll = random.nextDouble();
		double[] chances = cherryPicker ? CHERRY_PICKERS_RATINGS : RATINGS;
		int rating = 1;
		while (roll >= chances[rating - 1]) {
			rating++;
		}
		return rating;
	}

	/** About one answer in four says something, in the tone of its rating. */
	private static String comment(Random random, int rating) {
		if (random.nextDouble() >= 0.25) {
			return null;
		}
		List<String> options = COMMENTS.get(rating - 1);
		return options.get(random.nextInt(options.size()));
	}

	/** The survey's token is the last part of its link, as the customer's browser would send it. */
	static String token(SurveyIssued survey) {
		return survey.link().substring(survey.link().lastIndexOf('/') + 1);
	}
}
