package org.fairdesk.incentives.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PlanAcknowledgementManagement;
import org.fairdesk.incentives.PlanPresets;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan editor: a team's plan as YAML, checked and previewed beside the plan in force for this month and the last,
 * then published from a day on. Finance reads and previews; only managers and admins publish. Plain forms, no script:
 * the page works under the Content-Security-Policy as it is.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
class PlanEditorPageController {

	static final String VIEW = "incentives/plan-editor";

	private final IncentiveManagement incentives;
	private final PlanPresets presets;
	private final PeopleManagement people;
	private final PlanAcknowledgementManagement acknowledgements;
	private final Clock clock;

	private final TeamManagerChecks managers;
	private final PayReaders readers;

	PlanEditorPageController(IncentiveManagement incentives, PlanPresets presets, PeopleManagement people,
			PlanAcknowledgementManagement acknowledgements, Clock clock, TeamManagerChecks managers,
			PayReaders readers) {
		this.readers = readers;
		this.managers = managers;
		this.incentives = incentives;
		this.presets = presets;
		this.people = people;
		this.acknowledgements = acknowledgements;
		this.clock = clock;
	}

	/** The editor, holding a preset when one is asked for, else the version in force, else the first preset. */
	@GetMapping("/plans/editor")
	String editor(@RequestParam(required = false) @Nullable Long team,
			@RequestParam(required = false) @Nullable String preset, Authentication user, Model model) {
		// the editor previews each rep's pay: the teams whose pay the login reads
		List<Team> teams = readers.offer(user, model);
		Optional<Team> chosen = readers.chosen(team, teams, user);
		if (chosen.isEmpty()) {
			return VIEW;
		}
		Team current = chosen.get();
		String document = (String) model.getAttribute("document"); // just published: kept in view
		if (preset != null && !preset.isBlank()) {
			document = presets.find(preset.strip())
				.orElseThrow(() -> InvalidInputException.of("preset", "is not one of the presets "
						+ presets.list().stream().map(PlanPresets.Preset::key).toList() + ", got "
						+ Inputs.shortened(preset)))
				.document();
		}
		else if (document == null) {
			document = incentives.documentInForce(current.id())
				.or(() -> presets.list().stream().findFirst().map(PlanPresets.Preset::document))
				.orElse("");
		}
		return show(current, document, null, user, model);
	}

	@PostMapping("/plans/editor/preview")
	String preview(@RequestParam long team, @RequestParam(required = false) @Nullable String document,
			@RequestParam(required = false) @Nullable String effectiveFrom, Authentication user, Model model,
			HttpServletResponse response) {
		Team current = people.team(readers.team(new TeamId(team), user));
		String text = lines(document);
		try {
			model.addAttribute("preview", incentives.preview(current.id(), text));
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
		}
		return show(current, text, effectiveFrom, user, model);
	}

	@PostMapping("/plans/editor/publish")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String publish(@RequestParam long team, @RequestParam(required = false) @Nullable String document,
			@RequestParam(required = false) @Nullable String effectiveFrom, Authentication user, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		Team current = people.team(new TeamId(team));
		String text = lines(document);
		try {
			managers.requireForTeam(user, current.id(), "publish its plan");
			PlanVersion published = incentives.publish(current.id(), text, effectiveDay(effectiveFrom),
					user.getName());
			flash.addFlashAttribute("notice", "Published " + published.name() + " version " + published.version()
					+ ", effective from " + published.effectiveFrom() + ".");
			flash.addFlashAttribute("document", text);
			return "redirect:/plans/editor?team=" + current.id().value();
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
		}
		catch (org.fairdesk.shared.ForbiddenException notTheirs) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			model.addAttribute("problems", List.of(new InvalidInputException.FieldProblem("team",
					notTheirs.getMessage())));
		}
		catch (ConflictException raced) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("problems", List.of(new InvalidInputException.FieldProblem(
					raced.field() == null ? "document" : raced.field(), raced.getMessage())));
		}
		return show(current, text, effectiveFrom, user, model);
	}

	/** The day a version takes effect, required; every problem with it is named under {@code effectiveFrom}. */
	private static LocalDate effectiveDay(@Nullable String effectiveFrom) {
		FieldChecks checks = new FieldChecks();
		LocalDate day = Inputs.day(effectiveFrom, "effectiveFrom", checks);
		checks.require(day != null || checks.hasProblem("effectiveFrom"), "effectiveFrom", "is required as YYYY-MM-DD")
			.throwIfAny();
		return day;
	}

	/**
	 * A browser sends a textarea's lines ending in CR LF: stored as typed in the editor, with LF, like a document sent
	 * to the API. A missing document is an empty one, which the plan's reader names.
	 */
	private static String lines(@Nullable String document) {
		return document == null ? "" : document.replace("\r\n", "\n");
	}

	private String show(Team team, String document, @Nullable String effectiveFrom, Authentication user,
			Model model) {
		model.addAttribute("team", team);
		model.addAttribute("format", TeamFormat.of(team));
		model.addAttribute("teams", readers.teams(user));
		model.addAttribute("presets", presets.list());
		model.addAttribute("history", incentives.plans(team.id()));
		// who acknowledged each version that pays this month or a later one, by "name#version"
		model.addAttribute("acknowledgements", acknowledgements.team(team.id()).versions().stream()
			.collect(Collectors.toMap(v -> v.name() + "#" + v.version(), v -> v)));
		// HTML drops one line break right after <textarea>: one is added, so a document's first line stays line 1.
		model.addAttribute("document", "\n" + document);
		model.addAttribute("effectiveFrom", effectiveFrom != null ? effectiveFrom
				: team.thisMonth(clock).plusMonths(1).atDay(1).toString());
		model.addAttribute("canPublish", Role.any(user, Role.MANAGER, Role.ADMIN));
		model.addAttribute("thisMonth", team.thisMonth(clock));
		return VIEW;
	}
}
