package org.fairdesk.incentives.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fairdesk.shared.Inputs;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.PlanHistory;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.annotation.JsonDeserialize;

/** Statements and plans over the API. A rep only ever receives their own statement. */
@RestController
class StatementController {

	private final IncentiveManagement incentives;

	private final TeamManagerChecks managers;
	private final PayReaders readers;

	StatementController(IncentiveManagement incentives, TeamManagerChecks managers, PayReaders readers) {
		this.incentives = incentives;
		this.managers = managers;
		this.readers = readers;
	}

	@GetMapping("/api/statements")
	List<Statement> statements(@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return Statements.visibleTo(user, me, Inputs.month(period, "period"), incentives, readers);
	}

	/** A month's facts as the calculator reads them: the facts document of docs/plans.md. */
	@GetMapping("/api/incentives/facts")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	PeriodFacts facts(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		return incentives.facts(readers.team(teamId, user), Inputs.month(period, "period"));
	}

	/**
	 * A month's facts as its statements were made: a closed month's document as stored at its close (its facts
	 * today, which {@link #facts} gives, may have changed since), an open month's read now.
	 */
	@GetMapping("/api/incentives/periods/facts")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	PeriodFacts recordedFacts(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		return incentives.recorded(readers.team(teamId, user), IncentiveParams.month(period)).facts();
	}

	@PostMapping("/api/incentives/evaluate")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<Statement> evaluate(@RequestBody EvaluateRequest body, Authentication user) {
		body.check();
		if (body.facts() != null) {
			return incentives.evaluate(body.document(), body.facts());
		}
		return incentives.evaluate(body.document(), readers.team(new TeamId(body.teamId()), user),
				Inputs.month(body.period(), "period"));
	}

	/** The team's plan versions and when each is in force: managers and finance, who preview and pay by them. */
	@GetMapping("/api/incentives/plans")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	PlanHistory plans(@RequestParam(required = false) @Nullable String teamId) {
		return incentives.plans(IncentiveParams.team(teamId));
	}


	@PostMapping("/api/incentives/plans")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	PlanVersion publish(@RequestBody PlanRequest body, Authentication user) {
		body.check(true);
		managers.requireForTeam(user, new TeamId(body.teamId()), "publish its plan");
		return incentives.publish(new TeamId(body.teamId()), body.document(), body.effectiveFrom(), user.getName());
	}

	/** A plan document for a team, to publish from a day on. */
	record PlanRequest(@Nullable Long teamId, @Nullable LocalDate effectiveFrom, @Nullable String document) {

		void check(boolean publishing) {
			new FieldChecks().require(teamId != null, "teamId", "is required")
				.require(document != null && !document.isBlank(), "document", "is required: a YAML plan document")
				.require(!publishing || effectiveFrom != null, "effectiveFrom", "is required as YYYY-MM-DD")
				.throwIfAny();
		}
	}

	/**
	 * A plan document to evaluate on a team's month ({@code teamId}, {@code period}: the facts are read) or on a facts
	 * document given inline ({@code facts}, kept as its JSON text for the incentives module's strict reader).
	 */
	record EvaluateRequest(@Nullable Long teamId, @Nullable String period, @Nullable String document,
			@JsonDeserialize(using = JsonText.class) @Nullable String facts) {

		void check() {
			boolean month = teamId != null || (period != null && !period.isBlank());
			var checks = new FieldChecks()
				.require(document != null && !document.isBlank(), "document", "is required: a YAML plan document");
			if (facts != null) {
				checks.require(teamId == null, "teamId", "must be left out with facts: give teamId and period, or facts")
					.require(period == null || period.isBlank(), "period",
							"must be left out with facts: the facts document names its period");
			}
			else {
				checks.require(teamId != null, "teamId",
						"is required (with an optional period), unless a facts document is given as facts");
				if (!month) {
					checks.require(false, "facts", "is required unless teamId (and period) are given");
				}
			}
			checks.throwIfAny();
		}
	}
}
