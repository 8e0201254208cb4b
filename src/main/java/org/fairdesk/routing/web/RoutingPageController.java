package org.fairdesk.routing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.fairdesk.shared.Inputs;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.ChooserType;
import org.fairdesk.routing.QueueOrder;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.routing.SkipPolicy;
import org.fairdesk.routing.TeamRouting;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's routing page: the team's mode and choosers (editable), each rep's load, cap and eligibility with
 * who would get the next request and why, a month's fairness figures, and the waiting requests to assign by hand.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RoutingPageController {

	static final String VIEW = "routing/routing";
	static final int WAITING_SHOWN = 50;

	private final RoutingAdministration administration;
	private final RoutingManagement routing;
	private final WorkManagement work;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final Clock clock;

	private final TeamManagerChecks managers;

	RoutingPageController(RoutingAdministration administration, RoutingManagement routing, WorkManagement work,
			PeopleManagement people, MessageSource messages, Clock clock, TeamManagerChecks managers) {
		this.managers = managers;
		this.administration = administration;
		this.routing = routing;
		this.work = work;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/routing")
	String routing(@RequestParam(required = false) @Nullable Long team,
			@RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String period,
			Model model) {
		List<Team> teams = people.teams();
		model.addAttribute("teams", teams);
		model.addAttribute("modes", RoutingMode.values());
		model.addAttribute("queueOrders", QueueOrder.values());
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("policyKinds", List.of(PolicyKinds.DEFAULT, "ORDER", "QUOTE", "QUERY"));
		model.addAttribute("choosers", ChooserType.values());
		if (teams.isEmpty()) {
			return VIEW;
		}
		Team current = team == null ? teams.get(0) : people.team(new TeamId(team));
		RequestKind previewKind = kind == null || kind.isBlank() ? RequestKind.ORDER : PolicyKinds.kind(kind);
		YearMonth month = Inputs.month(period, current.thisMonth(clock), "period");
		Instant now = clock.instant();
		List<RequestView> waiting = routing.waiting(current.id())
			.stream()
			.limit(WAITING_SHOWN)
			.map(open -> work.request(open.id()))
			.toList();
		model.addAttribute("page", new RoutingPage(current, administration.settings(current.id()),
				administration.preview(current.id(), previewKind, now), month,
				administration.fairness(current.id(), month),
				waiting, work.heldInTeam(current.id(), WAITING_SHOWN)));
		List<Rep> reps = people.members(current.id());
		model.addAttribute("reps", reps);
		// the "give it to …" pickers offer only reps on the team today: one who has left or not started is refused
		java.time.LocalDate today = current.dayOf(now);
		model.addAttribute("assignable", reps.stream().filter(rep -> rep.isOnTeamOn(today)).toList());
		model.addAttribute("repNames", reps.stream().collect(java.util.stream.Collectors.toMap(r -> r.id(),
				Rep::displayName)));
		return VIEW;
	}

	@PostMapping("/routing/mode")
	String mode(@RequestParam long team, @RequestParam(required = false) @Nullable String mode, Authentication user,
			RedirectAttributes flash) {
		Team current = people.team(new TeamId(team));
		RoutingMode was = administration.settings(current.id()).mode();
		try {
			managers.requireForTeam(user, current.id(), RoutingAdminController.ROUTING);
			RoutingMode to = Inputs.oneOf(RoutingMode.class, mode, "mode");
			administration.setMode(current.id(), to, clock.instant());
			flash.addFlashAttribute(MyWorkController.NOTICE, text("routing.mode.changed", current.name(), to, was));
		}
		catch (InvalidInputException | ForbiddenException refused) {
			flash.addFlashAttribute(MyWorkController.FAILURE, refused.getMessage());
		}
		return back(current);
	}

	@PostMapping("/routing/skill-fallback")
	String skillFallback(@RequestParam long team, @RequestParam(defaultValue = "") String minutes,
			Authentication user, RedirectAttributes flash) {
		Team current = people.team(new TeamId(team));
		try {
			managers.requireForTeam(user, current.id(), RoutingAdminController.ROUTING);
			Integer wait = Inputs.wholeNumber(minutes, "minutes", "a whole number of minutes");
			administration.setSkillFallback(current.id(), wait);
			flash.addFlashAttribute(MyWorkController.NOTICE, wait == null ? text("routing.skillFallback.never")
					: text("routing.skillFallback.changed", wait));
		}
		catch (InvalidInputException | ForbiddenException refused) {
			flash.addFlashAttribute(MyWorkController.FAILURE, refused.getMessage());
		}
		return back(current);
	}

	/** An order the page does not offer changes nothing and comes back as the page's message, as the other forms do. */
	@PostMapping("/routing/queue-order")
	String queueOrder(@RequestParam long team, @RequestParam(defaultValue = "") String order, Authentication user,
			RedirectAttributes flash) {
		Team current = people.team(new TeamId(team));
		try {
			managers.requireForTeam(user, current.id(), RoutingAdminController.ROUTING);
			QueueOrder to = Inputs.oneOf(QueueOrder.class, order, "order");
			administration.setQueueOrder(current.id(), to);
			flash.addFlashAttribute(MyWorkController.NOTICE, text("routing.queueOrder.changed", current.name(),
					text("routing.queueOrder." + to)));
		}
		catch (InvalidInputException | ForbiddenException refused) {
			flash.addFlashAttribute(MyWorkController.FAILURE, refused.getMessage());
		}
		return back(current);
	}

	/** Sets the chooser of one kind, or with {@code kind=DEFAULT} of every kind that has none of its own. */
	@PostMapping("/routing/policy")
	String policy(@RequestParam long team, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String chooser,
			@RequestParam(required = false) @Nullable String seed, Authentication principal, RedirectAttributes flash) {
		Team current = people.team(new TeamId(team));
		try {
			managers.requireForTeam(principal, current.id(), RoutingAdminController.ROUTING);
			RequestKind requestKind = PolicyKinds.kindOrDefault(kind);
			ChooserType type = Inputs.oneOf(ChooserType.class, chooser, "chooser");
			TeamRouting before = administration.settings(current.id());
			TeamRouting after = administration.setPolicy(current.id(), requestKind, type, seed(seed),
					principal.getName(), clock.instant());
			flash.addFlashAttribute(MyWorkController.NOTICE, requestKind == null
					? text("routing.policy.defaultChanged", current.name(), type,
							after.choosers().get(RequestKind.ORDER), after.choosers().get(RequestKind.QUOTE),
							after.choosers().get(RequestKind.QUERY))
					: text("routing.policy.changed", requestKind, current.name(), type,
							before.choosers().get(requestKind)));
		}
		catch (InvalidInputException | ForbiddenException refused) {
			flash.addFlashAttribute(MyWorkController.FAILURE, refused.getMessage());
		}
		return back(current);
	}

	/** The form's seed: empty for none, else a whole number (a 400 naming {@code seed} otherwise). */
	private static @Nullable Long seed(@Nullable String seed) {
		if (seed == null || seed.isBlank()) {
			return null;
		}
		try {
			return Inputs.parseLong(seed.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of("seed", "must be a whole number, got " + Inputs.shortened(seed));
		}
	}

	/**
	 * The team's skip rules from the page: the reasons one a line (blank lines dropped) and the limit a day. Bad input
	 * changes nothing and comes back as a message naming the field.
	 */
	@PostMapping("/routing/skips")
	String skips(@RequestParam long team, @RequestParam(required = false) @Nullable String reasons,
			@RequestParam(required = false) @Nullable String perDay, Authentication user, RedirectAttributes flash) {
		Team current = people.team(new TeamId(team));
		try {
			managers.requireForTeam(user, current.id(), RoutingAdminController.ROUTING);
			List<@Nullable String> lines = reasons == null ? List.of()
					: reasons.lines().map(String::strip).filter(line -> !line.isEmpty()).<@Nullable String>map(line -> line)
						.toList();
			SkipPolicy set = administration.setSkipPolicy(current.id(), lines, Inputs.wholeNumber(perDay, "perDay", "a whole number from 0 to 50"));
			flash.addFlashAttribute(MyWorkController.NOTICE, text("routing.skipRules.changed", current.name(),
					set.reasons().size(), set.perDay()));
		}
		catch (InvalidInputException | ForbiddenException e) {
			flash.addFlashAttribute(MyWorkController.FAILURE, text("routing.skipRules.failed", e.getMessage()));
		}
		return back(current);
	}

	/** A manager picks the rep; one who is not eligible gets it only with override and a reason. */
	@PostMapping("/routing/assign")
	String assign(@RequestParam long team, @RequestParam UUID request, @RequestParam long rep,
			@RequestParam(defaultValue = "false") boolean override, @RequestParam(required = false) @Nullable String reason,
			Authentication principal, RedirectAttributes flash) {
		return byManager(team, principal, request, rep, flash, "routing.assign.failed",
				(id, to) -> routing.assignByManager(id, to, override, reason == null || reason.isBlank() ? null
						: reason.strip(), principal.getName(), clock.instant()));
	}

	/** A manager moves an open request to another rep, always with a reason. */
	@PostMapping("/routing/reassign")
	String reassign(@RequestParam long team, @RequestParam UUID request, @RequestParam long rep,
			@RequestParam(defaultValue = "false") boolean override, @RequestParam(required = false) @Nullable String reason,
			Authentication principal, RedirectAttributes flash) {
		return byManager(team, principal, request, rep, flash, "routing.reassign.failed",
				(id, to) -> routing.reassignByManager(id, to, override, reason, principal.getName(), clock.instant()));
	}

	private String byManager(long team, Authentication user, UUID request, long rep, RedirectAttributes flash,
			String failure, java.util.function.BiConsumer<RequestId, RepId> action) {
		Team current = people.team(new TeamId(team));
		Rep assignee = people.rep(new RepId(rep));
		RequestView view = work.request(new RequestId(request));
		try {
			managers.requireForTeam(user, view.teamId(), RoutingController.ASSIGN);
			action.accept(view.id(), assignee.id());
			flash.addFlashAttribute(MyWorkController.NOTICE, text("routing.assigned.to", view.customer(), view.subject(),
					assignee.displayName()));
		}
		catch (ConflictException | InvalidInputException | ForbiddenException e) {
			flash.addFlashAttribute(MyWorkController.FAILURE, text(failure, e.getMessage()));
			flash.addFlashAttribute("failedRow", request.toString());
		}
		return back(current);
	}

	private static String back(Team team) {
		return "redirect:/routing?team=" + team.id().value();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
