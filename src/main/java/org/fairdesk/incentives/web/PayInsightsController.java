package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fairdesk.incentives.PayInsights;
import org.fairdesk.incentives.StatementChanges;
import org.fairdesk.incentives.TeamMonth;
import org.fairdesk.incentives.WhatIf;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statement pages' questions over the API (docs/pay.md): what changed, what if, and the team's month. */
@RestController
class PayInsightsController {

	private final PayInsights insights;

	PayInsightsController(PayInsights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/incentives/changes")
	StatementChanges changes(@RequestParam(required = false) @Nullable String repId,
			@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		RepId rep = Visibility.rep(repId, user, me, "sees only their own statement");
		YearMonth month = Inputs.month(period, "period");
		return insights.changes(rep, month).orElseThrow(() -> new NotFoundException("repId " + rep
				+ " has no statement the month before to compare with"));
	}

	@PostMapping("/api/incentives/what-if")
	PayInsights.WhatIfResult whatIf(@RequestBody WhatIfRequest body, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return Visibility.whatIf(body.teamId(), body.period(), body.repId(), body.changes(), user, me, insights);
	}

	@GetMapping("/api/incentives/team-month")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	TeamMonth teamMonth(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period) {
		return insights.teamMonth(IncentiveParams.team(teamId), IncentiveParams.month(period));
	}

	/** A what-if: the team's open month, the rep (a rep: themselves, the default) and the changes. */
	record WhatIfRequest(@Nullable Long teamId, @Nullable String period, @Nullable Long repId,
			@Nullable List<WhatIf.@Nullable Change> changes) {
	}

	/** Who may ask about whom: managers, finance and admins about anyone; a rep only about themselves. */
	static final class Visibility {

		private Visibility() {
		}

		static RepId rep(@Nullable String repId, Authentication user, Optional<Rep> me, String rule) {
			Integer given = Inputs.wholeNumber(repId, "repId", "a rep's id, a whole number");
			if (Role.any(user, Role.MANAGER, Role.FINANCE, Role.ADMIN)) {
				if (given == null) {
					throw InvalidInputException.of("repId", "is required: a rep's id");
				}
				return new RepId(given);
			}
			Rep self = me.orElseThrow(() -> new ForbiddenException("you are not a rep: a rep " + rule));
			if (given != null && given != self.id().value()) {
				throw new ForbiddenException("repId " + given + " is not you: a rep " + rule);
			}
			return self.id();
		}

		static PayInsights.WhatIfResult whatIf(@Nullable Long teamId, @Nullable String period, @Nullable Long repId,
				@Nullable List<WhatIf.Change> changes, Authentication user, Optional<Rep> me, PayInsights insights) {
			boolean everyone = Role.any(user, Role.MANAGER, Role.FINANCE, Role.ADMIN);
			RepId rep;
			TeamId team;
			if (everyone) {
				new FieldChecks().require(teamId != null, "teamId", "is required: a team's id")
					.require(repId != null, "repId", "is required: the rep whose figures to try")
					.throwIfAny();
				rep = new RepId(repId);
				team = new TeamId(teamId);
			}
			else {
				Rep self = me.orElseThrow(() -> new ForbiddenException("you are not a rep: a rep tries only their own pay"));
				if (repId != null && repId != self.id().value()) {
					throw new ForbiddenException("repId " + repId + " is not you: a rep tries only their own pay");
				}
				if (teamId != null && teamId != self.teamId().value()) {
					throw new ForbiddenException("teamId " + teamId + " is not your team: a rep tries only their own pay");
				}
				rep = self.id();
				team = self.teamId();
			}
			YearMonth month = IncentiveParams.month(period);
			return insights.whatIf(team, month, rep, changes == null ? List.of() : changes);
		}
	}
}
