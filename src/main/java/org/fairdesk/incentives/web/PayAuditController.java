package org.fairdesk.incentives.web;

import java.util.List;

import org.fairdesk.incentives.PayAudit;
import org.fairdesk.incentives.PayAuditEntry;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pay audit: every event that changed what a team is paid, in one list (docs/pay.md). */
@RestController
class PayAuditController {

	private final PayAudit audit;

	PayAuditController(PayAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/api/incentives/audit")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<PayAuditEntry> audit(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period) {
		return audit.entries(IncentiveParams.team(teamId), Inputs.month(period, "period"));
	}
}
