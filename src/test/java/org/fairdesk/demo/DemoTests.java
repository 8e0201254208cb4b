package org.fairdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.people.Availability;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.routing.FairnessReport;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.incentives.PayAuditEntry;
import org.fairdesk.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo a new user sees on first start: one team of eight, four past months and the current one, logins with "demo". */
@SpringBootTest(properties = "fairdesk.demo.enabled=true")
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class DemoTests {

	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;
	@Autowired RoutingAdministration routing;
	@Autowired org.fairdesk.incentives.PayManagement pay;
	@Autowired org.fairdesk.security.TeamManagers managers;

	/** No closed month holds a fact dated after its close, but for the one late answer the demo means to show. */
	@Test
	void noCloseHoldsAnAnswerOrAnAssistGivenAfterIt() {
		Team team = people.teams().get(0);
		for (var closed : pay.events(team.id()).stream()
			.filter(e -> e.event() == org.fairdesk.incentives.PayPeriod.State.CLOSED).toList()) {
			Instant from = closed.period().atDay(1).atStartOfDay(team.zone()).toInstant();
			Instant to = closed.period().plusMonths(1).atDay(1).atStartOfDay(team.zone()).toInstant();
			long lateAnswers = jdbc.sql("""
					select count(*) from survey_response r join survey s on s.request_id = r.request_id
					where s.team_id = ? and s.issued_at >= ? and s.issued_at < ? and r.responded_at > ?
					  and (r.comment is null or r.comment <> ?)""")
				.params(team.id().value(), from, to, closed.at(), DemoLateFact.LATE_COMMENT)
				.query(Long.class).single();
			long lateAssists = jdbc.sql("""
					select count(*) from request_assists
					where team_id = ? and proposed_at >= ? and proposed_at < ? and decided_at > ?""")
				.params(team.id().value(), from, to, closed.at())
				.query(Long.class).single();
			assertThat(lateAnswers + lateAssists).as(closed.period() + " closed at " + closed.at()).isZero();
		}
	}

	@Autowired org.fairdesk.incentives.PayInsights insights;
	@Autowired org.fairdesk.incentives.PlanAcknowledgementManagement acknowledgements;
	@Autowired org.fairdesk.incentives.PayAudit audit;

	/**
	 * The plan's second version (the pool scaled by CSAT) pays from September: the team view of October previews it
	 * on August, a month of real history, and two reps have not yet acknowledged it.
	 */
	@Test
	void theSecondPlanVersionIsPreviewedOnRealHistoryAndTwoRepsHaveNotAcknowledgedIt() {
		Team team = people.teams().get(0);
		var october = insights.teamMonth(team.id(), YearMonth.of(2026, 10));
		assertThat(october.plan()).contains("version 2");
		assertThat(october.preview().evaluatedOn()).isEqualTo(YearMonth.of(2026, 8));
		assertThat(october.preview().total().amount()).isPositive();
		var second = acknowledgements.team(team.id()).versions().stream().filter(v -> v.version() == 2).findFirst()
			.orElseThrow();
		assertThat(second.notYet()).extracting(org.fairdesk.incentives.PlanAcknowledgementManagement.RepPending::repName)
			.containsExactlyInAnyOrder("Chiara Rossi", people.repByUsername("rep7").orElseThrow().displayName());
		assertThat(second.acknowledgedCount()).isEqualTo(6);
		// stamped as it would have happened: published two weeks before it pays, read on the days after
		Instant published = java.time.ZonedDateTime.of(2026, 8, 18, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
		Instant takesEffect = java.time.ZonedDateTime.of(2026, 9, 1, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
		assertThat(second.acknowledged()).allSatisfy(ack -> assertThat(ack.acknowledgedAt()).isAfter(published)
			.isBefore(takesEffect));
		assertThat(audit.entries(team.id(), null)).filteredOn(e -> e.action() == PayAuditEntry.Action.PLAN_PUBLISHED)
			.extracting(PayAuditEntry::at)
			.containsExactly(published, published.minus(java.time.Duration.ofDays(62)));
	}

	@Test
	void theDemoTeamIsManagedByTheDemoManager() throws Exception {
		Team team = people.teams().get(0);
		assertThat(managers.of(team.id().value())).containsExactly("manager");
		mvc.perform(get("/api/teams/" + team.id().value() + "/managers").with(httpBasic("manager", DemoCast.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.managers[0]").value("manager"))
			.andExpect(jsonPath("$.everyManager").value(false));
	}

	/** The seeded logins are offered where they work (DemoOnAnInstallationTests: nowhere else). */
	@Test
	void theLoginPageNamesTheDemoLogins() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("password <code>demo</code>")));
	}

	@Autowired org.fairdesk.incentives.DisputeManagement disputeManagement;
	@Autowired org.fairdesk.metrics.MetricsManagement metrics;

	/**
	 * July to September paid, October closed and approved (waiting for finance), November open, as docs/pay.md says;
	 * the September order its customer partly sent back in October and the September survey answered in October are
	 * paid in October's adjustments.
	 */
	@Test
	void thePastMonthsArePaidAsATeamWouldHavePaidThem() {
		Team team = people.teams().get(0);
		for (int month = 7; month <= 9; month++) {
			assertThat(pay.period(team.id(), YearMonth.of(2026, month)).state()).as("2026-0" + month)
				.isEqualTo(org.fairdesk.incentives.PayPeriod.State.PAID);
		}
		assertThat(pay.period(team.id(), YearMonth.of(2026, 10)).state())
			.isEqualTo(org.fairdesk.incentives.PayPeriod.State.APPROVED);
		assertThat(pay.period(team.id(), YearMonth.of(2026, 11)).state())
			.isEqualTo(org.fairdesk.incentives.PayPeriod.State.OPEN);
		assertThat(incentives.statements(YearMonth.of(2026, 10))).hasSize(8)
			.allSatisfy(s -> assertThat(s.provisional()).isFalse());
		assertThat(incentives.statements(YearMonth.of(2026, 11))).hasSize(8)
			.allSatisfy(s -> assertThat(s.provisional()).isTrue());
		assertThat(pay.events(team.id())).extracting(e -> e.event().name()).containsExactly("APPROVED", "CLOSED",
				"PAID", "APPROVED", "CLOSED", "PAID", "APPROVED", "CLOSED", "PAID", "APPROVED", "CLOSED");
		// Settled on the days a team would have: closed at 08:00 on the next month's first business day and
		// approved at 11:00, paid on the 10th at 15:00 (Berlin), never all at the moment the demo was seeded.
		assertThat(pay.events(team.id()))
			.filteredOn(e -> e.period().equals(YearMonth.of(2026, 9)))
			.extracting(e -> e.event().name() + " " + e.at().atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime())
			.containsExactly("PAID 2026-10-10T15:00", "APPROVED 2026-10-01T11:00", "CLOSED 2026-10-01T08:00");
		assertThat(pay.payroll(team.id(), YearMonth.of(2026, 9))).hasSize(8)
			.allSatisfy(line -> assertThat(line.employeeId()).as("payroll's own number").startsWith("HR-10"));
	}

	@Autowired org.fairdesk.lab.GoalManagement goals;

	/** The self-election months miss the cherry-picking goal; the value-balanced month (November) does not. */
	@Test
	void theSelfElectionMonthsMissTheCherryPickingGoalAndTheValueBalancedMonthDoesNot() {
		Team team = people.teams().get(0);
		assertThat(goals.goals(team.id())).hasSize(org.fairdesk.lab.Behaviour.values().length)
			.allSatisfy(g -> assertThat(g.enabled()).isTrue());
		for (int month = 7; month <= 10; month++) {
			var status = goals.status(team.id(), YearMonth.of(2026, month));
			assertThat(status.teamGoal(org.fairdesk.lab.Behaviour.CHERRY_PICKING).verdict()).as("2026-" + month)
				.isEqualTo(org.fairdesk.lab.GoalsStatus.Verdict.MISSED);
			assertThat(status.signals()).as("2026-" + month)
				.anySatisfy(s -> assertThat(s.signal()).isEqualTo(org.fairdesk.lab.GoalsStatus.Signal.SMALL_ORDERS_AVOIDED));
		}
		var november = goals.status(team.id(), YearMonth.of(2026, 11));
		assertThat(november.teamGoal(org.fairdesk.lab.Behaviour.CHERRY_PICKING).verdict())
			.isNotEqualTo(org.fairdesk.lab.GoalsStatus.Verdict.MISSED);
		assertThat(november.reps()).allSatisfy(rep -> assertThat(rep.goals())
			.filteredOn(g -> g.behaviour() == org.fairdesk.lab.Behaviour.CHERRY_PICKING)
			.allSatisfy(g -> assertThat(g.verdict()).isNotEqualTo(org.fairdesk.lab.GoalsStatus.Verdict.MISSED)));
		assertThat(november.signals()).noneSatisfy(
				s -> assertThat(s.signal()).isEqualTo(org.fairdesk.lab.GoalsStatus.Signal.SMALL_ORDERS_AVOIDED));
	}

	@Test
	void aSeptemberOrderSentBackAndASeptemberSurveyAnsweredInOctoberArePaidInOctobersAdjustments() throws Exception {
		Team team = people.teams().get(0);
		UUID reopened = jdbc.sql("select request_id from request_reopens where reason = ?")
			.param(DemoLateFact.REASON).query(UUID.class).single();
		UUID answeredLate = jdbc.sql("select request_id from survey_response where comment = ?")
			.param(DemoLateFact.LATE_COMMENT).query(UUID.class).single();
		LocalDate today = LocalDate.of(2026, 11, 16);
		assertThat(metrics.requestsBehind(team, org.fairdesk.shared.Period.parse("2026-09", today)).values())
			.as("answered in October, the survey counts in September, when it was issued")
			.anySatisfy(lists -> assertThat(lists.surveyed()).contains(answeredLate));
		assertThat(metrics.requestsBehind(team, org.fairdesk.shared.Period.parse("2026-10", today)).values())
			.allSatisfy(lists -> assertThat(lists.surveyed()).doesNotContain(answeredLate));
		var paidFor = incentives.recorded(team.id(), YearMonth.of(2026, 9)).facts().team().csat();
		var now = incentives.facts(team.id(), YearMonth.of(2026, 9)).team().csat();
		assertThat(now.responses()).isEqualTo(paidFor.responses() + 1);
		assertThat(now.mean()).isLessThan(paidFor.mean());
		assertThat(incentives.statements(YearMonth.of(2026, 9))).as("the pool follows the team's CSAT")
			.allSatisfy(s -> assertThat(s.line(StatementLine.Code.MULTIPLIER).calculation()).contains("CSAT"));
		List<org.fairdesk.incentives.Adjustment> adjustments = pay.adjustments(team.id(), YearMonth.of(2026, 10));
		assertThat(adjustments).hasSize(8).allSatisfy(adjustment -> {
			assertThat(adjustment.amount().amount().signum())
				.as("the order left September's margin, the late answer lowered its CSAT").isNegative();
			assertThat(adjustment.requestIds()).contains(reopened, answeredLate);
		});
		for (Statement october : incentives.statements(YearMonth.of(2026, 10))) {
			StatementLine line = october.line(StatementLine.Code.ADJUSTMENT);
			assertThat(line.corrects().period()).isEqualTo(YearMonth.of(2026, 9));
			assertThat(line.requestIds()).contains(reopened);
		}
		mvc.perform(get("/statements?period=2026-10").with(user("rep1").roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"class=\"corrects\" href=\"/statements?period=2026-09\"")));
	}

	@Test
	void everyRecomputedAdjustmentOfTheDemoNamesTheRequestsBehindIt() {
		Team team = people.teams().get(0);
		List<org.fairdesk.incentives.Adjustment> recomputed = java.util.stream.Stream
			.iterate(YearMonth.of(2026, 8), month -> month.plusMonths(1))
			.limit(5)
			.flatMap(month -> pay.adjustments(team.id(), month).stream())
			.filter(adjustment -> adjustment.kind() == org.fairdesk.incentives.Adjustment.Kind.RECOMPUTED)
			.toList();
		assertThat(recomputed).isNotEmpty()
			.allSatisfy(adjustment -> assertThat(adjustment.requestIds()).as(adjustment.reason()).isNotEmpty());
	}

	@Test
	void twoRepsDisputedALineOfOctoberOneWasAnsweredAndOneWaits() throws Exception {
		Team team = people.teams().get(0);
		List<org.fairdesk.incentives.Dispute> disputes = disputeManagement.disputes(team.id(), null,
				YearMonth.of(2026, 10), null);
		assertThat(disputes).extracting(d -> d.state().name()).containsExactlyInAnyOrder("REJECTED", "OPEN");
		org.fairdesk.incentives.Dispute answered = disputes.stream()
			.filter(d -> d.state() == org.fairdesk.incentives.Dispute.State.REJECTED).findFirst().orElseThrow();
		assertThat(answered.openedBy()).isEqualTo("rep6");
		assertThat(answered.lineCode()).isEqualTo(StatementLine.Code.ADJUSTMENT);
		assertThat(answered.answer()).isEqualTo(DemoCast.RETURN_ANSWER);
		// dated as a team would have had them: after October's close on 2 November, not when the demo started
		Instant octoberClosed = pay.period(team.id(), YearMonth.of(2026, 10)).closedAt();
		assertThat(disputes).allSatisfy(d -> assertThat(d.openedAt()).isAfter(octoberClosed)
			.isBefore(TestClockConfiguration.START));
		assertThat(answered.decidedAt()).isAfter(answered.openedAt()).isBefore(TestClockConfiguration.START);
		mvc.perform(get("/api/incentives/disputes").with(httpBasic("rep6", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].answer").value(DemoCast.RETURN_ANSWER));
		mvc.perform(get("/api/incentives/disputes?teamId=" + team.id() + "&state=OPEN")
			.with(httpBasic("manager", "demo")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].openedBy").value("rep2"))
			.andExpect(jsonPath("$[0].lineCode").value("SPLIT"));
	}

	@Test
	void seedsOneTeamOfEightWithFiveMonthsOfWorkAndPay() throws Exception {
		List<Team> teams = people.teams();
		assertThat(teams).singleElement().extracting(Team::name).isEqualTo("Inside Sales");
		List<Rep> reps = people.members(teams.get(0).id());
		assertThat(reps).hasSize(8);
		assertThat(reps).extracting(Rep::hoursPerWeek).map(h -> h.intValue()).contains(20, 24, 32, 36, 40);
		assertThat(reps).extracting(Rep::startDate).doesNotHaveDuplicates();
		assertThat(reps.get(7).availability()).isEqualTo(Availability.AWAY);
		assertThat(reps.get(4).availability()).isEqualTo(Availability.OVERLOADED);

		// July 1st to the test clock's 16 November 2026, business days only: about 8 a day, besides the orders
		// that won quotes brought.
		long requests = count("select count(*) from requests where quote_id is null");
		assertThat(requests).isBetween(700L, 950L);
		for (RequestKind kind : RequestKind.values()) {
			assertThat(jdbc.sql("select count(*) from requests where kind = ?").param(kind.name()).query(Long.class)
				.single()).as(kind.name()).isGreaterThan(requests / 10);
		}
		assertThat(jdbc.sql("select count(*) from requests where state in ('ASSIGNED', 'IN_PROGRESS')")
			.query(Long.class).single()).as("open work today").isPositive();
		assertTheLifecycleIsLived(requests);

		for (YearMonth month : List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9),
				YearMonth.of(2026, 10), YearMonth.of(2026, 11))) {
			List<Statement> statements = incentives.statements(month);
			assertThat(statements).as(month.toString()).hasSize(8);
			assertThat(statements.get(0).payout().isPositive()).as(month.toString()).isTrue();
		}

		// Until November the team picked its own work and three reps cherry-picked; then PULL + VALUE_BALANCED.
		ZoneId zone = teams.get(0).zone();
		FairnessReport october = routing.fairness(teams.get(0).id(), java.time.YearMonth.of(2026, 10));
		FairnessReport november = routing.fairness(teams.get(0).id(), java.time.YearMonth.of(2026, 11));
		assertThat(october.cherryPickIndex()).isGreaterThan(new BigDecimal("0.6"));
		assertThat(november.claims()).isZero();
		assertThat(worstShareGap(november)).isLessThan(worstShareGap(october));
		assertThat(routing.settings(teams.get(0).id()).mode()).isEqualTo(RoutingMode.PULL);
		assertThat(zone).isEqualTo(ZoneId.of("Europe/Berlin"));

		mvc.perform(get("/api/statements?period=2026-10").with(httpBasic("rep3", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/statements?period=2026-10").with(httpBasic("finance", "demo")))
			.andExpect(jsonPath("$.length()").value(8));
		mvc.perform(get("/api/teams").with(httpBasic("manager", "demo"))).andExpect(status().isOk());
		mvc.perform(get("/api/teams").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

	/** Orders wait on customers, quotes are sent and answered or expire, queries escalate, a few are reopened. */
	private void assertTheLifecycleIsLived(long requests) {
		for (String state : List.of("FULFILLED", "CANCELLED", "WON", "LOST", "EXPIRED", "RESOLVED", "ESCALATED")) {
			assertThat(count("select count(*) from requests where state = '" + state + "'")).as(state).isPositive();
		}
		assertThat(count("select count(distinct request_id) from request_events where to_state = 'WAITING_ON_CUSTOMER'"))
			.as("waited on the customer").isGreaterThan(requests / 20);
		assertThat(count("select count(*) from requests where kind = 'QUOTE' and state in ('WON', 'LOST', 'EXPIRED') "
				+ "and (quoted_amount is null or valid_until is null)")).as("every answered quote was sent").isZero();
		long won = count("select count(*) from requests where state = 'WON'");
		assertThat(count("select count(*) from requests q join requests o on o.id = q.linked_order_id "
				+ "and o.quote_id = q.id and o.kind = 'ORDER' where q.state = 'WON'")).as("orders of won quotes").isEqualTo(won);
		assertThat(count("select count(*) from requests where state = 'EXPIRED' and closed_by is null")).isZero();
		long reopens = count("select count(*) from request_reopens");
		assertThat(reopens).isPositive();
		assertThat(count("select coalesce(sum(reopen_count), 0) from requests")).isEqualTo(reopens);
		assertThat(count("select count(*) from requests where customer_wait_seconds > 0")).isPositive();
		// Seeding must stay fast: at most about one move more per request than assign, start and close.
		long all = count("select count(*) from requests");
		assertThat(count("select count(*) from request_events")).isLessThanOrEqualTo(4 * all);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void customersAnsweredAboutAThirdOfTheSurveysMostlySatisfiedAndTheManagerReviewedASample() throws Exception {
		// every close but an escalated query's or an expired quote's is surveyed (docs/feedback.md)
		long closed = jdbc.sql("select count(*) from requests where closed_at is not null and state not in"
				+ " ('ESCALATED', 'EXPIRED')").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from survey").query(Long.class).single()).isEqualTo(closed);
		long answered = jdbc.sql("select count(*) from survey_response").query(Long.class).single();
		assertThat((double) answered / closed).isBetween(0.25, 0.40);
		assertThat(jdbc.sql("select avg(cast(rating as decimal(5, 2))) from survey_response").query(BigDecimal.class)
			.single()).isBetween(new BigDecimal("3.7"), new BigDecimal("4.5"));
		assertThat(jdbc.sql("select count(distinct rating) from survey_response").query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from survey_response where comment is not null").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from survey_response r join survey s on s.request_id = r.request_id "
				+ "where r.responded_at <= s.issued_at or r.responded_at >= s.expires_at").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from qa_review").query(Long.class).single()).isBetween(5L, 20L);
		assertThat(jdbc.sql("select count(*) from arrivals where customer_email like '%@example.com'").query(Long.class)
			.single()).isEqualTo(jdbc.sql("select count(*) from arrivals").query(Long.class).single());

		String anyClosed = jdbc.sql("select request_id from survey_response fetch first 1 rows only").query(String.class)
			.single();
		mvc.perform(get("/api/feedback/surveys?requestId=" + anyClosed).with(httpBasic("manager", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"));
	}

	@Test
	void theDashboardHasSlaAssistsAndSatisfactionToShow() throws Exception {
		long stamped = jdbc.sql("select count(*) from requests where resolution_due_at is not null").query(Long.class)
			.single();
		assertThat(stamped).isEqualTo(jdbc.sql("select count(*) from requests").query(Long.class).single());
		long confirmed = jdbc.sql("select count(*) from request_assists where status = 'CONFIRMED'").query(Long.class)
			.single();
		assertThat(confirmed).isBetween(10L, 80L);
		assertThat(jdbc.sql("select count(*) from request_assists where owner_id = helper_id").query(Long.class).single())
			.isZero();
		long team = jdbc.sql("select id from teams").query(Long.class).single();
		String lastMonth = YearMonth.from(TestClockConfiguration.START.atZone(ZoneId.of("Europe/Berlin"))).minusMonths(1)
			.toString();
		mvc.perform(get("/api/metrics/teams/" + team + "?period=" + lastMonth).with(httpBasic("manager", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team.outcomes.closed").value(org.hamcrest.Matchers.greaterThan(100)))
			.andExpect(jsonPath("$.team.speed.slaCounted").value(org.hamcrest.Matchers.greaterThan(100)))
			.andExpect(jsonPath("$.team.satisfaction.csatResponses").value(org.hamcrest.Matchers.greaterThan(30)))
			.andExpect(jsonPath("$.team.collaboration.assistsGiven").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.reps.length()").value(8));
	}

	private static BigDecimal worstShareGap(FairnessReport report) {
		return report.reps().stream()
			.map(r -> r.valueShare().subtract(r.fairShare()).abs())
			.max(BigDecimal::compareTo)
			.orElseThrow();
	}

	@Test
	void theHistoryIsTheSameForTheSameSeedAndDay() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		Instant now = TestClockConfiguration.START;
		LocalDate first = LocalDate.of(2026, 9, 1);
		assertThat(new DemoHistory(42, berlin).between(first, now))
			.isEqualTo(new DemoHistory(42, berlin).between(first, now))
			.isNotEqualTo(new DemoHistory(7, berlin).between(first, now))
			.allSatisfy(request -> assertThat(request.receivedAt()).isBefore(now));
	}
}
