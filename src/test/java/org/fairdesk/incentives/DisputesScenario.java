package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.MutableClock;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
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
 * Disputes of statement lines (docs/pay.md, Disputes): a rep disputes a line of their own closed statement, a manager
 * accepts it (an adjustment in the team's current month, linked to the line) or rejects it with an answer the rep
 * reads; every refusal stores nothing; a close with open disputes needs a reason, kept in its event. The test clock
 * is 16 November 2026 (Berlin): October is closed in each test's set-up, November is open. Subclasses choose the
 * database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class DisputesScenario {

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired PayManagement pay;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;

	Team team;
	Rep ann;
	Rep ben;
	int split;

	@BeforeEach
	void aTeamWithOctoberClosed() {
		team = people.createTeam("Disputes " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		ann = people.addRep(new NewRep(team.id(), "ann" + System.nanoTime(), "Ann", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		ben = people.addRep(new NewRep(team.id(), "ben" + System.nanoTime(), "Ben", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), SomePlans.marginPool("10"), LocalDate.of(2026, 10, 1), "manager");
		fulfilled(ann, "2026-10-10T10:00:00Z", "300.00");
		fulfilled(ben, "2026-10-20T10:00:00Z", "100.01");
		fulfilled(ann, "2026-11-05T10:00:00Z", "500.00");
		pay.close(team.id(), OCTOBER, "boss");
		Statement october = incentives.statementsOf(ann.id(), OCTOBER).get(0);
		split = october.lines().indexOf(october.line(StatementLine.Code.SPLIT));
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void anAcceptedDisputeIsPaidInTheOpenMonthLinkedToTheLineAndIsDecidedOnce() throws Exception {
		long id = id(dispute(ann, "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": %s, \"code\": \"split\", \"reason\": \"My order of the 28th is missing\"}"
			.formatted(team.id(), split))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.lineCode").value("SPLIT"))
			.andExpect(jsonPath("$.line").value(split))
			.andExpect(jsonPath("$.openedBy").value(ann.username())));

		accept(id, "{\"amount\": 12.50, \"answer\": \"Right, it was booked late\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedBy").value("boss"))
			.andExpect(jsonPath("$.amount.amount").value("12.50"))
			.andExpect(jsonPath("$.paidIn").value("2026-11"))
			.andExpect(jsonPath("$.answer").value("Right, it was booked late"));

		Statement november = incentives.statementsOf(ann.id(), NOVEMBER).get(0);
		StatementLine paid = november.line(StatementLine.Code.ADJUSTMENT);
		assertThat(paid.amount()).isEqualTo(CalculatorTests.eur("12.50"));
		assertThat(paid.corrects()).isEqualTo(new StatementLine.Correction(OCTOBER, StatementLine.Code.SPLIT));
		assertThat(paid.label()).isEqualTo("Dispute for 2026-10");
		assertThat(paid.calculation()).isEqualTo("Right, it was booked late");
		assertThat(november.payout()).isEqualTo(CalculatorTests.eur("37.50")); // 10 % of 500.00 / 2 + 12.50
		assertThat(jdbc.sql("select kind from pay_adjustments where team_id = ?").param(team.id().value())
			.query(String.class).list()).containsExactly("DISPUTE");

		accept(id, "{\"amount\": 5}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(jsonPath("$.errors[0].message").value("is ACCEPTED: dispute #" + id
					+ " was decided by boss at 16 Nov 2026, 10:00 (Europe/Berlin); a dispute is decided once"));
		reject(id, "{\"answer\": \"No\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		assertThat(rows("pay_adjustments")).as("deciding twice pays nothing more").isEqualTo(1);

		// the pay audit has the dispute, its decision and the adjustment that pays it
		mvc.perform(get("/api/incentives/audit").param("teamId", team.id().toString()).param("period", "2026-10")
			.with(user("fin").roles("FINANCE")))
			.andExpect(jsonPath("$[?(@.action == 'DISPUTE_ACCEPTED')].before").value(contains("OPEN")))
			.andExpect(jsonPath("$[?(@.action == 'DISPUTE_ACCEPTED')].after").value(contains("ACCEPTED")))
			.andExpect(jsonPath("$[?(@.action == 'DISPUTE_ACCEPTED')].actor").value(contains("boss")))
			.andExpect(jsonPath("$[?(@.action == 'DISPUTE_ACCEPTED')].what").value(contains("dispute #" + id
					+ ": Right, it was booked late; 12.50 EUR paid in 2026-11")))
			.andExpect(jsonPath("$[?(@.action == 'DISPUTE_OPENED')].actor").value(contains(ann.username())));
		mvc.perform(get("/api/incentives/audit").param("teamId", team.id().toString()).param("period", "2026-11")
			.with(user("fin").roles("FINANCE")))
			.andExpect(jsonPath("$[?(@.action == 'ADJUSTMENT_DISPUTE')].after").value(contains("12.50 EUR")));

		// the rep sees their own disputes, a colleague none of them; managers and finance see the team's
		mvc.perform(get("/api/incentives/disputes").with(user(ann.username()).roles("REP")))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(get("/api/incentives/disputes").with(user(ben.username()).roles("REP")))
			.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/incentives/disputes").param("teamId", team.id().toString()).param("period", "2026-10")
			.with(user("fin").roles("FINANCE")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/api/incentives/disputes").with(user("fin").roles("FINANCE")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teamId"));
	}

	@Test
	void theDatabaseHoldsOneOpenDisputePerLineAndADecidedOneFreesIt() throws Exception {
		String body = "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": %s, \"reason\": \"Missing order\"}"
			.formatted(team.id(), split);
		long first = id(dispute(ann, body).andExpect(status().isCreated()));
		// a second open dispute of the line, as a request racing past the check in code would store it
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
				insert into pay_disputes (team_id, period, rep_id, line_index, line_code, line_rule, line_label, reason,
				                          opened_by, opened_at, state, open_line)
				select team_id, period, rep_id, line_index, line_code, line_rule, line_label, reason, opened_by,
				       opened_at, state, open_line from pay_disputes where id = ?""").param(first).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		reject(first, "{\"answer\": \"It is in the team's margin\"}").andExpect(status().isOk());
		dispute(ann, body).andExpect(status().isCreated());
		assertThat(rows("pay_disputes")).isEqualTo(2);
	}

	@Test
	void aRejectionNeedsAnAnswerAndTheRepReadsIt() throws Exception {
		long id = id(dispute(ben, body(0, "The basis is wrong")).andExpect(status().isCreated()));
		reject(id, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answer"));
		reject(id, "{\"answer\": \"The basis is the team's margin, as on the dashboard\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"));
		mvc.perform(post("/api/incentives/disputes/" + id + "/reject").with(user(ben.username()).roles("REP"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"answer\": \"x\"}")).andExpect(status().isForbidden());

		mvc.perform(get("/api/incentives/disputes").param("state", "rejected").with(user(ben.username()).roles("REP")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].state").value("REJECTED"))
			.andExpect(jsonPath("$[0].answer").value("The basis is the team's margin, as on the dashboard"))
			.andExpect(jsonPath("$[0].amount").doesNotExist());
		assertThat(rows("pay_adjustments")).isZero();
	}

	@Test
	void everyRefusedDisputeOrDecisionStoresNothing() throws Exception {
		Team other = people.createTeam("Other " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": 0, \"reason\": \"x\", \"repId\": %s}"
			.formatted(team.id(), ben.id())).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("A rep disputes only their own statement"));
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": 0, \"reason\": \"x\"}".formatted(other.id()))
			.andExpect(status().isNotFound());
		dispute(ann, body(99, "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is not a line of your statement for 2026-10")));
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": %s, \"code\": \"GATE\", \"reason\": \"x\"}"
			.formatted(team.id(), split)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line"));
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": 0}".formatted(team.id()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": 99}".formatted(team.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("reason", "line")));
		dispute(ann, body(0, "x".repeat(1001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		dispute(ann, body(0, "nul \\u0000 inside")).andExpect(status().isBadRequest());
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-11\", \"line\": 0, \"reason\": \"x\"}".formatted(team.id()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is OPEN: a dispute is of a closed month")));
		// a month no plan paid is never closed: not "dispute it once closed" (a walk-through's September)
		dispute(ann, "{\"teamId\": %s, \"period\": \"2026-09\", \"line\": 0, \"reason\": \"x\"}".formatted(team.id()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("has no statement: no plan version was in force")));
		mvc.perform(post("/api/incentives/disputes").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content(body(0, "x"))).andExpect(status().isForbidden());
		assertThat(rows("pay_disputes")).as("nothing stored from a refusal").isZero();

		long id = id(dispute(ann, body(split, "Too little")).andExpect(status().isCreated()));
		dispute(ann, body(split, "Again")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("line"));
		accept(id, "{\"amount\": 0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		accept(id, "{\"amount\": 1.001}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		accept(id, "{\"amount\": 1, \"currency\": \"USD\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
		accept(id, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
		mvc.perform(post("/api/incentives/disputes/" + id + "/accept").with(user("fin").roles("FINANCE"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 1}")).andExpect(status().isForbidden());
		accept(Long.MAX_VALUE, "{\"amount\": 1}").andExpect(status().isNotFound());
		assertThat(rows("pay_disputes")).isOne();
		assertThat(rows("pay_adjustments")).isZero();
		assertThat(jdbc.sql("select state from pay_disputes where id = ?").param(id).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void aCloseWithOpenDisputesNeedsAReasonWhichItsEventKeeps() throws Exception {
		long id = id(dispute(ann, body(split, "Too little")).andExpect(status().isCreated()));
		clock.set(Instant.parse("2026-12-16T09:00:00Z"));

		mvc.perform(get("/api/incentives/disputes").param("teamId", team.id().toString()).param("state", "OPEN")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) id)));
		close(NOVEMBER, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("openDisputesReason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("#" + id + " (" + ann.username()
					+ ", 2026-10 line " + split)));
		close(NOVEMBER, " ").andExpect(status().isBadRequest());
		assertThat(pay.period(team.id(), NOVEMBER).state()).isEqualTo(PayPeriod.State.OPEN);
		assertThat(rows("pay_statements")).as("nothing of November stored").isEqualTo(2);

		close(NOVEMBER, "Ann is away until January; her dispute is decided then").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"));
		mvc.perform(get("/api/incentives/pay-events").param("teamId", team.id().toString())
			.with(user("boss").roles("MANAGER")))
			.andExpect(jsonPath("$[0].event").value("CLOSED"))
			.andExpect(jsonPath("$[0].period").value("2026-11"))
			.andExpect(jsonPath("$[0].detail").value(endsWith("; closed with 1 open dispute (#" + id
					+ "): Ann is away until January; her dispute is decided then")));

		// decided after November's close, the dispute is paid in December, the team's month now
		accept(id, "{\"amount\": \"3.00\"}").andExpect(status().isOk()).andExpect(jsonPath("$.paidIn").value("2026-12"));
	}

	private long id(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private String body(int line, String reason) {
		return "{\"teamId\": %s, \"period\": \"2026-10\", \"line\": %s, \"reason\": \"%s\"}".formatted(team.id(), line,
				reason);
	}

	private ResultActions dispute(Rep rep, String body) throws Exception {
		return mvc.perform(post("/api/incentives/disputes").with(user(rep.username()).roles("REP"))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions accept(long id, String body) throws Exception {
		return mvc.perform(post("/api/incentives/disputes/" + id + "/accept").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions reject(long id, String body) throws Exception {
		return mvc.perform(post("/api/incentives/disputes/" + id + "/reject").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions close(YearMonth period, String reason) throws Exception {
		return mvc.perform(post("/api/incentives/periods/close").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"period\": \"%s\", \"openDisputesReason\": %s}".formatted(team.id(), period,
					reason == null ? "null" : "\"" + reason + "\"")));
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table + " where team_id = ?").param(team.id().value())
			.query(Long.class).single();
	}

	private UUID fulfilled(Rep rep, String closedAt, String margin) {
		Instant at = Instant.parse(closedAt);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds, state_since,
				                      version)
				values (?, ?, 'ORDER', 'Customer', 'Subject', 'EUR', 'FULFILLED', ?, ?, ?, ?, 1000.00, ?, 60, ?, 1)""")
			.params(id, team.id().value(), rep.id().value(), DbTime.of(at.minusSeconds(3600)),
					DbTime.of(at), rep.id().value(), new BigDecimal(margin), DbTime.of(at))
			.update();
		return id;
	}
}
