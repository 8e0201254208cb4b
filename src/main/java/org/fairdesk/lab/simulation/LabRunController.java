package org.fairdesk.lab.simulation;

import java.util.UUID;

import java.util.List;

import org.fairdesk.lab.Goal;
import org.fairdesk.lab.GoalManagement;
import org.fairdesk.people.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
			.orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build());
	}

	@GetMapping("/api/lab/runs/{id}")
	ResponseEntity<LabRuns.Run> run(@PathVariable UUID id) {
		return ResponseEntity.of(runs.find(id));
	}

	@DeleteMapping("/api/lab/runs/{id}")
	ResponseEntity<LabRuns.Run> cancel(@PathVariable UUID id) {
		return ResponseEntity.of(runs.cancel(id));
	}
}
