package org.fairdesk.lab.web;

import org.fairdesk.lab.BacktestManagement;
import org.fairdesk.lab.BacktestRequest;
import org.fairdesk.lab.BacktestResult;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backtests of plans on a team's recorded months (docs/api.md): finance may run them too, as they pay no one. A backtest
 * shows what each rep was paid, so it is for those who read the team's pay (docs/security.md).
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
class BacktestController {

	private final BacktestManagement backtests;
	private final TeamManagerChecks teamChecks;

	BacktestController(BacktestManagement backtests, TeamManagerChecks teamChecks) {
		this.backtests = backtests;
		this.teamChecks = teamChecks;
	}

	@PostMapping("/api/lab/backtests")
	BacktestResult backtest(@RequestBody BacktestRequest request, Authentication user) {
		if (request.teamId() != null) {
			teamChecks.requirePayReader(user, new TeamId(request.teamId()));
		}
		return backtests.run(request);
	}
}
