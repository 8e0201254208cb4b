package org.fairdesk.lab.simulation;

import java.util.UUID;

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

	LabRunController(LabRuns runs) {
		this.runs = runs;
	}

	/** {@code {"scenario": "<YAML>"}}. */
	record StartRun(@Nullable String scenario) {
	}

	@PostMapping("/api/lab/runs")
	ResponseEntity<LabRuns.Run> start(@RequestBody StartRun body) {
		return runs.start(body.scenario())
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
