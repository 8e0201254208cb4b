package org.fairdesk.people.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rep's routing settings on one page (the API's {@code /api/reps/{id}/caps}, {@code /skills}, {@code /schedule}
 * and {@code /time-off}, with the same checks): caps, skills, working hours, and time off to add or remove. Each form
 * returns to the page with what was saved or, refused, why; nothing is stored from a refused form.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RepProfilePageController {

	private final PeopleManagement people;
	private final Clock clock;

	private final TeamManagerChecks managers;

	RepProfilePageController(PeopleManagement people, Clock clock, TeamManagerChecks managers) {
		this.people = people;
		this.clock = clock;
		this.managers = managers;
	}

	@GetMapping("/reps/{id}/routing")
	String page(@PathVariable long id, Model model) {
		Rep rep = people.rep(new RepId(id));
		model.addAttribute("rep", rep);
		model.addAttribute("profile", people.routingProfile(rep.id(), people.team(rep.teamId()).today(clock)));
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("days", DayOfWeek.values());
		return "people/rep-routing";
	}

	@PostMapping("/reps/{id}/routing/caps")
	String caps(@PathVariable long id, @RequestParam Map<String, String> form, Authentication user,
			RedirectAttributes flash) {
		return save(id, user, flash, "Caps saved.", () -> {
			FieldChecks checks = new FieldChecks(); // every bad number named at once
			Integer wipCap = Inputs.wholeNumber(form.get("wipCap"), "wipCap", "a whole number", checks);
			Map<RequestKind, Integer> kindCaps = new EnumMap<>(RequestKind.class);
			for (RequestKind kind : RequestKind.values()) {
				Integer cap = Inputs.wholeNumber(form.get("cap." + kind), "kindCaps." + kind, "a whole number",
						checks);
				if (cap != null) {
					kindCaps.put(kind, cap);
				}
			}
			if (checks.hasAny()) {
				PeopleManagement.checkCaps(wipCap, kindCaps, checks); // the numbers that are numbers, checked too
			}
			checks.throwIfAny();
			people.setCaps(new RepId(id), wipCap, kindCaps);
		});
	}

	/**
	 * Skills as typed: separated by commas, blanks dropped. A refusal names the skill by what was typed, as the
	 * page has no list whose positions the API's {@code skills[i]} could mean.
	 */
	@PostMapping("/reps/{id}/routing/skills")
	String skills(@PathVariable long id, @RequestParam(defaultValue = "") String skills, Authentication user,
			RedirectAttributes flash) {
		List<String> list = Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return save(id, user, flash, "Skills saved.", () -> {
			try {
				people.setSkills(new RepId(id), list);
			}
			catch (InvalidInputException refused) {
				throw new InvalidInputException(refused.problems().stream().map(p -> asTyped(p, list)).toList());
			}
		});
	}

	private static final java.util.regex.Pattern SKILL_AT = java.util.regex.Pattern.compile("skills\\[(\\d+)]");

	/** {@code skills[i]: …} as {@code skill "Germ…": …}, the skill's first 20 characters as typed. */
	private static InvalidInputException.FieldProblem asTyped(InvalidInputException.FieldProblem problem,
			List<String> typed) {
		var index = SKILL_AT.matcher(problem.field());
		if (!index.matches() || Integer.parseInt(index.group(1)) >= typed.size()) {
			return problem;
		}
		String skill = typed.get(Integer.parseInt(index.group(1)));
		String shown = skill.codePointCount(0, skill.length()) <= 20 ? skill
				: skill.substring(0, skill.offsetByCodePoints(0, 20)) + "…";
		// control characters never get here: the form is refused at the door for them (docs/api.md)
		return new InvalidInputException.FieldProblem("skill \"" + shown + "\"", problem.message(), problem.line());
	}

	/** Working days and hours, checked as the API checks them; no day ticked and no times clears the schedule. */
	@PostMapping("/reps/{id}/routing/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) @Nullable List<String> days,
			@RequestParam(required = false) @Nullable String start, @RequestParam(required = false) @Nullable String end,
			Authentication user, RedirectAttributes flash) {
		boolean clear = (days == null || days.isEmpty()) && blank(start) && blank(end);
		RepProfileController.ScheduleBody body = clear ? new RepProfileController.ScheduleBody(null, null, null)
				: new RepProfileController.ScheduleBody(days == null ? List.of() : days, start, end);
		return save(id, user, flash, "Working hours saved.", () -> people.setSchedule(new RepId(id), body.toSchedule()));
	}

	@PostMapping("/reps/{id}/routing/time-off")
	String addTimeOff(@PathVariable long id, @RequestParam(required = false) @Nullable String firstDay,
			@RequestParam(required = false) @Nullable String lastDay, Authentication user, RedirectAttributes flash) {
		return save(id, user, flash, "Time off added.", () -> {
			FieldChecks checks = new FieldChecks();
			var first = Inputs.day(firstDay, "firstDay", checks);
			var last = Inputs.day(lastDay, "lastDay", checks);
			checks.require(first != null || checks.hasProblem("firstDay"), "firstDay", "is required")
				.require(last != null || checks.hasProblem("lastDay"), "lastDay", "is required")
				.throwIfAny();
			people.addTimeOff(new RepId(id), first, last);
		});
	}

	@PostMapping("/reps/{id}/routing/time-off/remove")
	String removeTimeOff(@PathVariable long id, @RequestParam String firstDay, @RequestParam String lastDay,
			Authentication user, RedirectAttributes flash) {
		return save(id, user, flash, "Time off removed.", () -> {
			FieldChecks checks = new FieldChecks();
			var first = Inputs.day(firstDay, "firstDay", checks);
			var last = Inputs.day(lastDay, "lastDay", checks);
			checks.throwIfAny();
			people.removeTimeOff(new RepId(id), first, last);
		});
	}

	/** Runs the change for a manager of the rep's team; a refusal of either comes back as the page's message. */
	private String save(long id, Authentication user, RedirectAttributes flash, String done, Runnable change) {
		try {
			managers.require(user, new RepId(id), RepProfileController.SETTINGS);
			change.run();
			flash.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException | ConflictException | NotFoundException | ForbiddenException refused) {
			flash.addFlashAttribute("failure", "Not saved: " + refused.getMessage());
		}
		return "redirect:/reps/" + id + "/routing";
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
