package org.fairdesk.work.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.work.Assist;
import org.fairdesk.work.Assists;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.RequestMove;
import org.fairdesk.work.RequestView;
import org.jspecify.annotations.Nullable;
import org.fairdesk.work.WorkManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One request as a page: what a statement's request links open, so a rep can check every request behind their pay.
 * The same access rule as {@code GET /api/requests/{id}} ({@link RequestAccess}). A manager, or the rep who closed
 * it, reopens a closed request here within the reopen window (a customer returned an order, a query came back), as
 * {@code POST /api/requests/{id}/transitions} to REOPENED does.
 */
@Controller
class RequestPageController {

	private final WorkManagement work;
	private final Assists assists;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final Clock clock;

	RequestPageController(WorkManagement work, Assists assists, PeopleManagement people, MessageSource messages,
			Clock clock) {
		this.work = work;
		this.assists = assists;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/requests/{id}")
	String request(@PathVariable UUID id, Authentication user, @CurrentRep Optional<Rep> me, Model model) {
		RequestId requestId = new RequestId(id);
		List<Assist> helped = assists.of(requestId);
		RequestView request = RequestAccess.readable(work.request(requestId), helped, user, me);
		model.addAttribute("request", request);
		model.addAttribute("zone", people.team(request.teamId()).zone());
		model.addAttribute("assignee", request.assigneeId() == null ? null
				: people.rep(request.assigneeId()).displayName());
		model.addAttribute("closer", request.closedBy() == null ? null : people.rep(request.closedBy()).displayName());
		model.addAttribute("history", work.history(requestId).stream()
			.map(move -> new Move(move, move.rep() == null ? null : people.rep(move.rep()).displayName()))
			.toList());
		model.addAttribute("reopenable", reopenable(request, user, me));
		model.addAttribute("assists", RequestAccess.visible(helped, user, me).stream()
			.map(a -> new AssistRow(a, people.rep(a.helper()).displayName(),
					me.map(rep -> rep.id().equals(a.answerer())).orElse(false) && a.status() == Assist.Status.PROPOSED))
			.toList());
		// the request's rep credits a colleague's help; the colleague confirms it (or declines) from this page
		boolean mine = me.map(rep -> request.isAssignedTo(rep.id())).orElse(false);
		model.addAttribute("colleagues", !mine ? List.of() : people.members(request.teamId()).stream()
			.filter(rep -> !rep.id().equals(request.assigneeId()))
			.toList());
		return "work/request";
	}

	/** The request's rep credits a colleague's help (POST /api/requests/{id}/assists); the colleague answers it. */
	@PostMapping("/requests/{id}/assists")
	String creditHelp(@PathVariable UUID id, @RequestParam(required = false) @Nullable String repId,
			@RequestParam(required = false) @Nullable String note, Authentication user, @CurrentRep Optional<Rep> me,
			RedirectAttributes flash) {
		RequestId requestId = new RequestId(id);
		RequestAccess.readable(work.request(requestId), assists.of(requestId), user, me);
		Rep rep = me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " is not a rep"));
		try {
			FieldChecks checks = new FieldChecks();
			Integer helper = Inputs.wholeNumber(repId, "repId", "a colleague's id", checks);
			checks.require(helper != null || checks.hasProblem("repId"), "repId",
					"is required: the colleague who helped you");
			checks.throwIfAny();
			Assist proposed = assists.propose(requestId, rep.id(), new RepId(helper), note, clock.instant());
			flash.addFlashAttribute("notice", text("requestPage.assist.proposed",
					people.rep(proposed.helper()).displayName()));
		}
		catch (InvalidInputException | ConflictException | NotFoundException | ForbiddenException refused) {
			flash.addFlashAttribute("failure", text("requestPage.assist.failed", refused.getMessage()));
		}
		return "redirect:/requests/" + id;
	}

	/** The side that did not propose an assist confirms it (it is credited from then on) or declines it. */
	@PostMapping("/requests/{id}/assists/{assistId}/{decision:confirm|decline}")
	String answerHelp(@PathVariable UUID id, @PathVariable long assistId, @PathVariable String decision,
			Authentication user, @CurrentRep Optional<Rep> me, RedirectAttributes flash) {
		RequestId requestId = new RequestId(id);
		RequestAccess.readable(work.request(requestId), assists.of(requestId), user, me);
		Rep rep = me.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " is not a rep"));
		try {
			Assist answered = decision.equals("confirm") ? assists.confirm(requestId, assistId, rep.id(), clock.instant())
					: assists.decline(requestId, assistId, rep.id(), clock.instant());
			flash.addFlashAttribute("notice", text("requestPage.assist." + answered.status().name().toLowerCase(
					java.util.Locale.ROOT), people.rep(answered.helper()).displayName()));
			if (!stillReadable(requestId, user, me)) {
				return "redirect:/work"; // a helper who declined no longer reads the request: back to their work
			}
		}
		catch (ConflictException | NotFoundException | ForbiddenException refused) {
			flash.addFlashAttribute("failure", text("requestPage.assist.failed", refused.getMessage()));
		}
		return "redirect:/requests/" + id;
	}

	/**
	 * Reopens the request with a reason, then shows it again with what happened. A caller who may read it but not
	 * reopen it (finance, a rep who did not close it) is refused (403); a missing reason or a passed window is a
	 * message on the page, and nothing is stored.
	 */
	@PostMapping("/requests/{id}/reopen")
	String reopen(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication user,
			@CurrentRep Optional<Rep> me, RedirectAttributes flash) {
		RequestId requestId = new RequestId(id);
		RequestAccess.readable(work.request(requestId), assists.of(requestId), user, me);
		try {
			RequestView reopened = work.reopen(requestId, reopener(user, me), reason, clock.instant());
			flash.addFlashAttribute("notice", text("requestPage.reopened", reopened.assigneeId() == null ? ""
					: people.rep(reopened.assigneeId()).displayName()));
		}
		catch (InvalidInputException | IllegalTransitionException | OptimisticLockingFailureException e) {
			flash.addFlashAttribute("failure", text("requestPage.reopen.failed", e.getMessage()));
		}
		return "redirect:/requests/" + id;
	}

	/** Whether the page offers Reopen: a closed request, within the window, to a manager or the rep who closed it. */
	private boolean reopenable(RequestView request, Authentication user, Optional<Rep> me) {
		return work.mayReopen(request, reopener(user, me), clock.instant());
	}

	private static Reopener reopener(Authentication user, Optional<Rep> me) {
		return new Reopener(user.getName(), me.map(Rep::id).orElse(null), RequestAccess.oversees(user));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private boolean stillReadable(RequestId requestId, Authentication user, Optional<Rep> me) {
		try {
			RequestAccess.readable(work.request(requestId), assists.of(requestId), user, me);
			return true;
		}
		catch (ForbiddenException notAnyMore) {
			return false;
		}
	}

	/** An assist on the page: the helper's name, and whether the signed-in rep is the one to answer it now. */
	record AssistRow(Assist assist, String helper, boolean mine) {
	}

	/** A row of the page's history: the move and the name of the rep whose move it is. */
	record Move(RequestMove move, @Nullable String rep) {
	}
}
