package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fairdesk.intake.RequestId;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.Team;
import org.fairdesk.shared.DbTime;
import org.fairdesk.support.MutableClock;
import org.fairdesk.work.Reopener;
import org.fairdesk.work.WorkManagement;
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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Closing, approving and paying a team's month (docs/pay.md): what is closed is stored and kept whatever happens
 * later, recomputes identically from what was stored, and moves only forward, once, by the roles allowed. The test
 * clock is 16 November 2026 (Berlin): October has ended, November has not. Subclasses choose the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class PayPeriodsScenario {

	private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	/**
	 * The team's plan under the same name as the 10 % pool, so a version of it replaces that one from October: the
	 * pool halved while the team's CSAT is under 4 (more components may follow, indented as the pool).
	 */
	private static final String POOL_HALVED_UNDER_CSAT_4 = """
			name: Team margin pool
			components:
			  - type: pool
			    basis: GROSS_MARGIN
			    percent: 10
			    multipliers:
			      - metric: CSAT
			        steps: [{at: 4.0, factor: 1.0}]
			        otherwise: 0.5
			    split: {by: EQUAL}
			""";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@MockitoSpyBean IncentiveManagement incentives;
	@Autowired PayManagement pay;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	@Autowired WorkManagement work;
	@Autowired org.fairdesk.work.Assists assists;
	@Autowired MonthsKeptForClose job;
	@MockitoSpyBean PayPeriods periods;
	@MockitoSpyBean FactsLooks looks;
	@MockitoSpyBean KeptMonths keptMonths;

	Team team;
	Rep ann;
	Rep ben;

	@BeforeEach
	void aTeamPaidFromOctober() {
		team = people.createTeam("Pay " + System.nanoTime(), Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		ann = people.addRep(new NewRep(team.id(), "ann" + System.nanoTime(), "Ann", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		ben = people.addRep(new NewRep(team.id(), "ben" + System.nanoTime(), "Ben", BigDecimal.valueOf(40),
				LocalDate.of(2024, 1, 1)));
		incentives.publish(team.id(), SomePlans.marginPool("10"), LocalDate.of(2026, 10, 1), "manager");
		fulfilled(ann, "2026-10-10T10:00:00Z", "300.00");
		fulfilled(ben, "2026-10-20T10:00:00Z", "100.01");
		fulfilled(ann, "2026-11-05T10:00:00Z", "500.00");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
		reset(periods, incentives, looks, keptMonths);
	}

	@Test
	void aClosedMonthIsStoredKeptWhateverHappensLaterAndRecomputesIdentically() throws Exception {
		// 10 % of 400.01 = 40.001 -> 40.00, 20.00 each
		close(OCTOBER, "boss").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.planVersion").value(1))
			.andExpect(jsonPath("$.closedBy").value("boss"));
		List<Statement> stored = incentives.statementsOf(ann.id(), OCTOBER);
		assertThat(stored).singleElement().satisfies(s -> {
			assertThat(s.provisional()).isFalse();
			assertThat(s.payout()).isEqualTo(CalculatorTests.eur("20.00"));
		});
		assertThat(pay.recomputed(team.id(), OCTOBER)).as("recomputed from the stored facts and plan version")
			.isEqualTo(incentives.statements(OCTOBER).stream().filter(s -> s.teamId().equals(team.id())).toList());
		// each request id is stored once, in its rep's lists: the stored statements name those lists (docs/pay.md)
		List<java.util.UUID> behind = stored.get(0).lines().stream().flatMap(l -> l.requestIds().stream()).toList();
		assertThat(behind).isNotEmpty();
		List<String> kept = jdbc.sql("select statement from pay_statements where team_id = ? and period = ?")
			.params(team.id().value(), OCTOBER.toString())
			.query(String.class)
			.list();
		assertThat(kept).anySatisfy(k -> assertThat(k).contains(StoredStatements.FROM_FACTS))
			.allSatisfy(k -> behind.forEach(id -> assertThat(k).doesNotContain(id.toString())));
		// they are kept once, packed, in a row per rep beside a facts document that lists none; a rep's own
		// statement, read alone from its row and its rep's lists, is the one the team's statements hold
		String facts = jdbc.sql("select facts from pay_periods where team_id = ? and period = ?")
			.params(team.id().value(), OCTOBER.toString())
			.query(String.class)
			.single();
		assertThat(FactsDocuments.parseStored(facts).reps())
			.allSatisfy(rep -> assertThat(rep.requests()).isEqualTo(PeriodFacts.Requests.NONE));
		List<String> lists = jdbc.sql("select requests from pay_period_requests where team_id = ? and period = ?")
			.params(team.id().value(), OCTOBER.toString())
			.query(String.class)
			.list();
		assertThat(lists).isNotEmpty()
			.allSatisfy(l -> behind.forEach(id -> assertThat(l).doesNotContain(id.toString())));
		PeriodFacts recorded = incentives.recorded(team.id(), OCTOBER).facts();
		assertThat(recorded.reps()).filteredOn(rep -> rep.repId().equals(ann.id())).singleElement()
			.satisfies(rep -> assertThat(rep.requests().lists().values().stream().flatMap(List::stream))
				.containsAll(behind));
		assertThat(stored).isEqualTo(incentives.teamStatements(team.id(), OCTOBER).stream()
			.filter(s -> s.repId().equals(ann.id()))
			.toList());

		// a late fact behind October: the closed statements do not move; November's are provisional
		fulfilled(ben, "2026-10-30T10:00:00Z", "1000.00");
		assertThat(incentives.statementsOf(ann.id(), OCTOBER)).isEqualTo(stored);
		assertThat(incentives.statementsOf(ann.id(), NOVEMBER)).singleElement()
			.satisfies(s -> assertThat(s.provisional()).isTrue());

		// closing again changes nothing
		Instant closedAt = pay.period(team.id(), OCTOBER).closedAt();
		clock.advance(java.time.Duration.ofHours(1));
		close(OCTOBER, "other").andExpect(status().isOk()).andExpect(jsonPath("$.closedBy").value("boss"));
		assertThat(pay.period(team.id(), OCTOBER).closedAt()).isEqualTo(closedAt);
		assertThat(rows("pay_statements")).isEqualTo(2);
		assertThat(rows("pay_events")).isEqualTo(1);
	}

	@Test
	void aMonthClosedBeforeTheRequestRowsReadsItsListsFromItsFactsDocument() throws Exception {
		close(OCTOBER, "boss").andExpect(status().isOk());
		List<Statement> team = incentives.teamStatements(this.team.id(), OCTOBER);
		PeriodFacts facts = incentives.recorded(this.team.id(), OCTOBER).facts();
		List<Statement> recomputed = pay.recomputed(this.team.id(), OCTOBER);
		// as V45 found it: the lists in the facts document, as text, and no rows
		jdbc.sql("delete from pay_period_requests where team_id = ?").param(this.team.id().value()).update();
		jdbc.sql("update pay_periods set facts = ? where team_id = ? and period = ?")
			.params(FactsDocuments.write(facts), this.team.id().value(), OCTOBER.toString())
			.update();

		assertThat(incentives.teamStatements(this.team.id(), OCTOBER)).isEqualTo(team);
		assertThat(incentives.statementsOf(ann.id(), OCTOBER)).isEqualTo(team.stream()
			.filter(s -> s.repId().equals(ann.id()))
			.toList());
		assertThat(incentives.statementsOf(ann.id(), OCTOBER).get(0).lines())
			.anySatisfy(line -> assertThat(line.requestIds()).isNotEmpty());
		assertThat(incentives.recorded(this.team.id(), OCTOBER).facts()).isEqualTo(facts);
		assertThat(pay.recomputed(this.team.id(), OCTOBER)).isEqualTo(recomputed);
	}

	@Test
	void aMonthMovesForwardOnlyAndOnlyByTheRolesAllowed() throws Exception {
		close(NOVEMBER, "boss").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					"has not ended: 2026-11 can be closed from 2026-12-01")));
		move("approve", OCTOBER, "MANAGER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("is OPEN: it must be CLOSED to be approved; close it first"));
		move("close", OCTOBER, "FINANCE").andExpect(status().isForbidden());
		move("close", OCTOBER, "REP").andExpect(status().isForbidden());
		assertThat(rows("pay_periods")).as("nothing stored from a refusal").isZero();

		close(OCTOBER, "boss").andExpect(status().isOk());
		move("pay", OCTOBER, "FINANCE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("is CLOSED: it must be APPROVED to be paid"));
		move("pay", OCTOBER, "MANAGER").andExpect(status().isForbidden());
		move("approve", OCTOBER, "MANAGER").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
		move("approve", OCTOBER, "MANAGER").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
		move("pay", OCTOBER, "FINANCE").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PAID"))
			.andExpect(jsonPath("$.paidBy").value("someone"));
		// a retried move of a month that has gone past it answers the month as it is, like a second close
		move("pay", OCTOBER, "FINANCE").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PAID"));
		move("approve", OCTOBER, "MANAGER").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PAID"))
			.andExpect(jsonPath("$.paidBy").value("someone"));
		close(OCTOBER, "boss").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PAID"));

		mvc.perform(get("/api/incentives/pay-events").param("teamId", team.id().toString())
			.with(user("fin").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].event").value(org.hamcrest.Matchers.contains("PAID", "APPROVED", "CLOSED")))
			.andExpect(jsonPath("$[2].detail").value("2 statements, 40.00 EUR in all, under Team margin pool version 1"));
		mvc.perform(get("/api/incentives/periods").param("teamId", team.id().toString()).param("period", "2026-11")
			.with(user("fin").roles("FINANCE")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
	}

	@Test
	void aMonthWaitsForTheOneBeforeAndAClosedMonthRefusesANewVersion() throws Exception {
		clock.set(Instant.parse("2026-12-16T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(
					"cannot be closed while the month before it, 2026-10, is open: close 2026-10 first"));
		close(OCTOBER, "boss").andExpect(status().isOk());
		close(NOVEMBER, "boss").andExpect(status().isOk());

		mvc.perform(post("/api/incentives/plans").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"effectiveFrom\": \"2026-11-15\", \"document\": \"%s\"}".formatted(team.id(),
					SomePlans.marginPool("7").replace("\n", "\\n"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					"falls in or before 2026-11, which is closed")));

		// a bad document and a closed month are named at once, so that one refusal says everything to mend
		long versions = rows("plans");
		mvc.perform(post("/api/incentives/plans").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"effectiveFrom\": \"2026-10-01\", \"document\": \"%s\"}".formatted(team.id(),
					SomePlans.marginPool("0").replace("\n", "\\n"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					"falls in or before 2026-11, which is closed")))
			.andExpect(jsonPath("$.errors[1].field").value("document.components[0].percent"));
		assertThat(rows("plans")).isEqualTo(versions);
	}

	/**
	 * A month kept for its close (docs/pay.md, "Months kept for their close") closes exactly as its rows give:
	 * the late writes after its first look (a late answer, an assist confirmed late, a reopen) are read again rep by
	 * rep, and the requests behind each rep's figures are copied from what is kept.
	 */
	@Test
	void aMonthKeptForItsCloseClosesAsItsRowsGiveAfterLateWrites() throws Exception {
		UUID unanswered = octoberSurveysOneUnanswered();
		UUID returned = fulfilled(ann, "2026-10-25T10:00:00Z", "50.00"); // reopened within 14 days
		long assist = proposedAssist(returned, ann, ben, "2026-10-25T09:00:00Z");
		for (String name : List.of("Carl", "Dana", "Eve")) { // whom no late write changes
			fulfilled(people.addRep(new NewRep(team.id(), name.toLowerCase() + System.nanoTime(), name,
					BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1))), "2026-10-28T10:00:00Z", "10.00");
		}
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		pay.keepForClose(team.id(), OCTOBER);
		assertThat(rows("pay_kept_reps")).isEqualTo(5);

		clock.set(Instant.parse("2026-11-03T09:00:00Z"));
		answer(unanswered, ben, 2, "2026-11-03T09:00:00Z");
		assists.confirm(new RequestId(returned), assist, ann.id(), clock.instant());
		work.reopen(new RequestId(returned), Reopener.manager("boss"), "Returned by the customer", clock.instant());
		PeriodFacts fromRows = incentives.facts(team, OCTOBER);
		assertThat(fromRows.reps()).allSatisfy(rep -> assertThat(rep.requests()).isNotEqualTo(PeriodFacts.Requests.NONE));
		close(OCTOBER, "boss").andExpect(status().isOk());

		// Ann and Ben read again, each through their own rows; the others kept as they were
		verify(keptMonths).replace(eq(team.id()), eq(OCTOBER), eq(java.util.Set.of(ann.id(), ben.id())), any(), any(),
				any());
		verify(periods).insertKeptClose(any(), any(), anyList(), anyString(), any());
		assertThat(FactsDocuments.parseStored(jdbc.sql("select facts from pay_periods where team_id = ? and period = ?")
			.params(team.id().value(), OCTOBER.toString()).query(String.class).single()))
			.isEqualTo(fromRows.withoutRequests());
		for (PeriodFacts.RepFacts rep : fromRows.reps()) {
			assertThat(jdbc.sql("select requests from pay_period_requests where team_id = ? and period = ? and rep_id = ?")
				.params(team.id().value(), OCTOBER.toString(), rep.repId().value()).query(String.class).single())
				.isEqualTo(FactsDocuments.writeStoredRequests(rep.requests()));
		}
		assertThat(pay.recomputed(team.id(), OCTOBER)).isEqualTo(incentives.statements(OCTOBER).stream()
			.filter(s -> s.teamId().equals(team.id())).toList());
		// kept naming the rep's lists, and read back with the rows' ids
		for (Statement statement : pay.recomputed(team.id(), OCTOBER)) {
			PeriodFacts.Requests own = fromRows.reps().stream().filter(r -> r.repId().equals(statement.repId()))
				.findFirst().orElseThrow().requests();
			String kept = jdbc.sql("select statement from pay_statements where team_id = ? and period = ? and rep_id = ?")
				.params(team.id().value(), OCTOBER.toString(), statement.repId().value()).query(String.class).single();
			assertThat(StoredStatements.needsFacts(kept)).isTrue();
			assertThat(StoredStatements.read(kept, rep -> own)).isEqualTo(statement);
		}

		pay.forgetClosedMonths(team.id());
		assertThat(rows("pay_kept_reps")).isZero();
		assertThat(rows("pay_kept_months")).isZero();
	}

	/**
	 * One rep changed by a late write in a month of five is read again alone; a rep whose only request of the month
	 * was reopened did nothing in it any more, and their part is dropped.
	 */
	@Test
	void aLateWriteReadsAgainOnlyTheRepItChanged() throws Exception {
		List<Rep> more = new ArrayList<>();
		for (String name : List.of("Carl", "Dana", "Eve")) {
			more.add(people.addRep(new NewRep(team.id(), name.toLowerCase() + System.nanoTime(), name,
					BigDecimal.valueOf(40), LocalDate.of(2024, 1, 1))));
		}
		more.forEach(rep -> fulfilled(rep, "2026-10-28T10:00:00Z", "10.00"));
		Rep eve = more.get(2);
		UUID evesOnly = jdbc.sql("select id from requests where closed_by = ?").param(eve.id().value())
			.query(UUID.class).single();
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		pay.keepForClose(team.id(), OCTOBER);
		assertThat(rows("pay_kept_reps")).isEqualTo(5);

		clock.set(Instant.parse("2026-11-02T12:00:00Z"));
		work.reopen(new RequestId(evesOnly), Reopener.manager("boss"), "Returned by the customer", clock.instant());
		PeriodFacts fromRows = incentives.facts(team, OCTOBER);
		clock.set(Instant.parse("2026-11-02T13:00:00Z"));
		pay.keepForClose(team.id(), OCTOBER);

		verify(keptMonths).replace(eq(team.id()), eq(OCTOBER), eq(java.util.Set.of(eve.id())), any(), any(), any());
		assertThat(rows("pay_kept_reps")).isEqualTo(4);
		// a day after the month was last read whole, it is read whole again: a write the looks missed is not missed
		// for long
		verify(keptMonths).replaceAll(eq(team.id()), eq(OCTOBER), any(), any(), any());
		clock.set(Instant.parse("2026-11-03T09:01:00Z"));
		pay.keepForClose(team.id(), OCTOBER);
		verify(keptMonths, org.mockito.Mockito.times(2)).replaceAll(eq(team.id()), eq(OCTOBER), any(), any(), any());
		close(OCTOBER, "boss").andExpect(status().isOk());
		assertThat(FactsDocuments.parseStored(jdbc.sql("select facts from pay_periods where team_id = ? and period = ?")
			.params(team.id().value(), OCTOBER.toString()).query(String.class).single()))
			.isEqualTo(fromRows.withoutRequests());
		assertThat(fromRows.reps()).filteredOn(rep -> rep.repId().equals(eve.id())).singleElement()
			.satisfies(rep -> assertThat(rep.figures().orders().fulfilled()).isZero());
	}

	/** The job keeps each team's ended, open months, and forgets them once closed. */
	@Test
	void theJobKeepsEndedOpenMonthsAndForgetsClosedOnes() throws Exception {
		job.keepEndedMonths();
		assertThat(jdbc.sql("select period from pay_kept_months where team_id = ? and looked_at is not null")
			.param(team.id().value()).query(String.class).list()).containsExactly(OCTOBER.toString());
		assertThat(rows("pay_kept_reps")).isEqualTo(2);
		close(OCTOBER, "boss").andExpect(status().isOk());
		verify(periods).insertKeptClose(any(), any(), anyList(), anyString(), any());
		job.keepEndedMonths();
		assertThat(rows("pay_kept_months")).isZero();
	}

	@Test
	void onlyAnEndedOpenMonthIsKeptForItsClose() throws Exception {
		assertThat(pay.monthsToKeep(team.id())).containsExactly(OCTOBER);
		assertThatThrownBy(() -> pay.keepForClose(team.id(), NOVEMBER))
			.hasMessageContaining("is not over yet: only an ended, open month is kept for its close");
		close(OCTOBER, "boss").andExpect(status().isOk());
		assertThat(pay.monthsToKeep(team.id())).isEmpty();
		assertThatThrownBy(() -> pay.keepForClose(team.id(), OCTOBER)).hasMessageContaining("is closed");
		assertThat(rows("pay_kept_months")).isZero();
	}

	@Test
	void twoClosesOfOneMonthAtOnceStoreOneClose() throws Exception {
		CyclicBarrier bothAboutToStore = new CyclicBarrier(2);
		doAnswer(call -> {
			bothAboutToStore.await(30, TimeUnit.SECONDS);
			return call.callRealMethod();
		}).when(periods).insertClose(any(), any(), anyList(), anyString(), any());
		assertThat(twoManagersClose(OCTOBER)).containsExactlyInAnyOrder(200, 409);
		assertThat(rows("pay_periods")).isEqualTo(1);
		assertThat(rows("pay_statements")).isEqualTo(2);
		assertThat(rows("pay_period_requests")).isEqualTo(2);
		assertThat(rows("pay_events")).isEqualTo(1);
	}

	@Test
	void twoClosesThatBothLookFirstAtAMonthBeforeStoreOneClose() throws Exception {
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		close(OCTOBER, "boss").andExpect(status().isOk());
		// October as if closed before looks: both closes of November look at it first and store its first look
		jdbc.sql("delete from pay_period_looks where team_id = ?").param(team.id().value()).update();
		clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		CyclicBarrier bothAboutToLook = new CyclicBarrier(2);
		doAnswer(call -> {
			if (call.<PeriodFacts>getArgument(0).period().equals(OCTOBER)) {
				bothAboutToLook.await(30, TimeUnit.SECONDS);
			}
			return call.callRealMethod();
		}).when(looks).save(any(), any(), any(), any());
		assertThat(twoManagersClose(NOVEMBER)).containsExactlyInAnyOrder(200, 409);
		assertThat(rows("pay_periods")).isEqualTo(2);
		assertThat(rows("pay_period_looks")).isEqualTo(2);
		assertThat(rows("pay_events")).isEqualTo(2);
	}

	@Test
	void anInterruptedCloseLeavesNothingAndClosingAgainCompletesIt() throws Exception {
		// The node dies after the statements are written, before the close's event: the whole close must go.
		doThrow(new IllegalStateException("the node went down")).when(periods)
			.event(any(), any(), any(), anyString(), any(), anyString());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> pay.close(team.id(), OCTOBER, "boss"))
			.hasMessageContaining("the node went down");
		assertThat(rows("pay_periods")).isZero();
		assertThat(rows("pay_statements")).isZero();
		assertThat(rows("pay_period_requests")).isZero();
		assertThat(rows("pay_events")).isZero();
		assertThat(pay.period(team.id(), OCTOBER).state()).isEqualTo(PayPeriod.State.OPEN);

		reset(periods);
		close(OCTOBER, "boss").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
		assertThat(rows("pay_statements")).isEqualTo(2);
		assertThat(rows("pay_period_requests")).as("Ann's and Ben's orders").isEqualTo(2);
		assertThat(rows("pay_events")).isEqualTo(1);
		assertThat(incentives.statementsOf(ann.id(), OCTOBER).get(0).payout()).isEqualTo(CalculatorTests.eur("20.00"));
	}

	@Test
	void thePayAuditListsEveryEventWithWhoWhenBeforeAndAfter() throws Exception {
		close(OCTOBER, "boss").andExpect(status().isOk());
		clock.set(clock.instant().plusSeconds(60));
		move("approve", OCTOBER, "MANAGER").andExpect(status().isOk());
		clock.set(clock.instant().plusSeconds(60));
		adjust(NOVEMBER, ann, "5.00", "EUR", "Covered the fair").andExpect(status().isCreated());
		clock.set(clock.instant().plusSeconds(60));
		mvc.perform(post("/api/incentives/plans").with(user("deputy").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"effectiveFrom\": \"2026-12-01\", \"document\": %s}".formatted(team.id(),
					new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(SomePlans.marginPool("12")))))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/incentives/audit?teamId=" + team.id()).with(user("cfo").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("PLAN_PUBLISHED",
					"ADJUSTMENT_MANUAL", "PERIOD_APPROVED", "PERIOD_CLOSED", "PLAN_PUBLISHED")))
			.andExpect(jsonPath("$[0].actor").value("deputy"))
			.andExpect(jsonPath("$[0].period").value("2026-12"))
			.andExpect(jsonPath("$[0].before").value("Team margin pool version 1"))
			.andExpect(jsonPath("$[0].after").value("Team margin pool version 2"))
			.andExpect(jsonPath("$[1].actor").value("boss"))
			.andExpect(jsonPath("$[1].repId").value(ann.id().value()))
			.andExpect(jsonPath("$[1].after").value("5.00 EUR"))
			.andExpect(jsonPath("$[1].what").value("5.00 EUR: Covered the fair"))
			.andExpect(jsonPath("$[2].actor").value("someone"))
			.andExpect(jsonPath("$[2].before").value("CLOSED"))
			.andExpect(jsonPath("$[2].after").value("APPROVED"))
			.andExpect(jsonPath("$[3].before").value("OPEN"))
			.andExpect(jsonPath("$[4].actor").value("manager"))
			.andExpect(jsonPath("$[4].before").doesNotExist());
		mvc.perform(get("/api/incentives/audit?teamId=%s&period=2026-10".formatted(team.id()))
			.with(user("boss").roles("MANAGER")))
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("PERIOD_APPROVED",
					"PERIOD_CLOSED", "PLAN_PUBLISHED")));
		mvc.perform(get("/pay?team=" + team.id()).with(user("boss").roles("MANAGER")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<th>Rep</th>")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
					"(?s).*<td>ADJUSTMENT_MANUAL</td>\\s*<td class=\"month\">2026-11</td>\\s*<td>Ann</td>.*")));
		mvc.perform(get("/api/incentives/audit?teamId=" + team.id()).with(user("ann").roles("REP")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/incentives/audit?teamId=" + team.id() + "&period=2026-13")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	@Test
	void thePayMonthsPageClosesApprovesAndPaysWithTheRolesAllowedAndShowsRefusals() throws Exception {
		String page = "/pay?team=" + team.id();
		mvc.perform(get(page).with(user("boss").roles("MANAGER"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"month-2026-10\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">Close</button>")));
		pageMove("close", NOVEMBER, "boss", "MANAGER").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.containsString("has not ended")));
		assertThat(rows("pay_periods")).as("nothing stored from a refusal").isZero();
		pageMove("close", OCTOBER, "boss", "MANAGER").andExpect(flash().attribute("notice", "2026-10 is CLOSED."));
		pageMove("pay", OCTOBER, "cfo", "FINANCE")
			.andExpect(flash().attribute("failure", org.hamcrest.Matchers.containsString("must be APPROVED")));
		pageMove("approve", OCTOBER, "cfo", "FINANCE").andExpect(status().isForbidden());
		pageMove("approve", OCTOBER, "boss", "MANAGER").andExpect(flash().attribute("notice", "2026-10 is APPROVED."));
		mvc.perform(get(page).with(user("cfo").roles("FINANCE")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">Mark paid</button>")));
		pageMove("pay", OCTOBER, "cfo", "FINANCE").andExpect(flash().attribute("notice", "2026-10 is PAID."));
		assertThat(pay.period(team.id(), OCTOBER).paidBy()).isEqualTo("cfo");
		mvc.perform(get("/pay/%s/2026-10/payroll.csv".formatted(team.id())).with(user("cfo").roles("FINANCE")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ann")));
		mvc.perform(get(page).with(user("ann").roles("REP"))).andExpect(status().isForbidden());
	}

	private ResultActions pageMove(String action, YearMonth period, String who, String role) throws Exception {
		return mvc.perform(post("/pay/" + action).with(user(who).roles(role))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("team", team.id().toString()).param("period", period.toString()));
	}

	@Test
	void aFactThatChangesBehindAClosedMonthIsPaidAsAnAdjustmentAtTheNextClose() throws Exception {
		// 10 % of 600.01 = 60.00, 30.00 each
		UUID returned = fulfilled(ben, "2026-10-30T10:00:00Z", "200.00");
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		close(OCTOBER, "boss").andExpect(status().isOk());
		List<Statement> october = incentives.statementsOf(ann.id(), OCTOBER);
		// the customer returns an October order after the close: October's margin is 400.01 again, 20.00 each
		clock.set(Instant.parse("2026-11-10T09:00:00Z"));
		work.reopen(new RequestId(returned), Reopener.manager("boss"), "Returned by the customer", clock.instant());
		assertThat(factsAt("/api/incentives/periods/facts")).as("October's facts as its statements were made")
			.isEqualTo(incentives.recorded(team.id(), OCTOBER).facts())
			.isNotEqualTo(factsAt("/api/incentives/facts"));
		assertThat(factsAt("/api/incentives/facts")).as("October's facts today")
			.isEqualTo(incentives.facts(team.id(), OCTOBER));
		mvc.perform(get("/api/incentives/periods/facts?teamId=" + team.id() + "&period=" + OCTOBER)
			.with(user("ann").roles("REP"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/incentives/periods/facts?teamId=" + team.id()).with(user("fin").roles("FINANCE")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));

		clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isOk());
		// November: 10 % of 500.00 = 50.00, 25.00 each, - 10.00 for October
		Statement november = incentives.statementsOf(ann.id(), NOVEMBER).get(0);
		StatementLine adjustment = november.line(StatementLine.Code.ADJUSTMENT);
		assertThat(adjustment.amount()).isEqualTo(CalculatorTests.eur("-10.00"));
		assertThat(adjustment.corrects()).isEqualTo(new StatementLine.Correction(OCTOBER, StatementLine.Code.SPLIT));
		assertThat(adjustment.requestIds()).containsExactly(returned);
		assertThat(adjustment.calculation()).startsWith("2026-10 paid 30.00 EUR at its close; its facts now pay "
				+ "20.00 EUR under the same plan version, so -10.00 EUR");
		assertThat(november.payout()).isEqualTo(CalculatorTests.eur("15.00"));
		assertThat(incentives.statementsOf(ann.id(), OCTOBER)).as("a closed month never changes").isEqualTo(october);
		// On the statements page Ben's adjustment links his returned order; Ann's names it without a link (a
		// colleague's request opens only to the reps who worked on it), where before it led to a refusal.
		String link = "href=\"/requests/" + returned + "\"";
		mvc.perform(get("/statements?period=2026-11").with(user(ben.username()).roles("REP")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
		mvc.perform(get("/statements?period=2026-11").with(user(ann.username()).roles("REP")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("title=\"Request " + returned
					+ ", a colleague&#39;s")));
		mvc.perform(get("/statements?period=2026-11").with(user("boss").roles("MANAGER")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));

		// Ben's leaving date, 15 November, is recorded after November's close: no request changed, so the next close
		// does not read November's rows again (nor October's, already corrected, which it pays nothing more), but
		// pays November's difference alone: Ben's share prorated to 15 of 30 days, 50.00 × 30/45 = 33.33 for Ann and
		// 16.67 for Ben instead of 25.00 each. Ben, who has left, has it taken back.
		people.setLeavingDate(ben.id(), LocalDate.of(2026, 11, 15));
		clock.set(Instant.parse("2027-01-16T09:00:00Z"));
		reset(periods, incentives);
		close(YearMonth.of(2026, 12), "boss").andExpect(status().isOk());
		verify(incentives).facts(any(org.fairdesk.people.TeamId.class), eq(YearMonth.of(2026, 12)));
		for (YearMonth looked : List.of(OCTOBER, NOVEMBER)) {
			verify(incentives, never()).facts(any(Team.class), eq(looked));
			verify(incentives, never()).facts(any(org.fairdesk.people.TeamId.class), eq(looked));
		}
		List<Adjustment> december = pay.adjustments(team.id(), YearMonth.of(2026, 12));
		assertThat(december).extracting(a -> a.amount().amount().toPlainString()).containsExactly("8.33", "-8.33");
		assertThat(december).allSatisfy(a -> {
			assertThat(a.requestIds()).isEmpty();
			assertThat(a.reason()).contains("No request left or joined the month's lists");
		});
		Statement bensDecember = incentives.statementsOf(ben.id(), YearMonth.of(2026, 12)).get(0);
		assertThat(bensDecember.payout()).as("a rep who left is paid, or owes, the difference")
			.isEqualTo(CalculatorTests.eur("-8.33"));
		assertThat(bensDecember.lines()).extracting(StatementLine::code).containsExactly(
				StatementLine.Code.ELIGIBILITY, StatementLine.Code.ADJUSTMENT, StatementLine.Code.PAYOUT);
		assertThat(pay.recomputed(team.id(), YearMonth.of(2026, 12)))
			.as("recomputed from what was stored, adjustments included")
			.isEqualTo(incentives.teamStatements(team.id(), YearMonth.of(2026, 12)));
	}

	@Test
	void aMonthClosedBeforeItsFactsWereLookedAtIsReadFromItsRowsAgain() throws Exception {
		UUID returned = fulfilled(ben, "2026-10-30T10:00:00Z", "200.00");
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		close(OCTOBER, "boss").andExpect(status().isOk());
		jdbc.sql("delete from pay_period_looks where team_id = ?").param(team.id().value()).update();
		clock.set(Instant.parse("2026-11-10T09:00:00Z"));
		work.reopen(new RequestId(returned), Reopener.manager("boss"), "Returned by the customer", clock.instant());

		clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isOk());
		assertThat(pay.adjustments(team.id(), NOVEMBER)).extracting(a -> a.amount().amount().toPlainString())
			.containsExactly("-10.00", "-10.00");
		assertThat(rows("pay_period_looks")).as("both months looked at now").isEqualTo(2);

		// Both months as if closed before looks: December's close reads them from their rows, finds nothing changed
		// and pays nothing, but keeps its look, so January's close reads neither again.
		jdbc.sql("delete from pay_period_looks where team_id = ?").param(team.id().value()).update();
		clock.set(Instant.parse("2027-01-16T09:00:00Z"));
		close(YearMonth.of(2026, 12), "boss").andExpect(status().isOk());
		assertThat(pay.adjustments(team.id(), YearMonth.of(2026, 12))).isEmpty();
		assertThat(rows("pay_period_looks")).isEqualTo(3);
		clock.set(Instant.parse("2027-02-16T09:00:00Z"));
		reset(incentives);
		close(YearMonth.of(2027, 1), "boss").andExpect(status().isOk());
		for (YearMonth looked : List.of(OCTOBER, NOVEMBER, YearMonth.of(2026, 12))) {
			verify(incentives, never()).facts(any(Team.class), eq(looked));
		}
	}

	@Test
	void aCloseStampedJustBeforeTheMonthEndedThatCommitsAfterItsCloseIsPaidAtTheNextClose() throws Exception {
		// October closes half an hour after it ended (00:30 in Berlin on 1 November): 10 % of 400.01, 20.00 each.
		clock.set(Instant.parse("2026-10-31T23:30:00Z"));
		close(OCTOBER, "boss").andExpect(status().isOk());
		// An order Ben closed at 23:59 on 31 October (a quote expiry run at 23:59, say) commits only now, after
		// October's close read its rows: written here as the row its late commit leaves.
		UUID late = fulfilled(ben, "2026-10-31T22:59:00Z", "200.00");

		// November's close finds it (a close stamped within the hour before October's look) and reads October again:
		// 10 % of 600.01 = 60.00, 30.00 each, so +10.00 each, naming the order.
		clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isOk());
		assertThat(pay.adjustments(team.id(), NOVEMBER)).hasSize(2).allSatisfy(a -> {
			assertThat(a.amount()).isEqualTo(CalculatorTests.eur("10.00"));
			assertThat(a.requestIds()).containsExactly(late);
		});
	}

	@Test
	void aSecondCorrectionOfAMonthNamesOnlyTheRequestsThatMovedSinceTheFirst() throws Exception {
		incentives.publish(team.id(), POOL_HALVED_UNDER_CSAT_4, LocalDate.of(2026, 10, 1), "manager");
		UUID returned = fulfilled(ben, "2026-10-30T10:00:00Z", "200.00");
		UUID answeredLate = octoberSurveysOneUnanswered();
		// October at its close: 10 % of 600.01, CSAT 5 (× 1): 60.00, 30.00 each. Then Ben's order is returned:
		// 10 % of 400.01 = 40.00, 20.00 each; November's close names the order.
		returnedAfterOctobersClose(returned);
		assertThat(pay.adjustments(team.id(), NOVEMBER)).hasSize(2).allSatisfy(a -> {
			assertThat(a.amount()).isEqualTo(CalculatorTests.eur("-10.00"));
			assertThat(a.requestIds()).containsExactly(returned);
		});

		// Then Ben's October survey is answered with a 1: CSAT 3 (× 0.5), 20.00 shared, 10.00 each. December's close
		// pays -10.00 each again and names the answered request alone: the returned order was paid for in November.
		assertThat(answeredThenDecemberClosed(answeredLate)).hasSize(2).allSatisfy(a -> {
			assertThat(a.amount()).isEqualTo(CalculatorTests.eur("-10.00"));
			assertThat(a.requestIds()).containsExactly(answeredLate);
		});
	}

	@Test
	void aRequestThatMovedWithoutChangingPayIsNamedByTheCorrectionThatFinallyPays() throws Exception {
		incentives.publish(team.id(), POOL_HALVED_UNDER_CSAT_4, LocalDate.of(2026, 10, 1), "manager");
		UUID free = fulfilled(ben, "2026-10-30T10:00:00Z", "0.00");
		UUID answeredLate = octoberSurveysOneUnanswered();
		// October at its close: 10 % of 400.01, CSAT 5 (× 1): 40.00, 20.00 each. Then Ben's order without margin is
		// returned: it leaves October's lists, but October pays the same, so November's close pays no correction.
		returnedAfterOctobersClose(free);
		assertThat(pay.adjustments(team.id(), NOVEMBER)).isEmpty();

		// Ben's survey is answered with a 1: CSAT 3 (× 0.5), 10.00 each. December's correction names the answered
		// request and the returned order: nothing paid for its move before.
		assertThat(answeredThenDecemberClosed(answeredLate)).hasSize(2).allSatisfy(a -> {
			assertThat(a.amount()).isEqualTo(CalculatorTests.eur("-10.00"));
			assertThat(a.requestIds()).containsExactlyInAnyOrder(answeredLate, free);
		});
	}

	@Test
	void aLateSurveyAnswerAndALateAssistChangeTheirClosedMonthAndArePaidAsAdjustments() throws Exception {
		// The pool halved under a CSAT of 4, and the rep who gave the most assists wins 30.00.
		incentives.publish(team.id(), POOL_HALVED_UNDER_CSAT_4
				+ "  - {type: prizes, label: Most assists, rankBy: ASSISTS_GIVEN, amounts: [30], ties: SHARE}\n",
				LocalDate.of(2026, 10, 1), "manager");
		UUID answeredLate = octoberSurveysOneUnanswered();
		UUID assisted = fulfilled(ben, "2026-10-24T10:00:00Z", "0.00");
		long help = proposedAssist(assisted, ben, ann, "2026-10-25T10:00:00Z");
		// At October's close: CSAT 5.00 (× 1), 10 % of 400.01 = 40.00, 20.00 each; no assist confirmed, no prize.
		close(OCTOBER, "boss").andExpect(status().isOk());
		List<Statement> october = incentives.statementsOf(ann.id(), OCTOBER);
		assertThat(october.get(0).payout()).isEqualTo(CalculatorTests.eur("20.00"));

		// In November the customer answers Ben's October survey with a 1 and Ben confirms Ann's October help: both
		// are October's facts. October now pays: CSAT (5 + 1) / 2 = 3.00 (× 0.5), 20.00 shared, 10.00 each, and
		// Ann's prize of 30.00. The answer is stamped half an hour before October's close began but written after
		// it (its transaction committed late): the next close still reads October again (UNSEEN_WRITES).
		answer(answeredLate, ben, 1, "2026-11-16T08:30:00Z");
		jdbc.sql("update request_assists set status = 'CONFIRMED', decided_at = ? where id = ?")
			.params(DbTime.of(Instant.parse("2026-11-21T09:00:00Z")), help).update();
		assertThat(incentives.facts(team.id(), NOVEMBER).team().csat().responses())
			.as("November counts neither").isZero();

		clock.set(Instant.parse("2026-12-16T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isOk());
		StatementLine anns = incentives.statementsOf(ann.id(), NOVEMBER).get(0).line(StatementLine.Code.ADJUSTMENT);
		StatementLine bens = incentives.statementsOf(ben.id(), NOVEMBER).get(0).line(StatementLine.Code.ADJUSTMENT);
		assertThat(anns.amount()).isEqualTo(CalculatorTests.eur("20.00"));
		assertThat(bens.amount()).isEqualTo(CalculatorTests.eur("-10.00"));
		assertThat(List.of(anns, bens)).allSatisfy(line -> {
			assertThat(line.corrects()).isEqualTo(new StatementLine.Correction(OCTOBER, StatementLine.Code.SPLIT));
			assertThat(line.requestIds()).as("the surveyed request and the assisted one")
				.containsExactlyInAnyOrder(answeredLate, assisted);
		});
		assertThat(incentives.statementsOf(ann.id(), OCTOBER)).as("a closed month never changes").isEqualTo(october);
	}

	@Test
	void aManagersAdjustmentIsPaidInAnOpenMonthWithItsReason() throws Exception {
		adjust(NOVEMBER, ann, "15.50", "EUR", "Covered the trade fair stand").andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MANUAL"));
		Statement provisional = incentives.statementsOf(ann.id(), NOVEMBER).get(0);
		assertThat(provisional.provisional()).isTrue();
		assertThat(provisional.line(StatementLine.Code.ADJUSTMENT).calculation()).isEqualTo("Covered the trade fair stand");
		assertThat(provisional.payout()).isEqualTo(CalculatorTests.eur("40.50")); // 10 % of 500.00 / 2 + 15.50

		close(OCTOBER, "boss").andExpect(status().isOk());
		adjust(OCTOBER, ann, "5", "EUR", "Late").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		adjust(OCTOBER.minusMonths(1), ann, "5", "EUR", "Before the plan").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("never be paid")));
		adjust(NOVEMBER, ann, "5", "USD", "Late").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
		adjust(NOVEMBER, ann, "5.001", "EUR", "Late").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		adjust(NOVEMBER, ann, "5", "EUR", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		adjust(NOVEMBER.plusMonths(1), ann, "5", "EUR", "Next month's").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
					"has not begun: an adjustment is paid in an open month up to this one, 2026-11")));
		adjust(YearMonth.of(9999, 12), ann, "5", "EUR", "A mistyped year").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		adjust(YearMonth.of(9999, 12), ann, "10.001", "EUR", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("amount",
					"reason", "period")));
		adjust(OCTOBER, ann, "0", "USD", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("period",
					"currency", "amount", "reason")));
		mvc.perform(post("/api/incentives/adjustments").with(user("ann").roles("REP"))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from pay_adjustments where team_id = ?").param(team.id().value())
			.query(Long.class).single()).as("nothing stored from a refusal").isEqualTo(1);

		clock.set(Instant.parse("2026-12-16T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isOk());
		Statement stored = incentives.statementsOf(ann.id(), NOVEMBER).get(0);
		assertThat(stored.provisional()).isFalse();
		assertThat(stored.payout()).isEqualTo(CalculatorTests.eur("40.50"));
	}

	private ResultActions adjust(YearMonth period, Rep rep, String amount, String currency, String reason)
			throws Exception {
		return mvc.perform(post("/api/incentives/adjustments").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"period\": \"%s\", \"repId\": %s, \"amount\": %s, \"currency\": \"%s\", \"reason\": \"%s\"}"
				.formatted(team.id(), period, rep.id(), amount, currency, reason)));
	}

	/** October's facts document from one of the two endpoints, as a finance user reads it. */
	private PeriodFacts factsAt(String path) throws Exception {
		String json = mvc.perform(get(path + "?teamId=" + team.id() + "&period=" + OCTOBER)
			.with(user("fin").roles("FINANCE"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return FactsDocuments.parse(json, "facts");
	}

	private ResultActions close(YearMonth period, String manager) throws Exception {
		return mvc.perform(post("/api/incentives/periods/close").with(user(manager).roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"period\": \"%s\"}".formatted(team.id(), period)));
	}

	private ResultActions move(String action, YearMonth period, String role) throws Exception {
		return mvc.perform(post("/api/incentives/periods/" + action).with(user("someone").roles(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"teamId\": %s, \"period\": \"%s\"}".formatted(team.id(), period)));
	}

	/** Two managers close the month at the same moment; their answers' statuses. */
	private List<Integer> twoManagersClose(YearMonth period) throws Exception {
		ExecutorService managers = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (String manager : List.of("boss", "deputy")) {
				calls.add(managers.submit(() -> close(period, manager).andReturn().getResponse().getStatus()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> call : calls) {
				statuses.add(call.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			managers.shutdownNow();
		}
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table + " where team_id = ?").param(team.id().value())
			.query(Long.class).single();
	}

	/** Ben's October survey answered with a 1 on 10 December, December closed: the adjustments it pays. */
	private List<Adjustment> answeredThenDecemberClosed(UUID surveyed) throws Exception {
		answer(surveyed, ben, 1, "2026-12-10T08:00:00Z");
		clock.set(Instant.parse("2027-01-16T09:00:00Z"));
		close(YearMonth.of(2026, 12), "boss").andExpect(status().isOk());
		return pay.adjustments(team.id(), YearMonth.of(2026, 12));
	}

	/** October closed on 2 November, {@code order} returned on the 10th, November closed on 1 December. */
	private void returnedAfterOctobersClose(UUID order) throws Exception {
		clock.set(Instant.parse("2026-11-02T09:00:00Z"));
		close(OCTOBER, "boss").andExpect(status().isOk());
		clock.set(Instant.parse("2026-11-10T09:00:00Z"));
		work.reopen(new RequestId(order), Reopener.manager("boss"), "Returned by the customer", clock.instant());
		clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		close(NOVEMBER, "boss").andExpect(status().isOk());
	}

	/**
	 * Two October requests with a survey each: Ann's, answered 5 the next day; Ben's, not answered yet (returned: a
	 * late answer changes October's CSAT).
	 */
	private UUID octoberSurveysOneUnanswered() {
		UUID answeredInTime = fulfilled(ann, "2026-10-12T10:00:00Z", "0.00");
		UUID unanswered = fulfilled(ben, "2026-10-22T10:00:00Z", "0.00");
		survey(answeredInTime, ann, "2026-10-12T10:00:00Z", 5, "2026-10-13T08:00:00Z");
		survey(unanswered, ben, "2026-10-22T10:00:00Z", null, null);
		return unanswered;
	}

	/** The survey sent when the request closed, answered or not yet (without a token anyone could use). */
	private void survey(UUID request, Rep rep, String issued, @org.jspecify.annotations.Nullable Integer rating,
			@org.jspecify.annotations.Nullable String answered) {
		Instant issuedAt = Instant.parse(issued);
		jdbc.sql("""
				insert into survey (request_id, team_id, rep_id, issued_at, expires_at, token_hash, stored_at)
				values (?, ?, ?, ?, ?, ?, ?)""") // stored when issued, as the close's event stores it
			.params(request, team.id().value(), rep.id().value(), DbTime.of(issuedAt),
					DbTime.of(issuedAt.plusSeconds(30 * 86_400)), request.toString().replace("-", "") + "0".repeat(32), DbTime.of(issuedAt))
			.update();
		if (rating != null) {
			answer(request, rep, rating, answered);
		}
	}

	private void answer(UUID request, Rep rep, int rating, String at) {
		jdbc.sql("""
				insert into survey_response (request_id, team_id, rep_id, rating, comment, responded_at,
				                             survey_issued_at)
				select ?, ?, ?, ?, null, ?, issued_at from survey where request_id = ?""")
			.params(request, team.id().value(), rep.id().value(), rating, DbTime.of(Instant.parse(at)), request)
			.update();
	}

	/** The helper's assist on the owner's request, proposed by the helper and not yet decided. */
	private long proposedAssist(UUID request, Rep owner, Rep helper, String at) {
		jdbc.sql("""
				insert into request_assists (request_id, team_id, owner_id, helper_id, proposed_by, status, proposed_at)
				values (?, ?, ?, ?, ?, 'PROPOSED', ?)""")
			.params(request, team.id().value(), owner.id().value(), helper.id().value(), helper.id().value(),
					DbTime.of(Instant.parse(at)))
			.update();
		return jdbc.sql("select id from request_assists where request_id = ?").param(request).query(Long.class).single();
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
