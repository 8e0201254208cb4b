package org.fairdesk.work.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Rep;
import org.fairdesk.shared.InvalidInputException;
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
		RequestView request = RequestAccess.readable(work.request(requestId), assists.of(requestId), user, me);
		model.addAttribute("request", request);
		model.addAttribute("zone", people.team(request.teamId()).zone());
		model.addAttribute("assignee", request.assigneeId() == null ? null
				: people.rep(request.assigneeId()).displayName());
		model.addAttribute("closer", request.closedBy() == null ? null : people.rep(request.closedBy()).displayName());
		model.addAttribute("history", work.history(requestId).stream()
			.map(move -> new Move(move, move.rep() == null ? null : people.rep(move.rep()).displayName()))
			.toList());
		model.addAttribute("reopenable", reopenable(request, user, me));
		return "work/request";
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

	/** A row of the page's history: the move and the name of the rep whose move it is. */
	record Move(RequestMove move, @Nullable String rep) {
	}
}
