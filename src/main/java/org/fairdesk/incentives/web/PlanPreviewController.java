package org.fairdesk.incentives.web;

import java.util.List;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PlanPresets;
import org.fairdesk.incentives.PlanPreview;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the plan editor asks of the API: a draft beside the plan in force, and the presets to start from. Finance may
 * do both: previewing pays no one.
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
class PlanPreviewController {

	private final IncentiveManagement incentives;
	private final PlanPresets presets;
	private final PayReaders readers;

	PlanPreviewController(IncentiveManagement incentives, PlanPresets presets, PayReaders readers) {
		this.incentives = incentives;
		this.presets = presets;
		this.readers = readers;
	}

	/** A draft on the team's last and current month, beside the plan in force: each rep's pay, so its readers'. */
	@PostMapping("/api/incentives/preview")
	PlanPreview preview(@RequestBody PreviewRequest body, Authentication user) {
		body.check();
		return incentives.preview(readers.team(new TeamId(body.teamId()), user), body.document());
	}

	@GetMapping("/api/incentives/presets")
	List<PlanPresets.Preset> presets() {
		return presets.list();
	}

	/** A draft plan document for a team. */
	record PreviewRequest(@Nullable Long teamId, @Nullable String document) {

		void check() {
			new FieldChecks().require(teamId != null, "teamId", "is required: a team's id")
				.require(document != null && !document.isBlank(), "document", "is required: a YAML plan document")
				.throwIfAny();
		}
	}
}
