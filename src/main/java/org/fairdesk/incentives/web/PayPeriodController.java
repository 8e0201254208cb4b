package org.fairdesk.incentives.web;

import java.util.List;

import java.math.BigDecimal;

import org.fairdesk.incentives.Adjustment;
import org.fairdesk.incentives.PayEvent;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.incentives.PayPeriod;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.fairdesk.shared.FieldChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's month on its way to being paid: managers close and approve it, finance marks it paid (docs/pay.md). */
@RestController
class PayPeriodController {

	/** What another team's manager is refused: "Only the managers of team X … may close, approve and adjust its pay". */
	static final String PAY = "close, approve and adjust its pay";

	private final PayManagement pay;
	private final TeamManagerChecks managers;
	private final PayReaders readers;

	PayPeriodController(PayManagement pay, TeamManagerChecks managers, PayReaders readers) {
		this.pay = pay;
		this.managers = managers;
		this.readers = readers;
	}

	@GetMapping("/api/incentives/periods")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	PayPeriod period(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		return pay.period(readers.team(teamId, user), IncentiveParams.month(period));
	}

	@PostMapping("/api/incentives/periods/close")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	PayPeriod close(@RequestBody CloseRequest body, Authentication user) {
		new PeriodRequest(body.teamId(), body.period()).check();
		managers.requireForTeam(user, new TeamId(body.teamId()), PAY);
		return pay.close(new TeamId(body.teamId()), IncentiveParams.month(body.period()), user.getName(),
				body.openDisputesReason());
	}

	@PostMapping("/api/incentives/periods/approve")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	PayPeriod approve(@RequestBody PeriodRequest body, Authentication user) {
		body.check();
		managers.requireForTeam(user, new TeamId(body.teamId()), PAY);
		return pay.approve(new TeamId(body.teamId()), IncentiveParams.month(body.period()), user.getName());
	}

	@PostMapping("/api/incentives/periods/pay")
	@PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
	PayPeriod markPaid(@RequestBody PeriodRequest body, Authentication user) {
		body.check();
		return pay.pay(new TeamId(body.teamId()), IncentiveParams.month(body.period()), user.getName());
	}

	@GetMapping("/api/incentives/pay-events")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<PayEvent> events(@RequestParam(required = false) @Nullable String teamId, Authentication user) {
		return pay.events(readers.team(teamId, user));
	}

	/** A manager's adjustment, paid in an open month (docs/pay.md). */
	@PostMapping("/api/incentives/adjustments")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Adjustment adjust(@RequestBody AdjustmentRequest body, Authentication user) {
		FieldChecks checks = new FieldChecks().require(body.teamId() != null, "teamId", "is required: a team's id")
			.require(body.period() != null && !body.period().isBlank(), "period", "is required: an open month as YYYY-MM")
			.require(body.repId() != null, "repId", "is required: the rep it is paid to");
		if (checks.hasAny()) {
			// without them the adjustment's own checks cannot run: its other missing fields are named here, at once
			PayManagement.requireTheRest(body.amount(), body.currency(), body.reason(), checks);
		}
		checks.throwIfAny();
		managers.requireForTeam(user, new TeamId(body.teamId()), PAY);
		return pay.adjust(new TeamId(body.teamId()), IncentiveParams.month(body.period()), new RepId(body.repId()),
				body.amount(), body.currency(), body.reason(), user.getName());
	}

	@GetMapping("/api/incentives/adjustments")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<Adjustment> adjustments(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		return pay.adjustments(readers.team(teamId, user), IncentiveParams.month(period));
	}

	/** An adjustment as sent: the amount (negative takes back) in the team's currency, with a reason. */
	record AdjustmentRequest(@Nullable Long teamId, @Nullable String period, @Nullable Long repId,
			@Nullable BigDecimal amount, @Nullable String currency, @Nullable String reason) {
	}

	/** A month to close; while the team has open disputes, with the reason it is closed anyway (docs/pay.md). */
	record CloseRequest(@Nullable Long teamId, @Nullable String period, @Nullable String openDisputesReason) {
	}

	/** A team's month to move: both required. */
	record PeriodRequest(@Nullable Long teamId, @Nullable String period) {

		void check() {
			new FieldChecks().require(teamId != null, "teamId", "is required: a team's id")
				.require(period != null && !period.isBlank(), "period", "is required: a month as YYYY-MM")
				.throwIfAny();
		}
	}


}
