package org.fairdesk.incentives.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayAudit;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.incentives.PayPeriod;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.http.ResponseEntity;
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
 * The pay months page: each of a team's months with where it stands and who moved it when; managers close and
 * approve, finance marks paid, and the team's CSV and the payroll file are a click away. The same rules as the
 * API ({@link PayManagement}); a refusal is shown as the API's problem detail.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
class PayMonthsPageController {

	private final PayManagement pay;
	private final PayAudit audit;
	private final org.fairdesk.incentives.DisputeManagement disputes;
	private final IncentiveManagement incentives;
	private final PeopleManagement people;
	private final Clock clock;

	private final TeamManagerChecks managers;
	private final PayReaders readers;

	PayMonthsPageController(PayManagement pay, PayAudit audit, org.fairdesk.incentives.DisputeManagement disputes,
			IncentiveManagement incentives, PeopleManagement people, Clock clock, TeamManagerChecks managers,
			PayReaders readers) {
		this.managers = managers;
		this.readers = readers;
		this.pay = pay;
		this.audit = audit;
		this.disputes = disputes;
		this.incentives = incentives;
		this.people = people;
		this.clock = clock;
	}

	/** What the page offers on a month: the one next move the signed-in role may make. */
	record MonthRow(PayPeriod period, boolean ended, @Nullable String action) {
	}

	@GetMapping("/pay")
	String months(@RequestParam(required = false) @Nullable String team, Authentication user, Model model) {
		List<Team> teams = readers.offer(user, model);
		Optional<Team> shown = readers.chosen(Inputs.wholeNumber(team, "team", "a team's id, a whole number"), teams,
				user);
		if (shown.isEmpty()) {
			return "incentives/pay-months";
		}
		Team chosen = shown.get();
		YearMonth current = chosen.thisMonth(clock);
		model.addAttribute("team", chosen);
		model.addAttribute("format", TeamFormat.of(chosen));
		model.addAttribute("months", pay.months(chosen.id()).stream()
			.map(month -> new MonthRow(month, month.period().isBefore(current), action(month, current, user)))
			.toList());
		model.addAttribute("audit", audit.entries(chosen.id(), null).stream().limit(20).toList());
		// An adjustment or a dispute is one rep's: the audit names them (a close's eight adjustments look alike else).
		model.addAttribute("repNames", people.members(chosen.id()).stream()
			.collect(java.util.stream.Collectors.toMap(rep -> rep.id().value(), Rep::displayName)));
		// Listed where a manager closes: closing while any is open needs a reason (docs/pay.md).
		model.addAttribute("openDisputes", disputes.disputes(chosen.id(), null, null,
				org.fairdesk.incentives.Dispute.State.OPEN));
		return "incentives/pay-months";
	}

	private static @Nullable String action(PayPeriod month, YearMonth current, Authentication user) {
		boolean manager = Role.any(user, Role.MANAGER, Role.ADMIN);
		boolean finance = Role.any(user, Role.FINANCE, Role.ADMIN);
		return switch (month.state()) {
			case OPEN -> manager && month.period().isBefore(current) ? "close" : null;
			case CLOSED -> manager ? "approve" : null;
			case APPROVED -> finance ? "pay" : null;
			case PAID -> null;
		};
	}

	@PostMapping("/pay/{action}")
	String move(@PathVariable String action, @RequestParam long team, @RequestParam String period,
			@RequestParam(required = false) @Nullable String openDisputesReason, Authentication user,
			RedirectAttributes flash) {
		TeamId teamId = new TeamId(team);
		try {
			YearMonth month = IncentiveParams.month(period);
			PayPeriod moved = switch (action) {
				case "close" -> manager(user, teamId, () -> pay.close(teamId, month, user.getName(),
						openDisputesReason == null || openDisputesReason.isBlank() ? null : openDisputesReason));
				case "approve" -> manager(user, teamId, () -> pay.approve(teamId, month, user.getName()));
				case "pay" -> finance(user, () -> pay.pay(teamId, month, user.getName()));
				default -> throw new org.fairdesk.shared.NotFoundException("No such move: " + action);
			};
			flash.addFlashAttribute("notice", moved.period() + " is " + moved.state() + ".");
		}
		catch (InvalidInputException | ConflictException refused) {
			flash.addFlashAttribute("failure", Refusals.text(refused));
		}
		catch (NotTheTeamsManager notTheirs) {
			flash.addFlashAttribute("failure", notTheirs.getMessage());
			return "redirect:/pay"; // the team's page is not theirs to read either: the message shows on their own
		}
		return "redirect:/pay?team=" + team;
	}

	private PayPeriod manager(Authentication user, TeamId team, java.util.function.Supplier<PayPeriod> move) {
		if (!Role.any(user, Role.MANAGER, Role.ADMIN)) {
			throw new org.fairdesk.shared.ForbiddenException("Only a manager closes and approves a month");
		}
		try {
			managers.requireForTeam(user, team, PayPeriodController.PAY);
		}
		catch (org.fairdesk.shared.ForbiddenException notTheirs) {
			throw new NotTheTeamsManager(notTheirs.getMessage()); // the page's message, not a 403 page
		}
		return move.get();
	}

	/** A manager of another team: shown as the page's message, as a refused move is. */
	private static final class NotTheTeamsManager extends RuntimeException {

		NotTheTeamsManager(String message) {
			super(message);
		}
	}

	private static PayPeriod finance(Authentication user, java.util.function.Supplier<PayPeriod> move) {
		if (!Role.any(user, Role.FINANCE, Role.ADMIN)) {
			throw new org.fairdesk.shared.ForbiddenException("Only finance marks a month paid");
		}
		return move.get();
	}

	/** The team's month as CSV from the page (the API's takes no browser session). */
	@GetMapping("/pay/{team}/{period}/team.csv")
	ResponseEntity<String> teamCsv(@PathVariable long team, @PathVariable String period, Authentication user) {
		TeamId read = readers.team(new TeamId(team), user);
		YearMonth month = IncentiveParams.month(period);
		return StatementExports.csvFile(ExportCsv.team(incentives.teamStatements(read, month)),
				"fairdesk-team-" + team + "-" + month + ".csv");
	}

	/** The payroll file of a PAID month from the page. */
	@GetMapping("/pay/{team}/{period}/payroll.csv")
	ResponseEntity<String> payrollCsv(@PathVariable long team, @PathVariable String period, Authentication user) {
		TeamId read = readers.team(new TeamId(team), user);
		YearMonth month = IncentiveParams.month(period);
		return StatementExports.csvFile(ExportCsv.payroll(pay.payroll(read, month)),
				"fairdesk-payroll-" + team + "-" + month + ".csv");
	}
}
