package org.fairdesk.lab.web;

import org.fairdesk.lab.BacktestManagement;
import org.fairdesk.lab.BacktestRequest;
import org.fairdesk.lab.BacktestResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Backtests of plans on a team's recorded months (docs/api.md): finance may run them too, as they pay no one. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
class BacktestController {

	private final BacktestManagement backtests;

	BacktestController(BacktestManagement backtests) {
		this.backtests = backtests;
	}

	@PostMapping("/api/lab/backtests")
	BacktestResult backtest(@RequestBody BacktestRequest request) {
		return backtests.run(request);
	}
}
