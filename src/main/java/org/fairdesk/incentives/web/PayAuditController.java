package org.fairdesk.incentives.web;

import java.util.List;

import org.fairdesk.incentives.PayAudit;
import org.fairdesk.incentives.PayAuditEntry;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pay audit: every event that changed what a team is paid, in one list (docs/pay.md). */
@RestController
class PayAuditController {

	private final PayAudit audit;
	private final PayReaders readers;

	PayAuditController(PayAudit audit, PayReaders readers) {
		this.audit = audit;
		this.readers = readers;
	}

	@GetMapping("/api/incentives/audit")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<PayAuditEntry> audit(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		return audit.entries(readers.team(teamId, user), Inputs.month(period, "period"));
	}
}
