package org.fairdesk.incentives.web;

import java.util.List;

import org.fairdesk.incentives.PlanAcknowledgementManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acknowledging a new plan version (docs/plans.md): a rep reads the versions they have yet to acknowledge, each with
 * its preview on their own last month, and confirms; managers, finance and admins see who has not.
 */
@RestController
class PlanAcknowledgementController {

	private final PlanAcknowledgementManagement acknowledgements;

	PlanAcknowledgementController(PlanAcknowledgementManagement acknowledgements) {
		this.acknowledgements = acknowledgements;
	}

	@GetMapping("/api/incentives/acknowledgements/pending")
	@PreAuthorize("hasRole('REP')")
	List<PlanAcknowledgementManagement.Pending> pending(@CurrentRep Rep me) {
		return acknowledgements.pending(me.id());
	}

	@PostMapping("/api/incentives/acknowledgements")
	@PreAuthorize("hasRole('REP')")
	PlanAcknowledgementManagement.Acknowledgement acknowledge(@RequestBody AcknowledgeRequest body,
			@CurrentRep Rep me) {
		body.check();
		return acknowledgements.acknowledge(me.id(), body.planName(), body.version());
	}

	@GetMapping("/api/incentives/acknowledgements")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	PlanAcknowledgementManagement.TeamAcknowledgements team(@RequestParam(required = false) @Nullable String teamId) {
		Integer team = Inputs.wholeNumber(teamId, "teamId", "a team's id, a whole number");
		if (team == null) {
			throw InvalidInputException.of("teamId", "is required: a team's id");
		}
		return acknowledgements.team(new TeamId(team));
	}

	/** The version a rep confirms having read: both required. */
	record AcknowledgeRequest(@Nullable String planName, @Nullable Integer version) {

		void check() {
			new FieldChecks().require(planName != null && !planName.isBlank(), "planName", "is required: the plan's name")
				.require(version != null, "version", "is required: the version's number, a whole number")
				.throwIfAny();
		}
	}
}
