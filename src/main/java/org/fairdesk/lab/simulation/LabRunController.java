package org.fairdesk.lab.simulation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.GoalManagement;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.BusyException;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Simulation runs over the API (docs/api.md, docs/lab.md): start one, follow its progress, read or cancel it. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class LabRunController {

	private final LabRuns runs;
	private final GoalManagement goals;

	LabRunController(LabRuns runs, GoalManagement goals) {
		this.runs = runs;
		this.goals = goals;
	}

	/**
	 * {@code {"scenario": "<YAML>", "teamId": 1}}: the run is judged against that team's behaviour goals, or the
	 * default set without a team.
	 */
	record StartRun(@Nullable String scenario, @Nullable Long teamId) {
	}

	@PostMapping("/api/lab/runs")
	ResponseEntity<LabRuns.Run> start(@RequestBody StartRun body) {
		List<Goal> watched = body.teamId() == null ? GoalManagement.defaults()
				: goals.goals(new TeamId(body.teamId()));
		return runs.start(body.scenario(), watched)
			.map(run -> ResponseEntity.status(HttpStatus.ACCEPTED).body(run))
			.orElseThrow(() -> new BusyException("the lab's run queue is full: one run is running and "
					+ LabRuns.QUEUED + " are waiting; try again once one is over, or cancel one (DELETE /api/lab/runs/{id})",
					LabRuns.RETRY_AFTER_SECONDS));
	}

	@GetMapping("/api/lab/runs/{id}")
	LabRuns.Run run(@PathVariable UUID id) {
		return runs.find(id).orElseThrow(() -> unknown(id));
	}

	/** A run this instance does not remember: never started, forgotten (only the last few are kept) or restarted. */
	static NotFoundException unknown(UUID id) {
		return new NotFoundException("no lab run " + id + ": the lab remembers the last " + LabRuns.KEPT
				+ " runs until a restart");
	}

	/** A finished run's figures, behaviours and verdicts as CSV, one measure per row ({@link LabRunCsv}). */
	@GetMapping("/api/lab/runs/{id}/results.csv")
	ResponseEntity<String> csv(@PathVariable UUID id) {
		LabRuns.Run run = finished(id);
		return download(LabRunCsv.write(run.result(), run.verdicts()), "csv", new MediaType("text", "csv",
				StandardCharsets.UTF_8), id);
	}

	/** A finished run as the JSON of {@code GET /api/lab/runs/{id}}, as a file to keep. */
	@GetMapping("/api/lab/runs/{id}/results.json")
	ResponseEntity<LabRuns.Run> json(@PathVariable UUID id) {
		LabRuns.Run run = finished(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(id, "json"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(run);
	}

	private LabRuns.Run finished(UUID id) {
		LabRuns.Run run = runs.find(id).orElseThrow(() -> unknown(id));
		if (run.status() != LabRuns.Status.DONE || run.result() == null) {
			throw new ConflictException("id", "the run is " + run.status() + ": results exist once it is DONE");
		}
		return run;
	}

	private static ResponseEntity<String> download(String body, String extension, MediaType type, UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(id, extension))
			.contentType(type)
			.body(body);
	}

	private static String attachment(UUID id, String extension) {
		return ContentDisposition.attachment().filename("lab-run-" + id + "." + extension).build().toString();
	}

	@DeleteMapping("/api/lab/runs/{id}")
	LabRuns.Run cancel(@PathVariable UUID id) {
		return runs.cancel(id).orElseThrow(() -> unknown(id));
	}
}
