package org.fairdesk.lab.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PlanHistory;
import org.fairdesk.incentives.PlanPresets;
import org.fairdesk.incentives.web.TeamFormat;
import org.fairdesk.lab.Backtest;
import org.fairdesk.lab.BacktestManagement;
import org.fairdesk.lab.BacktestRequest;
import org.fairdesk.lab.BacktestResult;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.shared.Inputs;
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

	/** A plan's place in the API's request, as its problems name it ({@code plans[1].document…}). */
	private static final Pattern PLAN_INDEX = Pattern.compile("plans\\[(\\d{1,9})]");

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
			BacktestResult result = run(current, form);
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
		BacktestResult result = run(current, Form.of(params));
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

	/**
	 * The form's backtest. The API numbers the plans it is sent from 0, and only the slots chosen are sent: a refusal
	 * is named by the slot the manager filled in ({@code plan2.document.components[0].percent} for "Plan 2"), never
	 * by the API's index, which differs as soon as a slot before it is left empty.
	 */
	private BacktestResult run(Team team, Form form) {
		List<Integer> slots = new ArrayList<>(); // the page's slot (1, 2, 3) of each plan sent, in order
		BacktestRequest request = request(team, form, slots);
		try {
			return backtests.run(request);
		}
		catch (InvalidInputException refused) {
			throw new InvalidInputException(refused.problems().stream().map(p -> onThePage(p, slots, form)).toList());
		}
	}

	/** A problem of the API's request in the page's words: its slot for its plan index, its slot for against. */
	private static InvalidInputException.FieldProblem onThePage(InvalidInputException.FieldProblem problem,
			List<Integer> slots, Form form) {
		Matcher plan = PLAN_INDEX.matcher(problem.field());
		if (plan.lookingAt()) {
			int index = Integer.parseInt(plan.group(1));
			String field = "plan" + slots.get(index) + problem.field().substring(plan.end());
			return new InvalidInputException.FieldProblem(field, problem.message(), problem.line());
		}
		if (problem.field().equals("plans")) { // none chosen: the page offers three slots, not the API's six
			return new InvalidInputException.FieldProblem("plan1", "is left empty, as are the others: choose at least "
					+ "one plan, a published version, a preset or the document below");
		}
		if (problem.field().equals("against")) {
			return new InvalidInputException.FieldProblem("against", form.against().matches("[1-" + SLOTS + "]")
					? "is Plan " + form.against() + ", which is left empty: compare with what was paid or with a plan "
							+ "chosen above"
					: "must be what was paid or Plan 1 to " + SLOTS + ", got " + Inputs.shortened(form.against()));
		}
		return problem;
	}

	/** The form as the API's request: empty slots are left out, and {@code slots} notes the slot of each plan sent. */
	private BacktestRequest request(Team team, Form form, List<Integer> slots) {
		List<BacktestRequest.PlanChoice> plans = new ArrayList<>();
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		Object against = Backtest.PAID;
		for (int i = 0; i < SLOTS; i++) {
			Optional<BacktestRequest.PlanChoice> plan;
			try {
				plan = choice(i + 1, form.plans().get(i), form.documents().get(i));
			}
			catch (InvalidInputException refused) {
				problems.addAll(refused.problems());
				continue;
			}
			if (plan.isPresent() && form.against().equals(String.valueOf(i + 1))) {
				against = plans.size(); // the slot's plan, counted among the slots chosen
			}
			if (plan.isPresent()) {
				plans.add(plan.get());
				slots.add(i + 1);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!form.against().equals(Backtest.PAID) && against.equals(Backtest.PAID)) {
			against = "plan " + form.against(); // a slot left empty: named as a bad choice
		}
		return new BacktestRequest(team.id().value(), form.from(), form.to(), plans, against);
	}

	/** A slot's choice; empty when the slot is left empty, a problem on {@code plan<slot>} when it is none offered. */
	private Optional<BacktestRequest.PlanChoice> choice(int slot, String plan, String document) {
		if (plan.isEmpty()) {
			return Optional.empty();
		}
		if (plan.startsWith("version:")) {
			String[] parts = plan.split(":", 3);
			if (parts.length == 3 && parts[1].matches("\\d{1,9}")) {
				return Optional.of(BacktestRequest.PlanChoice.version(parts[2], Integer.parseInt(parts[1])));
			}
		}
		else if (plan.startsWith("preset:")) {
			String key = plan.substring("preset:".length());
			PlanPresets.Preset preset = presets.find(key)
				.orElseThrow(() -> InvalidInputException.of("plan" + slot, "the preset " + Inputs.shortened(key)
						+ " is not one of " + presets.list().stream().map(PlanPresets.Preset::key).toList()));
			return Optional.of(BacktestRequest.PlanChoice.document(preset.name(), preset.document()));
		}
		else if (plan.equals("document")) {
			return Optional.of(BacktestRequest.PlanChoice.document(null, document.replace("\r\n", "\n")));
		}
		// a value the page never offers: named rather than left out, which would run fewer plans than were asked for
		throw InvalidInputException.of("plan" + slot, "must be a published version, a preset or the document below, "
				+ "got " + Inputs.shortened(plan));
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
