package org.fairdesk.incentives.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.incentives.PayInsights;
import org.fairdesk.incentives.WhatIf;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statement pages (docs/pay.md): what changed in a statement since last month, a rep's what-if on their open
 * month, and a team's month for its manager. Plain forms, no script. Each shows what {@link PayInsightsController}
 * answers over the API, from the same {@link PayInsights}, so a page and the API cannot disagree.
 */
@Controller
class StatementPagesController {

	private final PayInsights insights;
	private final PeopleManagement people;
	private final PayReaders readers;
	private final Clock clock;

	StatementPagesController(PayInsights insights, PeopleManagement people, PayReaders readers, Clock clock) {
		this.insights = insights;
		this.people = people;
		this.readers = readers;
		this.clock = clock;
	}

	@GetMapping("/statements/{repId}/{period}/changes")
	String changes(@PathVariable long repId, @PathVariable String period, Authentication user,
			@CurrentRep Optional<Rep> me, Model model) {
		RepId rep = readers.rep(Long.toString(repId), user, me,
				"sees only their own statement");
		YearMonth month = IncentiveParams.month(period);
		Team team = people.team(people.rep(rep).teamId());
		model.addAttribute("format", TeamFormat.of(team));
		model.addAttribute("repName", people.rep(rep).displayName());
		model.addAttribute("period", month);
		model.addAttribute("previous", month.minusMonths(1));
		model.addAttribute("changes", insights.changes(rep, month).orElse(null));
		return "incentives/statement-changes";
	}

	@GetMapping("/statements/what-if")
	String whatIfForm(@RequestParam(required = false) @Nullable Long rep,
			@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me, Model model, HttpServletResponse response) {
		Rep who = people.rep(readers.rep(rep == null ? null : rep.toString(), "rep", user, me,
				"tries only their own pay"));
		Team team = people.team(who.teamId());
		YearMonth month = period == null || period.isBlank() ? team.thisMonth(clock) : IncentiveParams.month(period);
		var notOpen = insights.whyNotOpenForWhatIf(team.id(), month);
		if (notOpen.isPresent()) {
			// said before anything is typed, rather than after a form that could never answer
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", List.of(new InvalidInputException.FieldProblem("period", notOpen.get())));
			model.addAttribute("closedToWhatIf", true);
		}
		return whatIfPage(who, team, month, new WhatIfForm(null, null, null, null, null), null, model);
	}

	@PostMapping("/statements/what-if")
	String whatIf(@RequestParam(required = false) @Nullable Long rep, @RequestParam String period,
			@RequestParam(required = false) @Nullable String orderMargin,
			@RequestParam(required = false) @Nullable String orderRevenue,
			@RequestParam(required = false) @Nullable String csat,
			@RequestParam(required = false) @Nullable String assists,
			@RequestParam(required = false) @Nullable String slaMet, Authentication user,
			@CurrentRep Optional<Rep> me, Model model, HttpServletResponse response) {
		Rep who = people.rep(readers.rep(rep == null ? null : rep.toString(), "rep", user, me,
				"tries only their own pay"));
		Team team = people.team(who.teamId());
		YearMonth month = IncentiveParams.month(period);
		WhatIfForm form = new WhatIfForm(orderMargin, orderRevenue, csat, assists, slaMet);
		List<WhatIf.Change> changes;
		try {
			changes = form.changes();
			var result = readers.whatIf(team.id().value(), month.toString(),
					who.id().value(), changes, user, me, insights);
			return whatIfPage(who, team, month, form, result, model);
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", form.named(refused.problems()));
			model.addAttribute("closedToWhatIf", insights.whyNotOpenForWhatIf(team.id(), month).isPresent());
			return whatIfPage(who, team, month, form, null, model);
		}
	}

	private String whatIfPage(Rep rep, Team team, YearMonth month, WhatIfForm form,
			PayInsights.@Nullable WhatIfResult result, Model model) {
		model.addAttribute("rep", rep);
		model.addAttribute("format", TeamFormat.of(team));
		model.addAttribute("period", month);
		model.addAttribute("form", form);
		model.addAttribute("result", result);
		return "incentives/what-if";
	}

	@GetMapping("/statements/team")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	String team(@RequestParam(required = false) @Nullable Long team,
			@RequestParam(required = false) @Nullable String period, Authentication user, Model model,
			HttpServletResponse response) {
		List<Team> teams = readers.offer(user, model);
		Optional<Team> chosen = readers.chosen(team, teams, user);
		if (chosen.isEmpty()) {
			model.addAttribute("month", null);
			return "incentives/team-month";
		}
		Team current = chosen.get();
		YearMonth month;
		try {
			month = period == null || period.isBlank() ? current.thisMonth(clock) : IncentiveParams.month(period);
		}
		catch (InvalidInputException badMonth) {
			// said beside the form it was typed in, which shows it again, over the team's current month: a bare
			// error page left the manager with no form to correct it in (seen in a browser)
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("failure", badMonth.getMessage());
			model.addAttribute("typedPeriod", period);
			month = current.thisMonth(clock);
		}
		model.addAttribute("team", current);
		model.addAttribute("format", TeamFormat.of(current));
		model.addAttribute("period", month);
		model.addAttribute("month", insights.teamMonth(current.id(), month));
		return "incentives/team-month";
	}

	/** The what-if form's fields as typed, each empty field left out of the changes. */
	record WhatIfForm(@Nullable String orderMargin, @Nullable String orderRevenue, @Nullable String csat,
			@Nullable String assists, @Nullable String slaMet) {

		static final String NOTHING_TYPED = "is required: fill in at least one figure (an order's margin and "
				+ "revenue, your CSAT average, assists or requests that met the SLA)";

		/** The changes typed, every number that does not parse named at once (nothing is computed then). */
		List<WhatIf.Change> changes() {
			FieldChecks checks = new FieldChecks();
			BigDecimal margin = Inputs.decimal(orderMargin, "orderMargin", checks);
			BigDecimal revenue = Inputs.decimal(orderRevenue, "orderRevenue", checks);
			BigDecimal rating = Inputs.decimal(csat, "csat", checks);
			BigDecimal assisted = Inputs.decimal(assists, "assists", checks);
			BigDecimal met = Inputs.decimal(slaMet, "slaMet", checks);
			checks.throwIfAny();
			List<WhatIf.Change> changes = new ArrayList<>();
			if (given(orderMargin) || given(orderRevenue)) {
				changes.add(new WhatIf.Change("order", margin, revenue));
			}
			if (given(csat)) {
				changes.add(new WhatIf.Change("csat", rating, null));
			}
			if (given(assists)) {
				changes.add(new WhatIf.Change("assist", assisted, null));
			}
			if (given(slaMet)) {
				changes.add(new WhatIf.Change("slaMet", met, null));
			}
			return changes;
		}

		/** The API's field names ({@code changes[1].value}) as the form's ({@code csat}). */
		List<InvalidInputException.FieldProblem> named(List<InvalidInputException.FieldProblem> problems) {
			List<String> fields = new ArrayList<>();
			if (given(orderMargin) || given(orderRevenue)) {
				fields.add("order");
			}
			if (given(csat)) {
				fields.add("csat");
			}
			if (given(assists)) {
				fields.add("assist");
			}
			if (given(slaMet)) {
				fields.add("slaMet");
			}
			return problems.stream().map(p -> {
				String field = p.field();
				if (field.equals("changes")) {
					// the API's words show a JSON body; on the page nothing was typed in the form's fields
					return new InvalidInputException.FieldProblem(field, NOTHING_TYPED, null);
				}
				for (int i = 0; i < fields.size(); i++) {
					String at = "changes[" + i + "]";
					if (field.startsWith(at)) {
						String figure = fields.get(i);
						field = figure.equals("order") ? (field.endsWith("revenue") ? "orderRevenue" : "orderMargin")
								: figure.equals("assist") ? "assists" : figure;
					}
				}
				return new InvalidInputException.FieldProblem(field, p.message(), null);
			}).toList();
		}

		private static boolean given(@Nullable String value) {
			return value != null && !value.isBlank();
		}
	}
}
