package org.fairdesk.incentives.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * One statement as CSV or PDF, for the API and the statements page alike: who may have it (a rep only their own;
 * managers, finance and admins anyone's), and the file with its name.
 */
@Component
class StatementExports {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final IncentiveManagement incentives;
	private final PeopleManagement people;

	private final PayReaders readers;

	StatementExports(IncentiveManagement incentives, PeopleManagement people, PayReaders readers) {
		this.incentives = incentives;
		this.people = people;
		this.readers = readers;
	}

	ResponseEntity<String> csv(long repId, String period, Authentication user, Optional<Rep> me) {
		Statement statement = statement(repId, period, user, me);
		return csvFile(ExportCsv.statement(statement, teamName(statement)),
				"fairdesk-statement-" + repId + "-" + statement.period() + ".csv");
	}

	ResponseEntity<byte[]> pdf(long repId, String period, Authentication user, Optional<Rep> me) {
		Statement statement = statement(repId, period, user, me);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("fairdesk-statement-" + repId + "-" + statement.period() + ".pdf")
				.build()
				.toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(StatementPdf.of(statement, teamName(statement), people.team(statement.teamId()).locale()));
	}

	static ResponseEntity<String> csvFile(String body, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(CSV)
			.body(body);
	}

	/**
	 * The rep's statement for the month, once the caller may see it: asked before the rep is looked up, so that a rep
	 * learns nothing about a colleague's id.
	 */
	private Statement statement(long repId, String period, Authentication user, Optional<Rep> me) {
		YearMonth month = Inputs.month(period, "period");
		if (month == null) {
			throw InvalidInputException.of("period", "is required: a month as YYYY-MM");
		}
		RepId rep = readers.rep(new RepId(repId), user, me, "exports only their own statement");
		return incentives.statementsOf(rep, month)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("repId " + repId + " has no statement for period " + month
					+ ": no plan version was in force on its first day, or the rep was not on the team that month"));
	}

	private String teamName(Statement statement) {
		return people.team(statement.teamId()).name();
	}
}
