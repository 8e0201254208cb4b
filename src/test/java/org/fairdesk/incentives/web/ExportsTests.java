package org.fairdesk.incentives.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.Money;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pay as files (docs/pay.md, Exports): each export is read back the way its user reads it (the CSV's cells with
 * Commons CSV, the PDF's text with PDFBox), for each role. The test clock is 16 November 2026 (Berlin): October can
 * be closed. One rep's name is a spreadsheet formula and the plan's label starts with {@code @}: neither may reach a
 * spreadsheet as a formula.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class ExportsTests {

	private static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"Ann\")";
	private static final String ZOE = "Zoë Ørsted \uD83C\uDF89"; // a party popper emoji: outside WinAnsi

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired JdbcClient jdbc;

	Team team;
	Rep ann;
	Rep zoe;

	@BeforeEach
	void aTeamPaidFromOctober() {
		team = people.createTeam("Exports " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		ann = people.addRep(new NewRep(team.id(), "ann" + System.nanoTime(), FORMULA, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		zoe = people.addRep(new NewRep(team.id(), "zoe" + System.nanoTime(), ZOE, BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), """
				name: Team margin pool
				components:
				  - type: pool
				    label: "@Team share"
				    basis: GROSS_MARGIN
				    percent: 10
				    split: {by: EQUAL}
				""", LocalDate.of(2026, 10, 1), "manager");
		fulfilled(ann, "2026-10-10T10:00:00Z", "300.00");
		fulfilled(zoe, "2026-10-20T10:00:00Z", "100.01");
	}

	@Test
	void aStatementAsCsvSaysWhatItIsAndListsItsLinesWithNoCellAFormula() throws Exception {
		// 10 % of 400.01 = 40.001 -> 40.00, 20.00 each
		List<CSVRecord> rows = csv(statement(ann, "2026-10", "csv", finance())
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"fairdesk-statement-" + ann.id() + "-2026-10.csv\"")));
		assertThat(cells(rows.get(0))).containsExactly("team", team.name());
		assertThat(cells(rows.get(1))).containsExactly("rep", "'" + FORMULA);
		assertThat(cells(rows.get(2))).containsExactly("period", "2026-10");
		assertThat(cells(rows.get(3))).containsExactly("plan", "Team margin pool");
		assertThat(cells(rows.get(4))).containsExactly("version", "1");
		assertThat(cells(rows.get(5))).containsExactly("status", "provisional");
		assertThat(cells(rows.get(6))).containsExactly("payout", "20.00", "EUR");
		assertThat(cells(rows.get(7))).containsExactly("code", "label", "calculation", "amount", "currency",
				"request_ids");
		List<CSVRecord> lines = rows.subList(8, rows.size());
		Statement statement = incentives.statementsOf(ann.id(), YearMonth.of(2026, 10)).get(0);
		assertThat(lines).extracting(row -> row.get(0))
			.containsExactlyElementsOf(statement.lines().stream().map(l -> l.code().name()).toList());
		assertThat(line(lines, "PAYOUT")).containsExactly("PAYOUT", statement.line(StatementLine.Code.PAYOUT).label(),
				statement.line(StatementLine.Code.PAYOUT).calculation(), "20.00", "EUR", "");
		assertThat(line(lines, "POOL").get(1)).as("the plan's label, customer-facing, starts with @")
			.startsWith("'@Team share");
		assertThat(line(lines, "OWN_FIGURES").get(5)).as("the requests behind the rep's own figures")
			.matches("[0-9a-f-]{36}( [0-9a-f-]{36})*");
		for (CSVRecord row : rows) {
			for (int i = 0; i < row.size(); i++) {
				String cell = row.get(i);
				boolean number = cell.matches("-?[0-9]+(\\.[0-9]+)?");
				assertThat(number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
					.as("cell %s of %s", i, row).isTrue();
			}
		}
	}

	@Test
	void aRepExportsTheirOwnStatementOnlyAndFinanceAnyone() throws Exception {
		statement(ann, "2026-10", "csv", user(ann.username()).roles("REP")).andExpect(status().isOk());
		statement(ann, "2026-10", "pdf", user(ann.username()).roles("REP")).andExpect(status().isOk());
		statement(zoe, "2026-10", "csv", user(ann.username()).roles("REP")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(startsWith("repId " + zoe.id() + " is not you")));
		statement(zoe, "2026-10", "pdf", user(ann.username()).roles("REP")).andExpect(status().isForbidden());
		statement(zoe, "2026-10", "csv", user("nobody").roles("REP")).andExpect(status().isForbidden());
		for (String role : List.of("FINANCE", "MANAGER", "ADMIN")) {
			statement(zoe, "2026-10", "csv", user("someone").roles(role)).andExpect(status().isOk());
			statement(zoe, "2026-10", "pdf", user("someone").roles(role)).andExpect(status().isOk());
		}
		// the statements page's links, through the page door's session
		mvc.perform(get("/statements/" + ann.id() + "/2026-10.pdf").with(user(ann.username()).roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get("/statements/" + zoe.id() + "/2026-10.csv").with(user(ann.username()).roles("REP")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/statements").param("period", "2026-10").with(user(ann.username()).roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"href=\"/statements/" + ann.id() + "/2026-10.pdf\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"href=\"/statements/" + ann.id() + "/2026-10.csv\"")));
	}

	@Test
	void badStatementRequestsNameTheField() throws Exception {
		statement(ann, "2026-13", "csv", finance()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/statements/abc/2026-10.csv").with(finance())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("repId"));
		statement(ann, "2026-09", "pdf", finance()).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(startsWith("repId " + ann.id() + " has no statement for period 2026-09")));
		mvc.perform(get("/api/statements/999999999/2026-10.csv").with(finance())).andExpect(status().isNotFound());
	}

	@Test
	void aStatementAsPdfReadsBackWithItsTeamRepPlanLinesAndPayout() throws Exception {
		byte[] pdf = statement(zoe, "2026-10", "pdf", finance()).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("Statement: Zoë Ørsted ?, 2026-10")
			.contains("Team: " + team.name())
			.contains("Plan: Team margin pool, version 1")
			.contains("Provisional")
			.contains("@Team share")
			.contains("Payout: €20.00") // the team's locale: en-GB unless it is given one
			.doesNotContain("\uD83C\uDF89");

		closeApproveAndPay();
		assertThat(text(statement(zoe, "2026-10", "pdf", finance()).andReturn().getResponse()
			.getContentAsByteArray())).contains("Closed: stored when the month was closed").doesNotContain("Provisional");
	}

	@Test
	void aPdfWrapsLongCalculationsAndRunsOverPagesWithoutLosingALine() throws IOException {
		List<StatementLine> lines = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			lines.add(new StatementLine(StatementLine.Code.OWN_FIGURES, "components[0]", "Figure " + i,
					"a long calculation that has to be wrapped over more than one line of the table, number " + i
							+ " ending here" + i,
					Money.of("1.00", "EUR")));
		}
		lines.add(new StatementLine(StatementLine.Code.PAYOUT, "payout", "Payout", "the sum", Money.of("60.00", "EUR")));
		Statement statement = new Statement(RepId.of(1), "Zoë Ørsted \uD83C\uDF89 Őry Иван", TeamId.of(1),
				YearMonth.of(2026, 10), "Long plan", 3, Money.of("60.00", "EUR"), lines);
		byte[] pdf = StatementPdf.of(statement, "Team \u0000tab\there");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
		}
		String text = text(pdf);
		assertThat(text).contains("Zoë Ørsted ? Ory ????").contains("Team: Team tab here").contains("ending here60")
			.contains("Payout: €60.00");
		assertThat(StatementPdf.winAnsi("Zoë Ørsted \uD83C\uDF89 – €5 ő")).isEqualTo("Zoë Ørsted ? – €5 o");
		assertThat(StatementPdf.winAnsi("60.00 EUR (Share) \u2212 10.00 EUR (Cap)")).as("the payout's minus sign")
			.isEqualTo("60.00 EUR (Share) - 10.00 EUR (Cap)");
	}

	@Test
	void theTeamsMonthAsCsvHasOneRowPerRep() throws Exception {
		List<CSVRecord> rows = csv(team("team.csv", "2026-10", user("boss").roles("MANAGER"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"fairdesk-team-" + team.id() + "-2026-10.csv\"")));
		assertThat(rows).extracting(ExportsTests::cells).containsExactly(
				List.of("rep_id", "name", "payout", "currency", "provisional"),
				List.of(ann.id().toString(), "'" + FORMULA, "20.00", "EUR", "true"),
				List.of(zoe.id().toString(), ZOE, "20.00", "EUR", "true"));
		team("team.csv", "2026-10", user("fin").roles("FINANCE")).andExpect(status().isOk());
		team("team.csv", null, user("fin").roles("ADMIN")).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-2026-11.csv")));
		team("team.csv", "2026-10", user(ann.username()).roles("REP")).andExpect(status().isForbidden());
		team("team.csv", "October", user("boss").roles("MANAGER")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/incentives/periods/team.csv").param("period", "2026-10")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));

		closeApproveAndPay();
		assertThat(csv(team("team.csv", "2026-10", user("boss").roles("MANAGER"))).get(1).get(4)).isEqualTo("false");
	}

	@Test
	void thePayrollFileIsRefusedBeforeTheMonthIsPaidAndListsEveryRepAfter() throws Exception {
		payroll("MANAGER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"is OPEN: a payroll file is made only for a PAID month; close, approve and pay 2026-10 first"));
		move("close", "MANAGER");
		payroll("FINANCE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is CLOSED")));
		move("approve", "MANAGER");
		payroll("FINANCE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is APPROVED")));
		move("pay", "FINANCE");
		mvc.perform(put("/api/reps/" + zoe.id() + "/employee-id").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"employeeId\": \"E-1001\"}"))
			.andExpect(status().isOk());

		List<CSVRecord> rows = csv(payroll("FINANCE").andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"fairdesk-payroll-" + team.id() + "-2026-10.csv\"")));
		assertThat(rows).extracting(ExportsTests::cells).containsExactly(
				List.of("employee_id", "name", "amount", "currency", "period"),
				List.of("", "'" + FORMULA, "20.00", "EUR", "2026-10"),
				List.of("E-1001", ZOE, "20.00", "EUR", "2026-10"));
		payroll("ADMIN").andExpect(status().isOk());
		payroll("MANAGER").andExpect(status().isOk());
		payroll("REP").andExpect(status().isForbidden());
		mvc.perform(get("/api/incentives/periods/payroll.csv").param("teamId", team.id().toString())
			.with(user("fin").roles("FINANCE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	private void closeApproveAndPay() throws Exception {
		move("close", "MANAGER");
		move("approve", "MANAGER");
		move("pay", "FINANCE");
	}

	private void move(String action, String role) throws Exception {
		mvc.perform(post("/api/incentives/periods/" + action).with(user("someone").roles(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"period\": \"2026-10\"}".formatted(team.id())))
			.andExpect(status().isOk());
	}

	private ResultActions statement(Rep rep, String period, String type,
			org.springframework.test.web.servlet.request.RequestPostProcessor as) throws Exception {
		return mvc.perform(get("/api/statements/" + rep.id() + "/" + period + "." + type).with(as));
	}

	private ResultActions team(String file, String period,
			org.springframework.test.web.servlet.request.RequestPostProcessor as) throws Exception {
		var request = get("/api/incentives/periods/" + file).param("teamId", team.id().toString());
		if (period != null) {
			request.param("period", period);
		}
		return mvc.perform(request.with(as));
	}

	private ResultActions payroll(String role) throws Exception {
		return team("payroll.csv", "2026-10", user("someone").roles(role));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor finance() {
		return user("fin").roles("FINANCE");
	}

	private static List<CSVRecord> csv(ResultActions response) throws Exception {
		String body = response.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
	}

	private static List<String> cells(CSVRecord row) {
		return row.toList();
	}

	private static List<String> line(List<CSVRecord> lines, String code) {
		return lines.stream().filter(row -> row.get(0).equals(code)).findFirst().map(CSVRecord::toList).orElseThrow();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private void fulfilled(Rep rep, String closedAt, String margin) {
		Instant at = Instant.parse(closedAt);
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, ?, 60, ?, 1)""")
			.params(UUID.randomUUID(), team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
	}
}
