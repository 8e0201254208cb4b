package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Reps acknowledge a new plan version before it takes effect, and the manager sees who has not (docs/plans.md,
 * "Acknowledging a new version"). The test clock is 16 November 2026 (Berlin). The team's plan: version 1 (5 %, from
 * January) no longer pays; version 2 (10 %, split equally) pays from October, so it is in force now; version 3 (25 %,
 * split by hours) first pays December. October's margin is 400.00 (Ann 300.00, Ben 100.00): version 2 paid each 20.00,
 * version 3 would have paid Ann (30 hours) 75.00 and Ben (10 hours) 25.00. Cid joins on 1 December. Subclasses choose
 * the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class PlanAcknowledgementsScenario {

	private static final String PLAN = "Team pool";

	@Autowired MockMvc mvc;
	@Autowired PeopleManagement people;
	@Autowired IncentiveManagement incentives;
	@Autowired JdbcClient jdbc;
	@Autowired MutableClock clock;
	@Autowired PlanAcknowledgementManagement acknowledgements;
	@MockitoSpyBean PlanAcknowledgements stored;

	Team team;
	Rep ann;
	Rep ben;
	Rep cid;

	@BeforeEach
	void aTeamWithAVersionInForceAndOneForDecember() {
		long n = System.nanoTime();
		team = people.createTeam("Ack " + n, Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin"));
		ann = people.addRep(new NewRep(team.id(), "ackann" + n, "Annika Acker", BigDecimal.valueOf(30),
				LocalDate.of(2024, 1, 1)));
		ben = people.addRep(new NewRep(team.id(), "ackben" + n, "Benedikt Bauer", BigDecimal.valueOf(10),
				LocalDate.of(2024, 1, 1)));
		cid = people.addRep(new NewRep(team.id(), "ackcid" + n, "Cidonia Cramer", BigDecimal.valueOf(40),
				LocalDate.of(2026, 12, 1)));
		incentives.publish(team.id(), plan("5", "EQUAL"), LocalDate.of(2026, 1, 1), "manager");
		incentives.publish(team.id(), plan("10", "EQUAL"), LocalDate.of(2026, 10, 1), "manager");
		incentives.publish(team.id(), plan("25", "BY_HOURS"), LocalDate.of(2026, 12, 1), "manager");
		fulfilled(ann, "2026-10-10T10:00:00Z", "300.00");
		fulfilled(ben, "2026-10-20T10:00:00Z", "100.00");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
		reset(stored);
	}

	@Test
	void aRepSeesTheVersionsStillToAcknowledgeWithOnlyTheirOwnPayOnLastMonth() throws Exception {
		String annSees = pending(ann).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].version").value(contains(2, 3)))
			.andExpect(jsonPath("$[0].inForceThisMonth").value(true))
			.andExpect(jsonPath("$[1].name").value(PLAN))
			.andExpect(jsonPath("$[1].effectiveFrom").value("2026-12-01"))
			.andExpect(jsonPath("$[1].firstMonth").value("2026-12"))
			.andExpect(jsonPath("$[1].inForceThisMonth").value(false))
			.andExpect(jsonPath("$[1].document").value(containsString("split: {by: BY_HOURS}")))
			.andExpect(jsonPath("$[1].preview.period").value("2026-10"))
			.andExpect(jsonPath("$[1].preview.underThisVersion.amount").value("75.00"))
			.andExpect(jsonPath("$[1].preview.paid.amount").value("20.00"))
			.andExpect(jsonPath("$[1].preview.paidUnder").value(PLAN + " version 2"))
			.andExpect(jsonPath("$[1].preview.difference.amount").value("55.00"))
			.andExpect(jsonPath("$[0].preview.underThisVersion.amount").value("20.00"))
			.andReturn().getResponse().getContentAsString();
		assertThat(annSees).as("a rep never sees a colleague's name or pay")
			.doesNotContain(ben.displayName(), "Benedikt", cid.displayName(), "\"25.00\"", "\"5.00\"")
			.doesNotContain("repId\":" + ben.id().value());

		String benSees = pending(ben).andExpect(status().isOk())
			.andExpect(jsonPath("$[1].preview.underThisVersion.amount").value("25.00"))
			.andExpect(jsonPath("$[1].preview.difference.amount").value("5.00"))
			.andReturn().getResponse().getContentAsString();
		assertThat(benSees).doesNotContain(ann.displayName(), "Annika", "\"75.00\"", "\"55.00\"");

		// Cid is on the team from December: only version 3 is his, and he had no October to compare
		pending(cid).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].version").value(contains(3)))
			.andExpect(jsonPath("$[0].preview.underThisVersion").value(nullValue()))
			.andExpect(jsonPath("$[0].preview.paid").value(nullValue()));

		mvc.perform(get("/api/incentives/acknowledgements/pending").with(user("boss").roles("MANAGER")))
			.andExpect(status().isForbidden());
	}

	@Autowired PayManagement pay;

	@Test
	void theVersionInForceIsComparedWithWhatThePlanPaidNotWithTheMonthsAdjustments() throws Exception {
		pay.adjust(team.id(), java.time.YearMonth.of(2026, 10), ann.id(), org.fairdesk.shared.Money.of("7.00", "EUR"),
				"Covered the trade fair stand", "boss");

		pending(ann).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].version").value(2))
			.andExpect(jsonPath("$[0].preview.underThisVersion.amount").value("20.00"))
			.andExpect(jsonPath("$[0].preview.paid.amount").value("20.00"))
			.andExpect(jsonPath("$[0].preview.difference.amount").value("0.00"))
			.andExpect(jsonPath("$[1].preview.difference.amount").value("55.00"));
	}

	@Test
	void asOfAPastOrFutureMomentIsStampedNoLaterThanNowAndNoEarlierThanWhatItFollows() {
		java.time.Instant published = TestClockConfiguration.START; // all three versions
		clock.set(published.plus(java.time.Duration.ofHours(1)));

		assertThat(acknowledgements.acknowledge(ann.id(), PLAN, 3, published.minus(java.time.Duration.ofDays(1)))
			.acknowledgedAt()).as("not before the version's publication").isEqualTo(published);
		assertThat(acknowledgements.acknowledge(ben.id(), PLAN, 3, published.plus(java.time.Duration.ofDays(10)))
			.acknowledgedAt()).as("not in the future").isEqualTo(clock.instant());
		incentives.publish(team.id(), plan("30", "EQUAL"), LocalDate.of(2027, 1, 1), "manager",
				published.minus(java.time.Duration.ofDays(30)));
		assertThat(incentives.plans(team.id()).versions()).filteredOn(v -> v.version() == 4).singleElement()
			.extracting(PlanHistory.Entry::publishedAt).as("not before the plan's previous publication")
			.isEqualTo(published);
	}

	@Test
	void acknowledgingRecordsItOnceAndAgainChangesNothing() throws Exception {
		acknowledge(ann, "{\"planName\": \"" + PLAN + "\", \"version\": 3}").andExpect(status().isOk())
			.andExpect(jsonPath("$.planName").value(PLAN))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.repId").value(ann.id().value()))
			.andExpect(jsonPath("$.acknowledgedAt").value("2026-11-16T09:00:00Z"));
		clock.advance(Duration.ofHours(2));
		acknowledge(ann, "{\"planName\": \"" + PLAN + "\", \"version\": 3}").andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedAt").value("2026-11-16T09:00:00Z"));
		assertThat(rows()).isEqualTo(1);
		pending(ann).andExpect(jsonPath("$[*].version").value(contains(2)));
		pending(ben).andExpect(jsonPath("$[*].version").value(contains(2, 3)));
	}

	@Test
	void aVersionThatIsNotTheRepsToAcknowledgeIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		acknowledge(ann, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("planName", "version")));
		acknowledge(ann, "{\"planName\": \"Other plan\", \"version\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("planName"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is not a plan of team " + team.name())));
		acknowledge(ann, "{\"planName\": \"" + PLAN + "\", \"version\": 9}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"is not a published version of " + PLAN + ": its versions are [1, 2, 3], got 9"));
		acknowledge(ann, "{\"planName\": \"" + PLAN + "\", \"version\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("is not pending: " + PLAN
					+ " version 1 stopped paying after 2026-09; yours to acknowledge: [" + PLAN + " version 2, "
					+ PLAN + " version 3]"));
		acknowledge(cid, "{\"planName\": \"" + PLAN + "\", \"version\": 2}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is not pending")));
		// another team's plan of the same name is not this rep's to acknowledge
		Team other = people.createTeam("Other " + System.nanoTime(), Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		incentives.publish(other.id(), "name: Their pool\n" + plan("10", "EQUAL").substring(plan("10", "EQUAL")
			.indexOf('\n') + 1), LocalDate.of(2026, 12, 1), "manager");
		acknowledge(ann, "{\"planName\": \"Their pool\", \"version\": 1}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("planName"));
		mvc.perform(post("/api/incentives/acknowledgements").with(user("boss").roles("MANAGER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"planName\": \"" + PLAN + "\", \"version\": 3}"))
			.andExpect(status().isForbidden());
		assertThat(rows()).as("nothing stored from a refusal").isZero();
		assertThat(jdbc.sql("select count(*) from plan_acknowledgements where team_id = ?").param(other.id().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void theManagerSeesWhoHasAcknowledgedEachVersionAndWhoHasNot() throws Exception {
		acknowledge(ann, "{\"planName\": \"" + PLAN + "\", \"version\": 3}").andExpect(status().isOk());
		mvc.perform(get("/api/incentives/acknowledgements").param("teamId", team.id().toString())
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.thisMonth").value("2026-11"))
			.andExpect(jsonPath("$.versions[*].version").value(contains(2, 3)))
			.andExpect(jsonPath("$.versions[0].expected").value(2))
			.andExpect(jsonPath("$.versions[0].acknowledgedCount").value(0))
			.andExpect(jsonPath("$.versions[0].notYet[*].repName").value(contains("Annika Acker", "Benedikt Bauer")))
			.andExpect(jsonPath("$.versions[1].expected").value(3))
			.andExpect(jsonPath("$.versions[1].acknowledgedCount").value(1))
			.andExpect(jsonPath("$.versions[1].acknowledged[0].repName").value("Annika Acker"))
			.andExpect(jsonPath("$.versions[1].acknowledged[0].acknowledgedAt").value("2026-11-16T09:00:00Z"))
			.andExpect(jsonPath("$.versions[1].notYet[*].repName").value(contains("Benedikt Bauer", "Cidonia Cramer")));
		mvc.perform(get("/api/incentives/acknowledgements").param("teamId", team.id().toString())
			.with(user("fin").roles("FINANCE"))).andExpect(status().isOk());
		mvc.perform(get("/api/incentives/acknowledgements").param("teamId", team.id().toString())
			.with(user(ann.username()).roles("REP"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/incentives/acknowledgements").with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
	}

	@Test
	void theRepConfirmsOnTheirPageAndTheEditorCountsWhoHasNot() throws Exception {
		mvc.perform(get("/statements").with(user(ann.username()).roles("REP")))
			.andExpect(content().string(containsString("href=\"/plans/acknowledge\"")));
		String page = mvc.perform(get("/plans/acknowledge").with(user(ann.username()).roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"A new plan takes effect on 2026-12-01 (it first pays 2026-12): see it and confirm.")))
			.andExpect(content().string(containsString("split: {by: BY_HOURS}")))
			.andExpect(content().string(containsString("Last month (2026-10) under this version: €75.00. You were "
					+ "paid €20.00 under " + PLAN + " version 2 (difference +€55.00).")))
			.andExpect(content().string(containsString("I have read it")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(ben.displayName(), "25.00 EUR", "<script>");

		mvc.perform(post("/plans/acknowledge").param("planName", PLAN).param("version", "3")
			.with(user(ann.username()).roles("REP"))).andExpect(status().isForbidden()); // no CSRF token
		mvc.perform(post("/plans/acknowledge").param("planName", PLAN).param("version", "1")
			.with(user(ann.username()).roles("REP")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("version: is not pending")));
		// both fields missing: both named at once (the page once named the plan's name only)
		mvc.perform(post("/plans/acknowledge").param("planName", " ").param("version", "")
			.with(user(ann.username()).roles("REP")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("planName: is required")))
			.andExpect(content().string(containsString("version: is required")));
		mvc.perform(post("/plans/acknowledge").param("version", "three")
			.with(user(ann.username()).roles("REP")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("planName: is required")))
			.andExpect(content().string(containsString("a whole number, got three")));
		assertThat(rows()).isZero();
		mvc.perform(post("/plans/acknowledge").param("planName", PLAN).param("version", "3")
			.with(user(ann.username()).roles("REP")).with(csrf()))
			.andExpect(redirectedUrl("/plans/acknowledge"));
		assertThat(rows()).isEqualTo(1);
		mvc.perform(get("/plans/acknowledge").with(user(ann.username()).roles("REP")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("2026-12-01 (it first pays"))))
			.andExpect(content().string(containsString("A plan took effect on 2026-10-01 and pays you now")));

		mvc.perform(get("/plans/editor").param("team", team.id().toString()).with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("acknowledged by 0 of 2; not yet: Annika Acker, Benedikt Bauer")))
			.andExpect(content().string(containsString("acknowledged by 1 of 3; not yet: Benedikt Bauer, Cidonia Cramer")));
		mvc.perform(get("/plans/acknowledge").with(user("boss").roles("MANAGER"))).andExpect(status().isForbidden());
	}

	@Test
	void twoConfirmationsAtOnceStoreOne() throws Exception {
		CyclicBarrier bothAboutToStore = new CyclicBarrier(2);
		doAnswer(call -> {
			bothAboutToStore.await(30, TimeUnit.SECONDS);
			return call.callRealMethod();
		}).when(stored).insert(any(), anyString(), anyInt(), any(), any());
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> calls = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				calls.add(tabs.submit(() -> acknowledge(ann, "{\"planName\": \"" + PLAN + "\", \"version\": 3}")
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
			}
			List<String> answers = new ArrayList<>();
			for (Future<String> call : calls) {
				answers.add(call.get(60, TimeUnit.SECONDS));
			}
			assertThat(answers.get(0)).isEqualTo(answers.get(1));
		}
		finally {
			tabs.shutdownNow();
		}
		assertThat(rows()).isEqualTo(1);
	}

	private static String plan(String percent, String split) {
		return """
				name: Team pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: %s
				    split: {by: %s}
				""".formatted(percent, split);
	}

	private ResultActions pending(Rep rep) throws Exception {
		return mvc.perform(get("/api/incentives/acknowledgements/pending").with(user(rep.username()).roles("REP")));
	}

	private ResultActions acknowledge(Rep rep, String body) throws Exception {
		return mvc.perform(post("/api/incentives/acknowledgements").with(user(rep.username()).roles("REP"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long rows() {
		return jdbc.sql("select count(*) from plan_acknowledgements where team_id = ?").param(team.id().value())
			.query(Long.class).single();
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
