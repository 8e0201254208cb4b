package org.fairdesk.lab.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.GoalManagement;
import org.fairdesk.lab.simulation.LabRunCsv;
import org.fairdesk.lab.simulation.LabRuns;
import org.fairdesk.lab.simulation.ScenarioPresets;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The lab's simulation from the browser: a scenario (a shipped preset or the manager's own YAML) started as a run
 * judged against a team's behaviour goals, its progress polled by htmx, then the comparison of its plans × policies
 * with charts and exports. Runs go through {@link LabRuns}, the API's bounded queue: the page never runs a
 * simulation on a web thread.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class LabRunsPageController {

	static final String FORM = "lab/runs";
	static final String RUN = "lab/run";
	static final String DEFAULT_PRESET = "two-plans";

	private final LabRuns runs;
	private final GoalManagement goals;
	private final PeopleManagement people;
	private final JsonMapper json;

	LabRunsPageController(LabRuns runs, GoalManagement goals, PeopleManagement people, JsonMapper json) {
		this.runs = runs;
		this.goals = goals;
		this.people = people;
		this.json = json;
	}

	/** The form, filled with a preset's YAML ({@code ?preset=}), and the runs remembered. */
	@GetMapping("/lab/runs")
	String form(@RequestParam(required = false) @Nullable Long team,
			@RequestParam(required = false) @Nullable String preset, Model model) {
		String key = preset == null ? DEFAULT_PRESET : preset;
		ScenarioPresets.Preset chosen = ScenarioPresets.find(key)
			.orElseThrow(() -> new NotFoundException("no lab scenario preset " + key));
		return form(team, key, chosen.yaml(), model);
	}

	/** Starts a run; a scenario refused names each path and starts nothing, a full queue says so. */
	@PostMapping("/lab/runs")
	String start(@RequestParam(required = false) @Nullable Long team, @RequestParam(defaultValue = "") String scenario,
			@RequestParam(defaultValue = "") String preset, Model model, HttpServletResponse response) {
		List<Goal> watched = team == null ? GoalManagement.defaults() : goals.goals(new TeamId(team));
		Optional<LabRuns.Run> run;
		try {
			run = runs.start(scenario, watched);
		}
		catch (InvalidInputException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", refused.problems());
			return form(team, preset, scenario, model);
		}
		if (run.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(LabRuns.RETRY_AFTER_SECONDS));
			model.addAttribute("busy", true);
			return form(team, preset, scenario, model);
		}
		return "redirect:/lab/runs/" + run.get().id();
	}

	@GetMapping("/lab/runs/{id}")
	String run(@PathVariable UUID id, Model model) {
		LabRuns.Run run = find(id);
		model.addAttribute("run", run);
		if (run.result() != null) {
			LabRunView view = LabRunView.of(run);
			model.addAttribute("view", view);
			model.addAttribute("charts", json.writeValueAsString(view.charts()));
		}
		return RUN;
	}

	/**
	 * The progress fragment htmx polls; once the run is over, {@code HX-Refresh} makes the browser load the page
	 * again, now with the results.
	 */
	@GetMapping("/lab/runs/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		LabRuns.Run run = find(id);
		if (!run.active()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", run);
		return RUN + " :: progress";
	}

	/** The run's CSV for a browser session (the API's {@code /api/lab/runs/{id}/results.csv} wants a token). */
	@GetMapping("/lab/runs/{id}/results.csv")
	ResponseEntity<String> csv(@PathVariable UUID id) {
		LabRuns.Run run = finished(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(id, "csv"))
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(LabRunCsv.write(run.result(), run.verdicts()));
	}

	/** The run's JSON, as the API gives it, for a browser session. */
	@GetMapping("/lab/runs/{id}/results.json")
	ResponseEntity<String> json(@PathVariable UUID id) {
		LabRuns.Run run = finished(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(id, "json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsString(run));
	}

	private LabRuns.Run finished(UUID id) {
		LabRuns.Run run = find(id);
		if (run.status() != LabRuns.Status.DONE || run.result() == null) {
			throw new ConflictException("id", "the run is " + run.status() + ": results exist once it is DONE");
		}
		return run;
	}

	private static String attachment(UUID id, String extension) {
		return ContentDisposition.attachment().filename("lab-run-" + id + "." + extension).build().toString();
	}

	@PostMapping("/lab/runs/{id}/cancel")
	String cancel(@PathVariable UUID id) {
		runs.cancel(id).orElseThrow(() -> new NotFoundException("no lab run " + id));
		return "redirect:/lab/runs/" + id;
	}

	private LabRuns.Run find(UUID id) {
		return runs.find(id).orElseThrow(() -> new NotFoundException("no lab run " + id
				+ ": the lab remembers the last " + LabRuns.KEPT + " runs until a restart"));
	}

	private String form(@Nullable Long team, String preset, String yaml, Model model) {
		List<Team> teams = people.teams();
		model.addAttribute("teams", teams);
		model.addAttribute("team", team == null ? teams.stream().findFirst().orElse(null)
				: people.team(new TeamId(team)));
		model.addAttribute("presets", ScenarioPresets.list());
		model.addAttribute("preset", preset);
		model.addAttribute("scenario", yaml);
		model.addAttribute("runs", runs.recent());
		return FORM;
	}
}
