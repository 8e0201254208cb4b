package org.fairdesk.incentives.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fairdesk.shared.Inputs;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Statements and plans over the API. A rep only ever receives their own statement. */
@RestController
class StatementController {

	private final IncentiveManagement incentives;

	StatementController(IncentiveManagement incentives) {
		this.incentives = incentives;
	}

	@GetMapping("/api/statements")
	List<Statement> statements(@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return Statements.visibleTo(user, me, Inputs.month(period, "period"), incentives);
	}

	@PostMapping("/api/incentives/evaluate")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	List<Statement> evaluate(@RequestBody PlanRequest body) {
		body.check(false);
		return incentives.evaluate(body.document(), new TeamId(body.teamId()),
				Inputs.month(body.period(), "period"));
	}

	@PostMapping("/api/incentives/plans")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	PlanVersion publish(@RequestBody PlanRequest body) {
		body.check(true);
		return incentives.publish(new TeamId(body.teamId()), body.document(), body.effectiveFrom());
	}

	/** A plan document for a team, to evaluate for a period or to publish from a day on. */
	record PlanRequest(@Nullable Long teamId, @Nullable String period, @Nullable LocalDate effectiveFrom,
			@Nullable String document) {

		void check(boolean publishing) {
			new FieldChecks().require(teamId != null, "teamId", "is required")
				.require(document != null && !document.isBlank(), "document", "is required: a YAML plan document")
				.require(!publishing || effectiveFrom != null, "effectiveFrom", "is required as YYYY-MM-DD")
				.throwIfAny();
		}
	}
}
