package org.fairdesk.work.web;

import java.util.Optional;
import java.util.UUID;

import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Rep;
import org.fairdesk.work.Assists;
import org.fairdesk.work.RequestMove;
import org.fairdesk.work.RequestView;
import org.jspecify.annotations.Nullable;
import org.fairdesk.work.WorkManagement;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One request as a page: what a statement's request links open, so a rep can check every request behind their pay.
 * The same access rule as {@code GET /api/requests/{id}} ({@link RequestAccess}).
 */
@Controller
class RequestPageController {

	private final WorkManagement work;
	private final Assists assists;
	private final PeopleManagement people;

	RequestPageController(WorkManagement work, Assists assists, PeopleManagement people) {
		this.work = work;
		this.assists = assists;
		this.people = people;
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
		return "work/request";
	}

	/** A row of the page's history: the move and the name of the rep whose move it is. */
	record Move(RequestMove move, @Nullable String rep) {
	}
}
