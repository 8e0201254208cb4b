package org.fairdesk.feedback.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.feedback.FeedbackManagement;
import org.fairdesk.feedback.SurveyAnswer;
import org.fairdesk.feedback.SurveyInvitation;
import org.fairdesk.feedback.SurveyUnavailableException;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public survey page, reached from the link in the customer's mail without a login. A dead link gets a page
 * that says why (404 unknown, 409 already answered, 410 expired); a wrong answer comes back with the form (400).
 */
@Controller
class SurveyPageController {

	static final String FORM = "feedback/survey";
	static final String UNAVAILABLE = "feedback/survey-unavailable";
	static final String THANKS = "feedback/survey-thanks";

	private final FeedbackManagement feedback;
	private final PeopleManagement people;
	private final Clock clock;

	SurveyPageController(FeedbackManagement feedback, PeopleManagement people, Clock clock) {
		this.feedback = feedback;
		this.people = people;
		this.clock = clock;
	}

	/** The token is the customer's key: it must not leave with a Referer header. */
	@ModelAttribute
	void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	@GetMapping("/survey/{token}")
	String form(@PathVariable String token, Model model) {
		SurveyInvitation invitation = feedback.invitation(token, clock.instant());
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		// the customer's own zone is unknown: the team's, named, as its mail dates the link
		model.addAttribute("zone", people.findTeam(invitation.teamId()).map(Team::zone).orElse(ZoneOffset.UTC));
		return FORM;
	}

	@PostMapping("/survey/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response) {
		try {
			feedback.respond(token, new SurveyAnswer(rating, comment), clock.instant());
			return "redirect:/survey/thanks";
		}
		catch (InvalidInputException wrong) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", wrong.problems().stream().collect(Collectors.toMap(
					InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::message,
					(first, second) -> first)));
			model.addAttribute("rating", rating);
			model.addAttribute("comment", comment);
			return form(token, model);
		}
	}

	@GetMapping("/survey/thanks")
	String thanks() {
		return THANKS;
	}

	@ExceptionHandler
	ModelAndView unavailable(SurveyUnavailableException e) {
		HttpStatus status = switch (e.reason()) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case ANSWERED -> HttpStatus.CONFLICT;
			case EXPIRED -> HttpStatus.GONE;
		};
		return new ModelAndView(UNAVAILABLE, Map.of("reason", e.reason().name()), status);
	}
}
