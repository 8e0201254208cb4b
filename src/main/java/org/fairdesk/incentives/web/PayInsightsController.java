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
import org.fairdesk.shared.Inputs;
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
	private final PayReaders readers;

	PayInsightsController(PayInsights insights, PayReaders readers) {
		this.insights = insights;
		this.readers = readers;
	}

	@GetMapping("/api/incentives/changes")
	StatementChanges changes(@RequestParam(required = false) @Nullable String repId,
			@RequestParam(required = false) @Nullable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		RepId rep = readers.rep(repId, user, me, "sees only their own statement");
		YearMonth month = Inputs.month(period, "period");
		return insights.changes(rep, month).orElseThrow(() -> new NotFoundException("repId " + rep
				+ " has no statement the month before to compare with"));
	}

	@PostMapping("/api/incentives/what-if")
	PayInsights.WhatIfResult whatIf(@RequestBody WhatIfRequest body, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return readers.whatIf(body.teamId(), body.period(), body.repId(), body.changes(), user, me, insights);
	}

	@GetMapping("/api/incentives/team-month")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	TeamMonth teamMonth(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		return insights.teamMonth(readers.team(teamId, user), IncentiveParams.month(period));
	}

	/** A what-if: the team's open month, the rep (a rep: themselves, the default) and the changes. */
	record WhatIfRequest(@Nullable Long teamId, @Nullable String period, @Nullable Long repId,
			@Nullable List<WhatIf.@Nullable Change> changes) {
	}
}
