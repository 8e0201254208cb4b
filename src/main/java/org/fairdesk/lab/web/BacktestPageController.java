package org.fairdesk.lab.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PlanHistory;
import org.fairdesk.incentives.PlanPresets;
import org.fairdesk.incentives.web.TeamFormat;
import org.fairdesk.lab.BacktestManagement;
import org.fairdesk.lab.BacktestRequest;
import org.fairdesk.lab.BacktestResult;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The backtest page: a team's months, up to three plans (a published version, a preset or a pasted document), run
 * side by side with what was paid; the per-rep-per-month table as CSV. Plain forms, no script (the
 * Content-Security-Policy allows none inline). Nothing is stored.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
class BacktestPageController {

	static final String VIEW = "lab/backtest";

	/** Plans the page offers slots for (the API takes up to {@link BacktestManagement#MAX_PLANS}). */
	static final int SLOTS = 3;

	private final BacktestManagement backtests;
	private final IncentiveManagement incentives;
	private final PlanPresets presets;
	private final PeopleManagement people;
	private final TeamManagerChecks teamChecks;
	private final Clock clock;

	BacktestPageController(BacktestManagement backtests, IncentiveManagement incentives, PlanPresets presets,
			PeopleManagement people, TeamManagerChecks teamChecks, Clock clock) {
		this.teamChecks = teamChecks;
		this.backtests = backtests;
		this.incentives = incentives;
		this.presets = presets;
		this.people = people;
		this.clock = clock;
	}

	/** The form: the last six months to this one, the version in force this month and the first preset. */
	@GetMapping("/lab/backtest")
	String page(@RequestParam(required = false) @Nullable Long team, Authentication user, Model model) {
		List<Team> teams = offer(user, model);
		if (teams.isEmpty() && team == null) {
			return VIEW;
		}
		Team current = team == null ? teams.get(0) : readable(team, user);
		YearMonth thisMonth = current.thisMonth(clock);
		PlanHistory history = incentives.plans(current.id());
		String inForce = history.versions().stream().filter(PlanHistory.Entry::inForceThisMonth).findFirst()
			.map(BacktestPageController::choice).orElse("");
		String preset = presets.list().stream().findFirst().map(p -> "preset:" + p.key()).orElse("");
		Form form = new Form(thisMonth.minusMonths(5).toString(), thisMonth.toString(),
				List.of(inForce, preset, ""), List.of("", "", ""), "PAID");
		return show(current, form, user, model);
	}

	@PostMapping("/lab/backtest")
	String run(@RequestParam long team, @RequestParam Map<String, String> params, Authentication user, Model model,
			HttpServletResponse response) {
		Team current = readable(team, user);
		Form form = Form.of(params);
		try {
			BacktestResult result = backtests.run(request(current, form));
			model.addAttribute("result", result);
			List<BacktestResult.Outcome> outcomes = new ArrayList<>(List.of(result.paid()));
			outcomes.addAll(result.plans());
			model.addAttribute("outcomes", outcomes);
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
		}
		return show(current, form, user, model);
	}

	/** The per-rep-per-month table of the same form's backtest; a bad form is the error page (400) naming the field. */
	@PostMapping("/lab/backtest.csv")
	ResponseEntity<byte[]> csv(@RequestParam long team, @RequestParam Map<String, String> params,
			Authentication user) {
		Team current = readable(team, user);
		BacktestResult result = backtests.run(request(current, Form.of(params)));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("backtest-" + current.id().value() + "-" + result.from() + "-" + result.to() + ".csv")
				.build()
				.toString())
			.body(BacktestCsv.write(result).getBytes(StandardCharsets.UTF_8));
	}

	/** The team, when the login reads its pay (a backtest shows what each rep was paid): 404 unknown, 403 otherwise. */
	private Team readable(long team, Authentication user) {
		teamChecks.requirePayReader(user, new TeamId(team));
		return people.team(new TeamId(team));
	}

	/** The form as the API's request: empty slots are left out. */
	private BacktestRequest request(Team team, Form form) {
		List<BacktestRequest.PlanChoice> plans = new ArrayList<>();
		Object against = "PAID";
		for (int i = 0; i < SLOTS; i++) {
			Optional<BacktestRequest.PlanChoice> plan = choice(form.plans().get(i), form.documents().get(i));
			if (plan.isPresent() && form.against().equals(String.valueOf(i + 1))) {
				against = plans.size(); // the slot's plan, counted among the slots chosen
			}
			plan.ifPresent(plans::add);
		}
		if (!form.against().equals("PAID") && against.equals("PAID")) {
			against = "plan " + form.against(); // a slot left empty: named as a bad choice
		}
		return new BacktestRequest(team.id().value(), form.from(), form.to(), plans, against);
	}

	private Optional<BacktestRequest.PlanChoice> choice(String plan, String document) {
		if (plan.startsWith("version:")) {
			String[] parts = plan.split(":", 3);
			if (parts.length == 3 && parts[1].matches("\\d{1,9}")) {
				return Optional.of(BacktestRequest.PlanChoice.version(parts[2], Integer.parseInt(parts[1])));
			}
		}
		if (plan.startsWith("preset:")) {
			String key = plan.substring("preset:".length());
			PlanPresets.Preset preset = presets.find(key)
				.orElseThrow(() -> InvalidInputException.of("plans", "the preset " + key + " is not one of "
						+ presets.list().stream().map(PlanPresets.Preset::key).toList()));
			return Optional.of(BacktestRequest.PlanChoice.document(preset.name(), preset.document()));
		}
		if (plan.equals("document")) {
			return Optional.of(BacktestRequest.PlanChoice.document(null, document.replace("\r\n", "\n")));
		}
		return Optional.empty();
	}

	private static String choice(PlanHistory.Entry version) {
		return "version:" + version.version() + ":" + version.name();
	}

	/**
	 * The teams the page offers: those whose pay the login reads (a backtest shows what each rep was paid), with
	 * {@code teamsHidden} when there are teams but none of those.
	 */
	private List<Team> offer(Authentication user, Model model) {
		List<Team> all = people.teams();
		List<Team> teams = all.stream().filter(each -> teamChecks.readsPay(user, each.id())).toList();
		model.addAttribute("teams", teams);
		model.addAttribute("teamsHidden", teams.isEmpty() && !all.isEmpty());
		return teams;
	}

	private String show(Team team, Form form, Authentication user, Model model) {
		model.addAttribute("team", team);
		offer(user, model);
		model.addAttribute("format", TeamFormat.of(team));
		model.addAttribute("form", form);
		// HTML drops one line break right after <textarea>: one is added, so a document's first line stays line 1.
		model.addAttribute("documents", form.documents().stream().map(d -> "\n" + d).toList());
		model.addAttribute("versions", incentives.plans(team.id()).versions().stream()
			.filter(v -> !v.neverApplies())
			.map(v -> new Option(choice(v), v.name() + " v" + v.version()))
			.toList());
		model.addAttribute("presets", presets.list().stream()
			.map(p -> new Option("preset:" + p.key(), p.name()))
			.toList());
		model.addAttribute("slots", java.util.stream.IntStream.range(0, SLOTS).boxed().toList());
		return VIEW;
	}

	/** A choice in a plan slot's list. */
	record Option(String value, String label) {
	}

	/**
	 * The form as sent: months, each slot's choice ({@code plan1}…: {@code version:N:name}, {@code preset:key},
	 * {@code document} or empty) with its pasted document ({@code document1}…), and {@code against}.
	 */
	record Form(String from, String to, List<String> plans, List<String> documents, String against) {

		static Form of(Map<String, String> params) {
			List<String> plans = new ArrayList<>();
			List<String> documents = new ArrayList<>();
			for (int i = 1; i <= SLOTS; i++) {
				plans.add(params.getOrDefault("plan" + i, "").strip());
				documents.add(params.getOrDefault("document" + i, ""));
			}
			return new Form(params.getOrDefault("from", ""), params.getOrDefault("to", ""), plans, documents,
					params.getOrDefault("against", "PAID"));
		}
	}
}
