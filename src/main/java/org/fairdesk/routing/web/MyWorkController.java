package org.fairdesk.routing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.Availability;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.OpenRequest;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.work.Assist;
import org.fairdesk.work.Assists;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rep's “My work”: their requests with the moves each one's state allows and hand-back, the availability switch,
 * and how they get new work in their team's mode: “Next request” (PULL), claiming from the open list (SELF_ELECT), or
 * nothing to do (PUSH). PULL and PUSH never show the waiting requests, so nobody can cherry-pick. Row actions
 * answer with the re-rendered row (htmx), or redirect back for browsers without script.
 */
@Controller
class MyWorkController {

	static final String VIEW = "routing/my-work";
	static final String ROW = "routing/my-work :: row";
	static final String REFUSED_ROW = "routing/my-work :: refused";
	static final String REDIRECT = "redirect:/work";
	static final String NOTICE = "notice";
	static final String FAILURE = "failure";

	private final WorkManagement work;
	private final Assists assists;
	private final RoutingManagement routing;
	private final RoutingAdministration administration;
	private final PeopleManagement people;
	private final MessageSource messages;
	private final Clock clock;

	MyWorkController(WorkManagement work, Assists assists, RoutingManagement routing,
			RoutingAdministration administration, PeopleManagement people, MessageSource messages, Clock clock) {
		this.work = work;
		this.assists = assists;
		this.routing = routing;
		this.administration = administration;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/work")
	String myWork(@CurrentRep Rep me, Model model) {
		RoutingMode mode = mode(me);
		rowModel(me, mode, model);
		model.addAttribute("requests", work.workOf(me.id(), 10));
		model.addAttribute("availabilities", Availability.values());
		model.addAttribute("setByOther", setByOther(me));
		model.addAttribute("helpToConfirm", helpToConfirm(me));
		if (mode == RoutingMode.SELF_ELECT) {
			// The legacy list as reps know it, customer and subject included; never sorted by value.
			model.addAttribute("open", work.requests(routing.openRequests(me.id()).stream().map(OpenRequest::id).toList()));
		}
		return VIEW;
	}

	/** Passes a request the rep holds to a named colleague, with a reason; the colleague must be able to take it. */
	@PostMapping("/work/{id}/transfer")
	String transfer(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long colleague,
			@RequestParam(required = false) @Nullable String reason, @CurrentRep Rep me, RedirectAttributes flash) {
		try {
			if (colleague == null) {
				throw InvalidInputException.of("colleague", "is required");
			}
			Rep to = people.rep(new RepId(colleague));
			routing.transfer(me.id(), new RequestId(id), to.id(), blankToNull(reason), clock.instant());
			RequestView request = work.request(new RequestId(id));
			flash.addFlashAttribute(NOTICE, text("work.transferred", request.customer(), request.subject(),
					to.displayName()));
		}
		catch (InvalidInputException | ConflictException | NotFoundException | IllegalTransitionException e) {
			flash.addFlashAttribute(FAILURE, text("work.transfer.failed", e.getMessage()));
			flash.addFlashAttribute("failedRow", id.toString());
			flash.addFlashAttribute("failedMove", "TRANSFER");
		}
		return REDIRECT;
	}

	@PostMapping("/work/availability")
	String availability(@RequestParam String availability, @CurrentRep Rep me) {
		people.changeAvailability(me.id(), Availability.parse(availability));
		return REDIRECT;
	}

	/** PULL: the policy picks the request; the rep only learns which one they got. */
	@PostMapping("/work/next")
	String next(@CurrentRep Rep me, RedirectAttributes flash) {
		try {
			Optional<RequestId> got = routing.next(me.id(), clock.instant());
			if (got.isPresent()) {
				flash.addFlashAttribute(NOTICE, got(work.request(got.get())));
			}
			else {
				flash.addFlashAttribute(NOTICE, text("work.next.nothing"));
			}
		}
		catch (ConflictException e) {
			flash.addFlashAttribute(FAILURE, e.getMessage());
		}
		return REDIRECT;
	}

	/** SELF_ELECT: the legacy claim from the open list; the claim's cherry-pick percentile is recorded. */
	@PostMapping("/work/claim/{id}")
	String claim(@PathVariable UUID id, @CurrentRep Rep me, RedirectAttributes flash) {
		try {
			routing.claim(me.id(), new RequestId(id), clock.instant());
			RequestView request = work.request(new RequestId(id));
			flash.addFlashAttribute(NOTICE, text("work.claimed", request.kind(), request.customer(), request.subject()));
		}
		catch (ConflictException e) {
			flash.addFlashAttribute(FAILURE, e.getMessage());
		}
		return REDIRECT;
	}

	/** Gives a request back with a reason (or, with {@code skip}, passes on one just served); it never comes back. */
	@PostMapping("/work/{id}/hand-back")
	String handBack(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(defaultValue = "false") boolean skip, @CurrentRep Rep me, RedirectAttributes flash) {
		try {
			routing.handBack(me.id(), new RequestId(id), blankToNull(reason), skip, clock.instant());
			RequestView request = work.request(new RequestId(id));
			flash.addFlashAttribute(NOTICE, text(skip ? "work.skipped" : "work.handedBack", request.customer(),
					request.subject()));
		}
		catch (InvalidInputException | ConflictException | IllegalTransitionException e) {
			flash.addFlashAttribute(FAILURE, text("work.handBack.failed", e.getMessage()));
			flash.addFlashAttribute("failedRow", id.toString());
			flash.addFlashAttribute("failedMove", "HAND_BACK");
		}
		return REDIRECT;
	}

	/**
	 * Any move the request's state allows (start, wait, resume, send a quote, close, reopen). Every refusal re-renders
	 * the row with the error and the failed action open, as htmx shows only a row it gets back: bad input (a control
	 * character in a field included, left by the input filter as {@link Inputs#REFUSED_PARAMETER}), a move the state
	 * does not allow, a concurrent change; a request that is not (or no longer) the rep's is a row saying so, without
	 * its details. Nothing is stored. Without htmx the browser is redirected back with the error, or, for a request that
	 * is not theirs, shown the error page.
	 */
	@PostMapping("/work/{id}/transition")
	String transition(@PathVariable UUID id, MoveForm form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestAttribute(name = Inputs.REFUSED_PARAMETER, required = false)
			InvalidInputException.@Nullable FieldProblem refusedParameter,
			@CurrentRep Rep me, Model model, RedirectAttributes flash) {
		RequestView request;
		try {
			if (refusedParameter != null) {
				throw new InvalidInputException(List.of(refusedParameter));
			}
			request = work.transition(new RequestId(id), me.id(), form.toTransition(), clock.instant());
		}
		catch (InvalidInputException | IllegalTransitionException | ConflictException
				| OptimisticLockingFailureException e) {
			request = work.request(new RequestId(id));
			if (!request.isAssignedTo(me.id()) && !me.id().equals(request.closedBy())) {
				return notYours(id, htmx, new ForbiddenException(e.getMessage()), model);
			}
			model.addAttribute("error", e.getMessage());
			model.addAttribute("failedRow", id.toString());
			model.addAttribute("failedMove", form.to());
			model.addAttribute("typed", form.typed());
			flash.addFlashAttribute("typed", form.typed());
			flash.addFlashAttribute(FAILURE, e.getMessage());
			flash.addFlashAttribute("failedRow", id.toString());
			flash.addFlashAttribute("failedMove", form.to());
		}
		catch (ForbiddenException | NotFoundException e) {
			return notYours(id, htmx, e, model);
		}
		if (htmx == null) {
			return REDIRECT;
		}
		rowModel(me, mode(me), model);
		model.addAttribute("r", request);
		return ROW;
	}

	/** A row action on a request that is not the rep's (any more), or not there: a row saying so, for htmx. */
	private String notYours(UUID id, @Nullable String htmx, RuntimeException refusal, Model model) {
		if (htmx == null) {
			throw refusal; // the error page, 403 or 404
		}
		model.addAttribute("refusedId", id.toString());
		model.addAttribute("error", text(refusal instanceof NotFoundException ? "work.row.notFound" : "work.row.notYours"));
		return REFUSED_ROW;
	}


	/**
	 * What every row needs besides the request: the mode, the team's skip reasons and limit (for Skip), the rep and
	 * dates (for Reopen, Send quote).
	 */
	private void rowModel(Rep me, RoutingMode mode, Model model) {
		Team team = people.team(me.teamId());
		model.addAttribute("skips", administration.skipPolicy(team.id()));
		model.addAttribute("rep", me);
		model.addAttribute("team", team);
		model.addAttribute("mode", mode);
		model.addAttribute("queueOrder", administration.settings(team.id()).queueOrder()); // what "Next request" serves
		Reopener asRep = Reopener.rep(me.username(), me.id());
		Instant now = clock.instant();
		java.util.function.Predicate<RequestView> reopenable = r -> work.mayReopen(r, asRep, now);
		model.addAttribute("reopenable", reopenable); // the rule the reopen itself enforces
		model.addAttribute("tomorrow", team.today(clock).plusDays(1));
		model.addAttribute("colleagues", people.members(team.id()).stream().filter(r -> !r.id().equals(me.id())).toList());
	}

	private String got(RequestView request) {
		return text("work.next.got", request.kind(), request.customer(), request.subject());
	}

	private RoutingMode mode(Rep rep) {
		return administration.settings(rep.teamId()).mode();
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return MoveForm.blankToNull(value);
	}

	/** Help a colleague recorded on a request, waiting for this rep to confirm or decline it on the request's page. */
	record HelpToConfirm(RequestView request, String colleague) {
	}

	/** The assists waiting for the rep's answer, their requests read in one query. */
	private List<HelpToConfirm> helpToConfirm(Rep me) {
		List<Assist> waiting = assists.awaiting(me.id());
		Map<RequestId, RequestView> requests = work.requests(waiting.stream().map(Assist::requestId).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(RequestView::id, request -> request));
		return waiting.stream()
			.map(a -> new HelpToConfirm(requests.get(a.requestId()), people.rep(a.proposedBy()).displayName()))
			.toList();
	}

	/**
	 * How the rep is told a manager changed their availability today: that change, with its reason, while it is still
	 * the latest one; once the rep has changed it since, the notice would contradict what they chose.
	 */
	private @Nullable String setByOther(Rep me) {
		Team team = people.team(me.teamId());
		Instant midnight = clock.instant().atZone(team.zone()).toLocalDate().atStartOfDay(team.zone()).toInstant();
		return people.availabilityChanges(me.teamId(), midnight).stream()
			.filter(c -> c.repId().equals(me.id()))
			.reduce((first, second) -> second)
			.filter(latest -> !latest.changedBy().equals(me.username()))
			.map(c -> text("work.availabilitySetBy", c.to(), c.changedBy(),
					c.at().atZone(team.zone()).toLocalTime().withSecond(0).withNano(0), String.valueOf(c.reason())))
			.orElse(null);
	}
}
