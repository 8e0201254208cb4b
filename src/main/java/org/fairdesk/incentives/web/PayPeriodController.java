package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.util.List;

import org.fairdesk.incentives.PayEvent;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.incentives.PayPeriod;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
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

	private final PayManagement pay;

	PayPeriodController(PayManagement pay) {
		this.pay = pay;
	}

	@GetMapping("/api/incentives/periods")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	PayPeriod period(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period) {
		return pay.period(team(teamId), month(period));
	}

	@PostMapping("/api/incentives/periods/close")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	PayPeriod close(@RequestBody PeriodRequest body, Authentication user) {
		body.check();
		return pay.close(new TeamId(body.teamId()), month(body.period()), user.getName());
	}

	@PostMapping("/api/incentives/periods/approve")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	PayPeriod approve(@RequestBody PeriodRequest body, Authentication user) {
		body.check();
		return pay.approve(new TeamId(body.teamId()), month(body.period()), user.getName());
	}

	@PostMapping("/api/incentives/periods/pay")
	@PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
	PayPeriod markPaid(@RequestBody PeriodRequest body, Authentication user) {
		body.check();
		return pay.pay(new TeamId(body.teamId()), month(body.period()), user.getName());
	}

	@GetMapping("/api/incentives/pay-events")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<PayEvent> events(@RequestParam(required = false) @Nullable String teamId) {
		return pay.events(team(teamId));
	}

	/** A team's month to move: both required. */
	record PeriodRequest(@Nullable Long teamId, @Nullable String period) {

		void check() {
			new FieldChecks().require(teamId != null, "teamId", "is required: a team's id")
				.require(period != null && !period.isBlank(), "period", "is required: a month as YYYY-MM")
				.throwIfAny();
		}
	}

	private static YearMonth month(@Nullable String period) {
		YearMonth month = Inputs.month(period, "period");
		if (month == null) {
			throw InvalidInputException.of("period", "is required: a month as YYYY-MM");
		}
		return month;
	}

	private static TeamId team(@Nullable String teamId) {
		Integer team = Inputs.wholeNumber(teamId, "teamId", "a team's id, a whole number");
		if (team == null) {
			throw InvalidInputException.of("teamId", "is required: a team's id");
		}
		return new TeamId(team);
	}
}
