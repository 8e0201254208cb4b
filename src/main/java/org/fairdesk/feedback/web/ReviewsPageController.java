package org.fairdesk.feedback.web;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.NewReview;
import org.fairdesk.feedback.QaReview;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * QA reviews as a manager gives them: each team's latest closed requests with their reviews so far, and a rubric
 * score (1–5) with a note for any of them. A second review by the same manager replaces their first, as in the API.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ReviewsPageController {

	/** How many of a team's latest closed requests the page offers: a sample to review, not the archive. */
	static final int SAMPLE = 30;

	private final FeedbackManagement feedback;
	private final WorkManagement work;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final Clock clock;

	ReviewsPageController(FeedbackManagement feedback, WorkManagement work, PeopleManagement people,
			MessageSource messages, Clock clock) {
		this.feedback = feedback;
		this.work = work;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/reviews")
	String reviews(Principal principal, Model model) {
		model.addAttribute("teams", people.teams().stream().map(team -> page(team, principal.getName())).toList());
		model.addAttribute("sample", SAMPLE);
		return "feedback/reviews";
	}

	@PostMapping("/reviews")
	String review(@RequestParam(required = false) @Nullable String requestId,
			@RequestParam(required = false) @Nullable String score, @RequestParam(required = false) @Nullable String note,
			Principal principal, RedirectAttributes flash) {
		try {
			RequestId id = Readers.requestId(requestId);
			Integer rubric = Inputs.wholeNumber(score, "score", "a whole number from 1 to 5");
			var recorded = feedback.review(new NewReview(id.value(), rubric, note), principal.getName(), clock.instant());
			RequestView request = work.request(id);
			flash.addFlashAttribute("notice", text("reviews.saved", recorded.review().score(), request.customer(),
					request.subject()));
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			flash.addFlashAttribute("failure", text("reviews.failed", e.getMessage()));
		}
		return "redirect:/reviews";
	}

	private TeamReviews page(Team team, String me) {
		Map<RepId, String> names = people.members(team.id())
			.stream()
			.collect(Collectors.toMap(Rep::id, Rep::displayName));
		List<RequestView> closed = work.recentlyClosedInTeam(team.id(), SAMPLE);
		Map<RequestId, List<QaReview>> reviews = feedback.reviews(closed.stream().map(RequestView::id).toList());
		return new TeamReviews(team, closed.stream()
			.map(request -> new Row(request, closerName(request, names), reviews.getOrDefault(request.id(), List.of()),
					me))
			.toList());
	}

	/** The team's members by name; a closer who has since moved to another team is looked up on their own. */
	private String closerName(RequestView request, Map<RepId, String> members) {
		RepId closer = request.closedBy();
		if (closer == null) {
			return "—";
		}
		String name = members.get(closer);
		return name != null ? name : people.rep(closer).displayName();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** One team's section of the page. */
	record TeamReviews(Team team, List<Row> rows) {
	}

	/** A closed request with its reviews; the form starts from the signed-in manager's own, if any. */
	record Row(RequestView request, String repName, List<QaReview> reviews, String me) {

		public @Nullable QaReview mine() {
			return reviews.stream().filter(r -> r.reviewer().equals(me)).findFirst().orElse(null);
		}

		public int myScore() {
			QaReview mine = mine();
			return mine == null ? 0 : mine.score();
		}

		public String myNote() {
			QaReview mine = mine();
			return mine == null || mine.note() == null ? "" : mine.note();
		}
	}
}
