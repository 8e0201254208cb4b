package org.fairdesk.incentives.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.PayManagement;
import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pay as files (docs/pay.md, Exports): a statement as CSV or PDF, a team's month as CSV, and the payroll file of a
 * paid month. Every CSV cell a spreadsheet would read as a formula is written as text.
 */
@RestController
class ExportController {

	private final StatementExports statements;
	private final IncentiveManagement incentives;
	private final PayManagement pay;
	private final PeopleManagement people;
	private final PayReaders readers;
	private final Clock clock;

	ExportController(StatementExports statements, IncentiveManagement incentives, PayManagement pay,
			PeopleManagement people, PayReaders readers, Clock clock) {
		this.readers = readers;
		this.statements = statements;
		this.incentives = incentives;
		this.pay = pay;
		this.people = people;
		this.clock = clock;
	}

	/** One rep's statement for a month: a rep only their own; managers, finance and admins those of teams they read. */
	@GetMapping("/api/statements/{repId}/{period}.csv")
	ResponseEntity<String> statementCsv(@PathVariable long repId, @PathVariable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return statements.csv(repId, period, user, me);
	}

	@GetMapping("/api/statements/{repId}/{period}.pdf")
	ResponseEntity<byte[]> statementPdf(@PathVariable long repId, @PathVariable String period, Authentication user,
			@CurrentRep Optional<Rep> me) {
		return statements.pdf(repId, period, user, me);
	}

	/** A team's month, one row per rep; without a period, the team's current month. */
	@GetMapping("/api/incentives/periods/team.csv")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	ResponseEntity<String> teamCsv(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		TeamId team = readers.team(teamId, user);
		YearMonth month = Inputs.month(period, people.team(team).thisMonth(clock), "period");
		return StatementExports.csvFile(ExportCsv.team(incentives.teamStatements(team, month)),
				"fairdesk-team-" + team.value() + "-" + month + ".csv");
	}

	/** The payroll file of a PAID month: employee id, name, amount, currency, period. */
	@GetMapping("/api/incentives/periods/payroll.csv")
	@PreAuthorize("hasAnyRole('FINANCE', 'ADMIN', 'MANAGER')")
	ResponseEntity<String> payrollCsv(@RequestParam(required = false) @Nullable String teamId,
			@RequestParam(required = false) @Nullable String period, Authentication user) {
		TeamId team = readers.team(teamId, user);
		YearMonth month = IncentiveParams.month(period);
		if (month == null) {
			throw InvalidInputException.of("period", "is required: a PAID month as YYYY-MM");
		}
		return StatementExports.csvFile(ExportCsv.payroll(pay.payroll(team, month)),
				"fairdesk-payroll-" + team.value() + "-" + month + ".csv");
	}

}
