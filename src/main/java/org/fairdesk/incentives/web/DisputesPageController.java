package org.fairdesk.incentives.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fairdesk.incentives.Dispute;
import org.fairdesk.incentives.DisputeManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.shared.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Disputes in the browser: a rep disputes a line from the statements page; managers read a team's disputes on the
 * disputes page and accept or reject the open ones. A refusal returns to the page with the API's words for it.
 */
@Controller
class DisputesPageController {

	private final DisputeManagement disputes;
	private final PeopleManagement people;
	private final MessageSource messages;

	private final TeamManagerChecks managers;

	private final PayReaders readers;

	DisputesPageController(DisputeManagement disputes, PeopleManagement people, MessageSource messages,
			TeamManagerChecks managers, PayReaders readers) {
		this.readers = readers;
		this.managers = managers;
		this.disputes = disputes;
		this.people = people;
		this.messages = messages;
	}

	@PostMapping("/statements/disputes")
	@PreAuthorize("hasRole('REP')")
	String open(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String line,
			@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String reason, Authentication user,
			@CurrentRep Optional<Rep> me, RedirectAttributes flash) {
		Rep rep = DisputeController.Disputers.rep(user, me);
		try {
			Integer index = Inputs.wholeNumber(line, "line", "the line's place in the statement, a whole number");
			Dispute dispute = disputes.open(rep.id(), IncentiveParams.team(teamId), IncentiveParams.month(period), index,
					code, reason, user.getName());
			flash.addFlashAttribute("notice", text("disputes.opened", "#" + dispute.id()));
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			flash.addFlashAttribute("failure", text("disputes.notOpened", Refusals.text(e)));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/statements")
			.queryParam("period", period == null ? "" : period.strip()).encode().build().toUriString();
	}

	@GetMapping("/disputes")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	String page(@RequestParam(required = false) @Nullable String team, Authentication user, Model model) {
		List<Team> teams = readers.offer(user, model);
		model.addAttribute("decides", DisputeController.Disputers.decides(user));
		Team chosen = readers.chosen(Inputs.wholeNumber(team, "team", "a team's id, a whole number"), teams, user)
			.orElse(null);
		model.addAttribute("team", chosen);
		if (chosen == null) {
			return "incentives/disputes";
		}
		model.addAttribute("format", TeamFormat.of(chosen));
		Map<Long, String> names = people.members(chosen.id()).stream()
			.collect(Collectors.toMap(rep -> rep.id().value(), Rep::displayName, (a, b) -> a));
		List<Dispute> all = disputes.disputes(chosen.id(), null, null, null);
		Function<Dispute, Row> row = d -> new Row(d, names.getOrDefault(d.repId().value(), d.openedBy()));
		model.addAttribute("open", all.stream().filter(d -> d.state() == Dispute.State.OPEN).map(row).toList());
		model.addAttribute("decided", all.stream().filter(d -> d.state() != Dispute.State.OPEN).map(row).toList());
		return "incentives/disputes";
	}

	@PostMapping("/disputes/{id}/accept")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String accept(@PathVariable long id, @RequestParam(required = false) @Nullable String amount,
			@RequestParam(required = false) @Nullable String answer, Authentication user, RedirectAttributes flash) {
		Dispute dispute = disputes.dispute(id);
		try {
			managers.requireForTeam(user, dispute.teamId(), DisputeController.DECIDE);
			FieldChecks checks = new FieldChecks();
			var number = Inputs.decimal(amount, "amount", checks);
			checks.throwIfAny();
			disputes.accept(id, number, null, answer, user.getName());
			flash.addFlashAttribute("notice", text("disputes.accepted", "#" + id));
		}
		catch (InvalidInputException | ConflictException e) {
			flash.addFlashAttribute("failure", text("disputes.notDecided", "#" + id, Refusals.text(e)));
			flash.addFlashAttribute("typed", new Typed(id, "accept", amount, answer));
		}
		catch (ForbiddenException notTheirs) {
			flash.addFlashAttribute("failure", text("disputes.notDecided", "#" + id, notTheirs.getMessage()));
			return "redirect:/disputes"; // the team's page is not theirs to read either: the message shows on their own
		}
		return back(dispute);
	}

	@PostMapping("/disputes/{id}/reject")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String answer,
			Authentication user, RedirectAttributes flash) {
		Dispute dispute = disputes.dispute(id);
		try {
			managers.requireForTeam(user, dispute.teamId(), DisputeController.DECIDE);
			disputes.reject(id, answer, user.getName());
			flash.addFlashAttribute("notice", text("disputes.rejected", "#" + id));
		}
		catch (InvalidInputException | ConflictException e) {
			flash.addFlashAttribute("failure", text("disputes.notDecided", "#" + id, Refusals.text(e)));
			flash.addFlashAttribute("typed", new Typed(id, "reject", null, answer));
		}
		catch (ForbiddenException notTheirs) {
			flash.addFlashAttribute("failure", text("disputes.notDecided", "#" + id, notTheirs.getMessage()));
			return "redirect:/disputes"; // the team's page is not theirs to read either: the message shows on their own
		}
		return back(dispute);
	}

	private static String back(Dispute dispute) {
		return "redirect:/disputes?team=" + dispute.teamId().value();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * What the manager typed into a dispute's form that was refused, shown again in that form: a walk-through lost a
	 * written answer to a mistyped amount.
	 */
	record Typed(long id, String form, @Nullable String amount, @Nullable String answer) {
	}

	/** A dispute with the name of the rep who opened it. */
	record Row(Dispute dispute, String repName) {
	}
}
