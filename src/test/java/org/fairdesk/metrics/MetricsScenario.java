package org.fairdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.fairdesk.intake.RequestId;
import org.fairdesk.shared.Period;
import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.DbTime;
import org.fairdesk.work.RequestView;
import org.fairdesk.work.WorkManagement;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every figure of docs/metrics.md for October 2026 in Berlin, from facts laid down row by row and worked out by
 * hand in the comments. October starts at 2026-09-30T22:00Z (CEST) and ends at 2026-10-31T23:00Z (CET), so two of
 * the closes sit just inside its edges in UTC terms, and one just outside. Subclasses choose the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class MetricsScenario {

	private static final AtomicInteger TEAMS = new AtomicInteger();
	private static final String PASSWORD = "pw-long-enough";

	@Autowired MetricsManagement metrics;
	@Autowired PeopleManagement people;
	@Autowired UserAccounts accounts;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;
	@Autowired WorkManagement work;
	@Autowired org.fairdesk.feedback.FeedbackManagement feedback;

	Team team;
	Rep ann;
	Rep ben;
	/** October's requests by their number in the comments below: #1 is r[1]; r[0] is Ann's reopened one. */
	final UUID[] r = new UUID[9];
	UUID answeredFromSeptember;

	@BeforeEach
	void october() {
		int n = TEAMS.incrementAndGet();
		team = people.createTeam("Metrics " + n + "x" + System.nanoTime() % 10_000, Currency.getInstance("EUR"),
				ZoneId.of("Europe/Berlin"));
		ann = rep("m" + n + "ann" + System.nanoTime() % 10_000);
		ben = rep("m" + n + "ben" + System.nanoTime() % 10_000);
		// #1 Ann fulfils an order: 1000.00 / 250.00, 1 h handled, answered after 30 min, SLA met.
		UUID r1 = r[1] = closed("ORDER", "FULFILLED", ann, "1000.00", "250.00", 3600, "2026-10-05T08:00:00Z", 1800,
				"2026-10-05T12:00:00Z", "2026-10-05T15:00:00Z");
		// #2 Ann fulfils an order at a loss: 500.50 / -20.25, 2 h handled, answered after 1 h, SLA breached.
		UUID r2 = r[2] = closed("ORDER", "FULFILLED", ann, "500.50", "-20.25", 7200, "2026-10-12T08:00:00Z", 3600,
				"2026-10-13T08:00:00Z", "2026-10-12T16:00:00Z");
		// #3 Ben cancels an order: 10 min handled, answered after 10 min, no SLA target.
		r[3] = closed("ORDER", "CANCELLED", ben, null, null, 600, "2026-10-20T07:00:00Z", 600, "2026-10-20T09:00:00Z", null);
		// #4 Ben wins a quote worth 800.00: that is not revenue (its order's fulfilment would be).
		UUID r4 = r[4] = closed("QUOTE", "WON", ben, "800.00", "200.00", 1800, "2026-10-01T06:00:00Z", 1200,
				"2026-10-02T10:00:00Z", null);
		// #5 Ann loses a quote; #6 Ann's quote expires at 23:30 on 31 October in Berlin (22:30Z): still October.
		r[5] = closed("QUOTE", "LOST", ann, null, null, 900, "2026-10-14T08:00:00Z", 600, "2026-10-15T08:00:00Z", null);
		UUID r6 = r[6] = closed("QUOTE", "EXPIRED", ann, null, null, 0, "2026-10-16T08:00:00Z", 300, "2026-10-31T22:30:00Z",
				null);
		// #4 and #6 had been sent (a quoted amount); #5 was lost before it was sent.
		sent(r4, "820.00");
		sent(r6, "300.00");
		// #7 Ben resolves a query at 00:30 on 1 October in Berlin (22:30Z on 30 September): October, SLA met.
		UUID r7 = r[7] = closed("QUERY", "RESOLVED", ben, null, null, 300, "2026-09-30T21:00:00Z", 60, "2026-09-30T22:30:00Z",
				"2026-10-01T08:00:00Z");
		// #8 Ben escalates a query.
		r[8] = closed("QUERY", "ESCALATED", ben, null, null, 1200, "2026-10-21T08:00:00Z", 120, "2026-10-21T10:00:00Z", null);
		// Outside: an order Ann fulfils at 00:30 on 1 November in Berlin (23:30Z on 31 October) is November's.
		closed("ORDER", "FULFILLED", ann, "9999.00", "999.00", 60, "2026-10-30T08:00:00Z", 60, "2026-10-31T23:30:00Z",
				null);
		UUID september = answeredFromSeptember = closed("QUERY", "RESOLVED", ann, null, null, 60, "2026-09-10T08:00:00Z", 60,
				"2026-09-10T09:00:00Z", null);
		// Open now: Ann holds two (one reopened in October, counted against her as its closer), Ben one.
		open("ORDER", "IN_PROGRESS", ann);
		UUID reopened = r[0] = open("QUERY", "REOPENED", ann);
		open("QUOTE", "ASSIGNED", ben);
		reopen(reopened, ann, "2026-10-20T10:00:00Z");
		reopen(open("QUERY", "REOPENED", ben), ben, "2026-11-05T10:00:00Z"); // November's reopen, Ben's 2nd open

		// Surveys issued in October: Ann #1 (answered 5), #2 (answered 2 in November); Ben #4 (answered 4), #7 (not).
		// An answer counts in the month its survey was issued: #2's late answer is October's, and Ann's September
		// survey answered 3 in October is September's.
		survey(r1, ann, "2026-10-05T12:00:00Z", 5, "2026-10-06T09:00:00Z");
		survey(r2, ann, "2026-10-13T08:00:00Z", 2, "2026-11-02T10:00:00Z");
		survey(r4, ben, "2026-10-02T10:00:00Z", 4, "2026-10-03T09:00:00Z");
		survey(r7, ben, "2026-09-30T22:30:00Z", null, null);
		survey(september, ann, "2026-09-10T09:00:00Z", 3, "2026-10-01T09:00:00Z");

		// Ben helped Ann (confirmed in October); Ann's help to Ben is only proposed; one is confirmed in November.
		assist(r1, ann, ben, "CONFIRMED", "2026-10-10T10:00:00Z");
		assist(r4, ben, ann, "PROPOSED", null);
		assist(r2, ann, ben, "CONFIRMED", "2026-11-02T10:00:00Z");
		// Ann transferred a request to Ben in October.
		transfer(r1, ann, "TRANSFER_OUT", "2026-10-08T10:00:00Z");
		transfer(r1, ben, "TRANSFER_IN", "2026-10-08T10:00:00Z");
	}

	/**
	 * The percentiles are worked out in Java from the rows ({@link Spread}), no longer by the database: they must be
	 * the database's own {@code percentile_cont}, rounded half up, for whole and fractional seconds, odd and even
	 * counts, and the halves that rounding meets.
	 */
	@Test
	void percentilesAreTheDatabasesOwn() {
		java.util.Random random = new java.util.Random(17);
		for (int n = 1; n <= 40; n++) {
			List<Double> values = new ArrayList<>();
			Spread spread = new Spread();
			for (int i = 0; i < n; i++) {
				double value = n % 3 == 0 ? random.nextInt(7200)
						: n % 3 == 1 ? Math.round(random.nextDouble() * 3_600_000_000.0) / 1e6 : random.nextInt(4) + 0.5;
				values.add(value);
				spread.add(value);
			}
			for (double p : new double[] { 0.5, 0.9, 0.1, 0.25 }) {
				String rows = String.join(" union all ", java.util.Collections.nCopies(n, "select cast(? as double precision) x"));
				BigDecimal sql = jdbc.sql("select percentile_cont(" + p + ") within group (order by x) from (" + rows + ") v")
					.params(values.toArray())
					.query(BigDecimal.class)
					.single();
				assertThat(spread.percentile(p)).as("p%s of %s", p, values)
					.isEqualTo(sql.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
			}
		}
		assertThat(new Spread().percentile(0.5)).isNull();
	}

	@Test
	void theTeamsFiguresForOctober() {
		Figures t = metrics.team(team, Period.parse("2026-10", LocalDate.of(2026, 11, 16))).team();
		// Closed: #1–#8. Revenue: only fulfilled orders: 1000.00 + 500.50; margin 250.00 − 20.25.
		assertThat(t.outcomes().closed()).isEqualTo(8);
		assertThat(t.outcomes().revenue()).isEqualTo(Money.of("1500.50", "EUR"));
		assertThat(t.outcomes().grossMargin()).isEqualTo(Money.of("229.75", "EUR"));
		assertThat(t.outcomes().byOutcome()).containsExactly(outcome("ORDER", "CANCELLED", 1),
				outcome("ORDER", "FULFILLED", 2), outcome("QUERY", "ESCALATED", 1), outcome("QUERY", "RESOLVED", 1),
				outcome("QUOTE", "EXPIRED", 1), outcome("QUOTE", "LOST", 1), outcome("QUOTE", "WON", 1));
		// Quotes: 1 won of 3 decided, 2 of them sent; the won one is worth 800.00 with 200.00 margin.
		assertThat(t.outcomes().quoteConversion()).isEqualByComparingTo("0.3333");
		assertThat(t.outcomes().quotesSent()).isEqualTo(2);
		assertThat(t.outcomes().wonQuoteValue()).isEqualTo(Money.of("800.00", "EUR"));
		assertThat(t.outcomes().wonQuoteMargin()).isEqualTo(Money.of("200.00", "EUR"));
		assertThat(t.outcomes().queriesResolved()).isEqualTo(1);
		assertThat(t.outcomes().queriesEscalated()).isEqualTo(1);
		// Handling, sorted: 0 300 600 900 1200 1800 3600 7200. Median (900 + 1200) / 2; p90 at 0.9 × 7 = 6.3:
		// 3600 + 0.3 × 3600.
		assertThat(t.speed().handlingMedianSeconds()).isEqualTo(1050);
		assertThat(t.speed().handlingP90Seconds()).isEqualTo(4680);
		// First responses, sorted: 60 120 300 600 600 1200 1800 3600: median (600 + 600) / 2.
		assertThat(t.speed().firstResponseMedianSeconds()).isEqualTo(600);
		// SLA: #1 met, #2 breached, #7 met.
		assertThat(t.speed().slaCounted()).isEqualTo(3);
		assertThat(t.speed().slaMet()).isEqualTo(2);
		assertThat(t.speed().slaMetShare()).isEqualByComparingTo("0.6667");
		// Answers to October's surveys: 5, 2 (given in November) and 4 → 11 / 3; not the September survey's 3.
		assertThat(t.satisfaction().csatResponses()).isEqualTo(3);
		assertThat(t.satisfaction().csatAverage()).isEqualByComparingTo("3.67");
		// Issued in October: 4, answered 3 of them (one in November).
		assertThat(t.satisfaction().surveysIssued()).isEqualTo(4);
		assertThat(t.satisfaction().surveysAnswered()).isEqualTo(3);
		assertThat(t.satisfaction().responseRate()).isEqualByComparingTo("0.7500");
		// One reopen in October over 8 closed.
		assertThat(t.satisfaction().reopens()).isEqualTo(1);
		assertThat(t.satisfaction().reopenRate()).isEqualByComparingTo("0.1250");
		// Ben's help on #1 and on #2, both proposed in October (#2's confirmed in November).
		assertThat(t.collaboration()).isEqualTo(new Figures.Collaboration(2, 2, 1, 1));
		assertThat(t.currentWip()).isEqualTo(4);
	}

	@Test
	void eachRepsFiguresForOctober() {
		TeamMetrics october = metrics.team(team, Period.parse("2026-10", LocalDate.of(2026, 11, 16)));
		Figures a = figuresOf(october, ann);
		Figures b = figuresOf(october, ben);
		assertThat(a.outcomes().closed()).isEqualTo(4);
		assertThat(b.outcomes().closed()).isEqualTo(4);
		assertThat(a.outcomes().revenue()).isEqualTo(Money.of("1500.50", "EUR"));
		assertThat(b.outcomes().revenue()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(a.outcomes().quoteConversion()).isEqualByComparingTo("0"); // 0 won of 2 decided
		assertThat(b.outcomes().quoteConversion()).isEqualByComparingTo("1"); // 1 of 1
		// Sent: Ann's expired quote (her lost one never was), Ben's won one, worth 800.00 / 200.00 to him only.
		assertThat(a.outcomes().quotesSent()).isEqualTo(1);
		assertThat(b.outcomes().quotesSent()).isEqualTo(1);
		assertThat(a.outcomes().wonQuoteValue()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(b.outcomes().wonQuoteValue()).isEqualTo(Money.of("800.00", "EUR"));
		assertThat(b.outcomes().wonQuoteMargin()).isEqualTo(Money.of("200.00", "EUR"));
		// Ann handled 0 900 3600 7200: median 2250, p90 at 2.7: 3600 + 0.7 × 3600. Ben 300 600 1200 1800: 900, 1620.
		assertThat(a.speed().handlingMedianSeconds()).isEqualTo(2250);
		assertThat(a.speed().handlingP90Seconds()).isEqualTo(6120);
		assertThat(b.speed().handlingMedianSeconds()).isEqualTo(900);
		assertThat(b.speed().handlingP90Seconds()).isEqualTo(1620);
		// First responses: Ann 300 600 1800 3600 → 1200; Ben 60 120 600 1200 → 360.
		assertThat(a.speed().firstResponseMedianSeconds()).isEqualTo(1200);
		assertThat(b.speed().firstResponseMedianSeconds()).isEqualTo(360);
		assertThat(a.speed().slaMetShare()).isEqualByComparingTo("0.5");
		assertThat(b.speed().slaMetShare()).isEqualByComparingTo("1");
		// Answers to October's surveys: Ann's 5 and 2 → 3.50; Ben's 4. Ann's issued 2, both answered; Ben's 1 of 2.
		assertThat(a.satisfaction().csatAverage()).isEqualByComparingTo("3.50");
		assertThat(b.satisfaction().csatAverage()).isEqualByComparingTo("4.00");
		assertThat(a.satisfaction().responseRate()).isEqualByComparingTo("1");
		assertThat(b.satisfaction().responseRate()).isEqualByComparingTo("0.5");
		assertThat(a.satisfaction().reopenRate()).isEqualByComparingTo("0.25");
		assertThat(b.satisfaction().reopenRate()).isEqualByComparingTo("0");
		assertThat(a.collaboration()).isEqualTo(new Figures.Collaboration(0, 2, 1, 0));
		assertThat(b.collaboration()).isEqualTo(new Figures.Collaboration(2, 0, 0, 1));
		assertThat(a.currentWip()).isEqualTo(2);
		assertThat(b.currentWip()).isEqualTo(2);
	}

	/**
	 * Issue 14: each figure lists the requests behind it, read through the same window, crediting and tests as the
	 * figure, so for every rep each list is as long as its figure's count. Reopens are the one difference: they are
	 * events, and a request reopened twice in the month is listed once (Ann's, reopened again on the 25th here).
	 */
	@Test
	void eachRepsFiguresListTheRequestsBehindThem() {
		reopen(r[0], ann, "2026-10-25T10:00:00Z");
		Period october = Period.parse("2026-10", LocalDate.of(2026, 11, 16));
		TeamMetrics figures = metrics.team(team, october);
		Map<RepId, FigureRequests> behind = metrics.requestsBehind(team, october);

		for (TeamMetrics.RepFigures rep : figures.reps()) {
			Figures f = rep.figures();
			FigureRequests requests = behind.getOrDefault(rep.repId(), FigureRequests.NONE);
			assertThat(requests.ordersFulfilled()).hasSize((int) f.outcomes().count(RequestKind.ORDER, "FULFILLED"));
			assertThat(requests.quotesWon()).hasSize((int) f.outcomes().quotesWon());
			assertThat(requests.quotesLost()).hasSize((int) f.outcomes().count(RequestKind.QUOTE, "LOST"));
			assertThat(requests.queriesResolved()).hasSize((int) f.outcomes().queriesResolved());
			assertThat(requests.queriesEscalated()).hasSize((int) f.outcomes().queriesEscalated());
			assertThat(requests.surveyed()).hasSize((int) f.satisfaction().csatResponses());
			assertThat(requests.slaMissed()).hasSize((int) (f.speed().slaCounted() - f.speed().slaMet()));
			assertThat(requests.assistsGiven()).hasSize((int) f.collaboration().assistsGiven());
			assertThat(List.of(requests.ordersFulfilled(), requests.quotesWon(), requests.quotesLost(),
					requests.queriesResolved(), requests.queriesEscalated(), requests.surveyed(), requests.slaMissed(),
					requests.reopened(), requests.assistsGiven()))
				.allSatisfy(list -> assertThat(list).isSortedAccordingTo(Comparator.comparing(UUID::toString))
					.doesNotHaveDuplicates());
		}
		FigureRequests a = behind.get(ann.id());
		FigureRequests b = behind.get(ben.id());
		assertThat(a.ordersFulfilled()).containsExactlyInAnyOrder(r[1], r[2]); // not November's 9999.00
		assertThat(a.quotesLost()).containsExactly(r[5]);
		assertThat(a.slaMissed()).containsExactly(r[2]);
		// October's surveys, one answered in November; not the September survey answered in October.
		assertThat(a.surveyed()).containsExactlyInAnyOrder(r[1], r[2]).doesNotContain(answeredFromSeptember);
		assertThat(a.quotesWon()).isEmpty();
		assertThat(a.assistsGiven()).isEmpty(); // Ann's help on #4 is only proposed
		assertThat(figuresOf(figures, ann).satisfaction().reopens()).isEqualTo(2);
		assertThat(a.reopened()).containsExactly(r[0]);
		assertThat(b.quotesWon()).containsExactly(r[4]);
		assertThat(b.queriesResolved()).containsExactly(r[7]); // closed 00:30 on 1 October in Berlin
		assertThat(b.queriesEscalated()).containsExactly(r[8]);
		assertThat(b.surveyed()).containsExactly(r[4]);
		assertThat(b.assistsGiven()).containsExactlyInAnyOrder(r[1], r[2]); // proposed in October, #2's confirmed later
		assertThat(b.reopened()).isEmpty(); // Ben's reopen is November's
		assertThat(b.ordersFulfilled()).isEmpty(); // #3 was cancelled
	}

	/**
	 * A month kept rep by rep (docs/pay.md, "Months kept for their close") gives exactly the figures its rows give:
	 * put together from every rep's part, after the parts are written and read back as kept, and after one rep is
	 * read again through their own rows alone.
	 */
	@Test
	void aMonthPutTogetherRepByRepIsTheMonthItsRowsGive() {
		Period october = Period.parse("2026-10", LocalDate.of(2026, 11, 16));
		MetricsManagement.RepMonths parts = metrics.repMonths(team, october);
		assertThat(parts.months()).containsOnlyKeys(ann.id(), ben.id());
		assertThat(parts.requests()).isEqualTo(metrics.requestsBehind(team, october));

		assertThat(metrics.teamOf(team, october, kept(parts.months()))).isEqualTo(metrics.team(team, october));

		MetricsManagement.RepMonths annAlone = metrics.repMonths(team, october, List.of(ann.id()));
		assertThat(annAlone.months()).containsOnlyKeys(ann.id());
		assertThat(annAlone.requests()).containsOnlyKeys(ann.id()).containsEntry(ann.id(), parts.requests().get(ann.id()));
		Map<RepId, RepMonth> mixed = new java.util.HashMap<>(kept(parts.months()));
		mixed.putAll(kept(annAlone.months()));
		assertThat(metrics.teamOf(team, october, mixed)).isEqualTo(metrics.team(team, october));
		assertThat(metrics.repMonths(team, october, List.of(new RepId(Long.MAX_VALUE))).months()).isEmpty();
		MetricsManagement.RepMonths both = metrics.repMonths(team, october, List.of(ann.id(), ben.id()));
		assertThat(both.requests()).isEqualTo(parts.requests());
		assertThat(metrics.teamOf(team, october, kept(both.months()))).isEqualTo(metrics.team(team, october));
	}

	/** The reps a late write changed are found by when it was written, and only those. */
	@Test
	void theRepsALateWriteChangedAreFoundByWhenItWasWritten() {
		Period october = Period.parse("2026-10", LocalDate.of(2026, 11, 16));
		assertThat(metrics.repsChangedSince(team, october, Instant.parse("2026-11-03T00:00:00Z"))).isEmpty();
		// #2's answer (November 2nd, to an October survey of Ann's) and the assist on #2 Ben gave, decided that day
		assertThat(metrics.repsChangedSince(team, october, Instant.parse("2026-11-02T00:00:00Z")))
			.containsExactlyInAnyOrder(ann.id(), ben.id());
		// #7, closed by Ben at 00:30 on 1 October in Berlin, reopened on 20 November
		jdbc.sql("""
				insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at,
				                             reopened_by_user, reason)
				values (?, ?, ?, 'RESOLVED', ?, ?, 'manager', 'customer came back')""")
			.params(r[7], team.id().value(), ben.id().value(), DbTime.of(Instant.parse("2026-09-30T22:30:00Z")),
					DbTime.of(Instant.parse("2026-11-20T10:00:00Z")))
			.update();
		assertThat(metrics.repsChangedSince(team, october, Instant.parse("2026-11-20T00:00:00Z")))
			.containsExactly(ben.id());
		assertThat(metrics.changedSince(team, october, Instant.parse("2026-11-20T00:00:00Z"))).isTrue();
	}

	/**
	 * A survey is dated at its request's close but may be stored later (here a manager's new link for a request
	 * without one): the rep is found by when it was stored, and their part read again gives the rows' figures.
	 */
	@Test
	void aSurveyStoredLateIsFoundByWhenItWasStored() {
		Period october = Period.parse("2026-10", LocalDate.of(2026, 11, 16));
		Map<RepId, RepMonth> kept = new java.util.HashMap<>(kept(metrics.repMonths(team, october).months()));
		Instant lookedAt = Instant.now();
		// #3, Ben's cancelled order of 20 October, had no survey
		feedback.issueNewLink(new RequestId(r[3]), lookedAt);
		java.util.Set<RepId> changed = metrics.repsChangedSince(team, october, lookedAt.minusSeconds(3600));
		assertThat(changed).containsExactly(ben.id());
		kept.putAll(kept(metrics.repMonths(team, october, changed).months()));
		assertThat(metrics.teamOf(team, october, kept)).isEqualTo(metrics.team(team, october));
	}

	private static Map<RepId, RepMonth> kept(Map<RepId, RepMonth> months) {
		Map<RepId, RepMonth> kept = new java.util.HashMap<>();
		months.forEach((rep, month) -> kept.put(rep, RepMonth.read(month.write())));
		return kept;
	}

	@Test
	void aWeekAndADayAreWindowsOfTheirOwn() {
		// ISO week 41 (5–11 October): #1 closed on the 5th.
		Figures week = metrics.team(team, Period.parse("2026-W41", LocalDate.of(2026, 11, 16))).team();
		assertThat(week.outcomes().closed()).isEqualTo(1);
		assertThat(week.outcomes().revenue()).isEqualTo(Money.of("1000.00", "EUR"));
		// 1 October in Berlin holds #7's close (00:30 local) only.
		Figures day = metrics.team(team, Period.parse("2026-10-01", LocalDate.of(2026, 11, 16))).team();
		assertThat(day.outcomes().byOutcome()).containsExactly(outcome("QUERY", "RESOLVED", 1));
		assertThat(day.satisfaction().surveysIssued()).isEqualTo(1); // #7's, at its close
		assertThat(day.satisfaction().csatResponses()).isZero(); // never answered; the September survey's answer is not
		// November: the order closed at 00:30 on the 1st in Berlin.
		Figures november = metrics.team(team, Period.parse("2026-11", LocalDate.of(2026, 11, 16))).team();
		assertThat(november.outcomes().revenue()).isEqualTo(Money.of("9999.00", "EUR"));
		assertThat(november.satisfaction().csatResponses()).isZero(); // #2's answer given then is October's
		// September keeps the answer its survey got in October.
		Figures september = metrics.team(team, Period.parse("2026-09", LocalDate.of(2026, 11, 16))).team();
		assertThat(september.satisfaction().csatResponses()).isEqualTo(1);
		assertThat(september.satisfaction().csatAverage()).isEqualByComparingTo("3.00");
	}

	@Test
	void theDashboardTrendsWeekByWeekAndCountsRatings() {
		Dashboard board = metrics.dashboard(team.id(), "2026-10");
		assertThat(board.weeks()).hasSize(MetricsManagement.TREND_WEEKS);
		assertThat(board.weeks().get(board.weeks().size() - 1).week()).isEqualTo("2026-W44"); // holds 31 October
		Dashboard.Week w41 = board.weeks().stream().filter(w -> w.week().equals("2026-W41")).findFirst().orElseThrow();
		assertThat(w41.orders()).isEqualTo(1);
		assertThat(w41.revenue()).isEqualTo(Money.of("1000.00", "EUR"));
		assertThat(w41.slaMetShare()).isEqualByComparingTo("1");
		assertThat(w41.csatAverage()).isEqualByComparingTo("5.00"); // #1's answer on 6 October
		// Week 40 (28 Sep – 4 Oct): #4 won and #7 resolved; their surveys: 4 and none.
		Dashboard.Week w40 = board.weeks().stream().filter(w -> w.week().equals("2026-W40")).findFirst().orElseThrow();
		assertThat(List.of(w40.orders(), w40.quotes(), w40.queries())).containsExactly(0L, 1L, 1L);
		assertThat(w40.csatAverage()).isEqualByComparingTo("4.00");
		assertThat(board.ratings()).containsExactly(0L, 1L, 0L, 1L, 1L); // answers to October's surveys: 2, 4, 5
	}

	@Test
	void aRepSeesTheTeamAndOnlyThemselves() throws Exception {
		String path = "/api/metrics/teams/" + team.id().value() + "?period=2026-10";
		mvc.perform(get(path).with(httpBasic(ann.username(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team.outcomes.closed").value(8))
			.andExpect(jsonPath("$.reps.length()").value(1))
			.andExpect(jsonPath("$.reps[0].name").value(ann.displayName()));
		mvc.perform(get(path).with(httpBasic("admin", "test-admin")))
			.andExpect(jsonPath("$.reps.length()").value(2))
			.andExpect(jsonPath("$.team.outcomes.revenue.amount").value("1500.50"));
		mvc.perform(get("/api/metrics/teams/" + team.id().value() + "?period=October").with(httpBasic("admin",
				"test-admin"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
		Team other = people.createTeam("Other " + System.nanoTime() % 10_000, Currency.getInstance("EUR"),
				ZoneId.of("UTC"));
		mvc.perform(get("/api/metrics/teams/" + other.id().value()).with(httpBasic(ann.username(), PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dashboard/reps.csv?team=" + team.id().value() + "&period=2026-10")
			.with(user(ann.username()).roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ann.displayName() + ",4,1500.50")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(ben.displayName()))));
	}

	@Test
	void aDisplayNameThatLooksLikeAFormulaComesOutOfTheCsvAsText() throws Exception {
		String username = "formula" + System.nanoTime() % 100_000;
		people.addRep(new NewRep(team.id(), username, "=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("40"),
				LocalDate.of(2024, 1, 1)));
		String csv = mvc.perform(get("/dashboard/reps.csv?team=" + team.id().value() + "&period=2026-10")
			.with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0,0.00,0.00,")
			.doesNotContain("\n=", "\n\"=")
			.contains("\r\n" + ann.displayName() + ",4,1500.50,229.75,"); // figures stay numbers
	}

	@Test
	void theDashboardPageShowsTheTeamFirstAndARepOnlyTheirScorecard() throws Exception {
		String page = "/dashboard?team=" + team.id().value() + "&period=2026-10";
		mvc.perform(get(page).with(user("boss").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1500.50 EUR")))
			.andExpect(content().string(containsString("Individuals")))
			.andExpect(content().string(containsString(ann.displayName())))
			.andExpect(content().string(containsString(ben.displayName())))
			.andExpect(content().string(containsString("chart.umd.min.js")))
			.andExpect(content().string(containsString("66.7 %"))); // SLA met, 2 of 3
		mvc.perform(get(page).with(user(ann.username()).roles("REP")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My scorecard")))
			.andExpect(content().string(containsString(ann.displayName())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(ben.displayName()))));
		mvc.perform(get("/dashboard/everything.csv?team=" + team.id().value()).with(user("boss").roles("MANAGER")))
			.andExpect(status().isBadRequest());
	}

	/**
	 * SLA met is judged for one request in Java (RequestView, shown on the request) and counted for a period in SQL
	 * (MetricsQueries): both run here on the same cases, for both targets, at and around the due instant.
	 */
	@Test
	void theSlaFiguresCountExactlyWhatEachRequestSays() {
		Instant due = Instant.parse("2026-12-10T12:00:00Z");
		List<RequestId> ids = new ArrayList<>();
		for (Instant closedAt : new Instant[] { due.minusSeconds(1), due, due.plusSeconds(1) }) {
			for (@Nullable Instant firstDue : new Instant[] { null, due.minusSeconds(3600), due.minusSeconds(1800) }) {
				for (@Nullable Instant firstResponse : new Instant[] { null, due.minusSeconds(3600),
						due.minusSeconds(3599), due.minusSeconds(1800) }) {
					ids.add(new RequestId(slaCase(closedAt, due, firstResponse, firstDue)));
				}
			}
			ids.add(new RequestId(slaCase(closedAt, null, null, null)));
		}
		List<RequestView> views = ids.stream().map(work::request).toList();
		Figures.Speed speed = metrics.team(team, Period.month(YearMonth.of(2026, 12))).team().speed();
		List<UUID> missed = metrics.requestsBehind(team, Period.month(YearMonth.of(2026, 12))).get(ann.id()).slaMissed();

		assertThat(speed.slaCounted()).isEqualTo(judged(views, RequestView::getSla)).isEqualTo(36);
		assertThat(speed.slaMet()).isEqualTo(met(views, RequestView::getSla)).isEqualTo(24);
		assertThat(missed).containsExactlyInAnyOrderElementsOf(views.stream()
			.filter(v -> v.getSla() == RequestView.Sla.BREACHED).map(v -> v.id().value()).toList()).hasSize(12);
		assertThat(speed.firstResponseSlaCounted()).isEqualTo(judged(views, RequestView::getFirstResponseSla))
			.isEqualTo(18);
		assertThat(speed.firstResponseSlaMet()).isEqualTo(met(views, RequestView::getFirstResponseSla)).isEqualTo(12);
	}

	private static long judged(List<RequestView> views, Function<RequestView, RequestView.Sla> sla) {
		return views.stream().map(sla).filter(s -> s == RequestView.Sla.MET || s == RequestView.Sla.BREACHED).count();
	}

	private static long met(List<RequestView> views, Function<RequestView, RequestView.Sla> sla) {
		return views.stream().map(sla).filter(s -> s == RequestView.Sla.MET).count();
	}

	private UUID slaCase(Instant closedAt, @Nullable Instant due, @Nullable Instant firstResponse,
			@Nullable Instant firstDue) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, handling_seconds, first_response_at, resolution_due_at,
				                      first_response_due_at, state_since, version)
				values (?, ?, 'QUERY', 'Customer', 'Subject', 'EUR', 'RESOLVED', ?, ?, ?, ?, 60, ?, ?, ?, ?, 1)""")
			.params(id, team.id().value(), ann.id().value(), DbTime.of(Instant.parse("2026-12-10T08:00:00Z")),
					DbTime.of(closedAt), ann.id().value(), firstResponse == null ? null : DbTime.of(firstResponse),
					due == null ? null : DbTime.of(due), firstDue == null ? null : DbTime.of(firstDue),
					DbTime.of(closedAt))
			.update();
		return id;
	}

	private static Figures figuresOf(TeamMetrics metrics, Rep rep) {
		return metrics.reps().stream().filter(r -> r.repId().equals(rep.id())).findFirst().orElseThrow().figures();
	}

	private static Figures.OutcomeCount outcome(String kind, String outcome, long count) {
		return new Figures.OutcomeCount(kind, outcome, count);
	}

	private Rep rep(String username) {
		accounts.create(username, PASSWORD, Role.REP);
		return people.addRep(new NewRep(team.id(), username, "Rep " + username, new BigDecimal("40"),
				LocalDate.of(2024, 1, 1)));
	}

	private UUID closed(String kind, String state, Rep rep, @Nullable String value, @Nullable String margin,
			long handling, String received, long firstResponseAfter, String closedAt, @Nullable String due) {
		UUID id = UUID.randomUUID();
		Instant receivedAt = Instant.parse(received);
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      closed_at, closed_by, outcome_value, outcome_margin, handling_seconds,
				                      first_response_at, resolution_due_at, state_since, version)
				values (?, ?, ?, 'Customer', 'Subject', 'EUR', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
			.params(id, team.id().value(), kind, state, rep.id().value(), DbTime.of(receivedAt),
					DbTime.of(Instant.parse(closedAt)), rep.id().value(), value == null ? null : new BigDecimal(value),
					margin == null ? null : new BigDecimal(margin), handling,
					DbTime.of(receivedAt.plusSeconds(firstResponseAfter)), due == null ? null : DbTime.of(Instant.parse(due)),
					DbTime.of(Instant.parse(closedAt)))
			.update();
		return id;
	}

	private UUID open(String kind, String state, Rep rep) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into requests (id, team_id, kind, customer, subject, currency, state, assignee_id, received_at,
				                      state_since, version)
				values (?, ?, ?, 'Customer', 'Subject', 'EUR', ?, ?, ?, ?, 1)""")
			.params(id, team.id().value(), kind, state, rep.id().value(), DbTime.of(Instant.parse("2026-10-01T08:00:00Z")),
					DbTime.of(Instant.parse("2026-10-01T08:00:00Z")))
			.update();
		return id;
	}

	private void sent(UUID quote, String quotedAmount) {
		jdbc.sql("update requests set quoted_amount = ? where id = ?").params(new BigDecimal(quotedAmount), quote)
			.update();
	}

	private void reopen(UUID request, Rep closer, String at) {
		jdbc.sql("""
				insert into request_reopens (request_id, team_id, closed_by, outcome, closed_at, reopened_at,
				                             reopened_by_user, reason)
				values (?, ?, ?, 'RESOLVED', ?, ?, 'manager', 'customer came back')""")
			.params(request, closer.teamId().value(), closer.id().value(), DbTime.of(Instant.parse(at).minusSeconds(3600)),
					DbTime.of(Instant.parse(at)))
			.update();
	}

	private void survey(UUID request, Rep rep, String issued, @Nullable Integer rating, @Nullable String answered) {
		Instant issuedAt = Instant.parse(issued);
		jdbc.sql("""
				insert into survey (request_id, team_id, rep_id, issued_at, expires_at, token_hash, stored_at)
				values (?, ?, ?, ?, ?, ?, ?)""") // stored when issued, as the close's event stores it
			.params(request, team.id().value(), rep.id().value(), DbTime.of(issuedAt),
					DbTime.of(issuedAt.plusSeconds(14 * 86_400)), String.format("%064x", request.getMostSignificantBits()
							^ request.getLeastSignificantBits()).replace(' ', '0'), DbTime.of(issuedAt))
			.update();
		if (rating != null) {
			jdbc.sql("""
					insert into survey_response (request_id, team_id, rep_id, rating, comment, responded_at,
					                             survey_issued_at)
					values (?, ?, ?, ?, null, ?, ?)""")
				.params(request, team.id().value(), rep.id().value(), rating, DbTime.of(Instant.parse(answered)),
						DbTime.of(issuedAt))
				.update();
		}
	}

	private void assist(UUID request, Rep owner, Rep helper, String status, @Nullable String decided) {
		jdbc.sql("""
				insert into request_assists (request_id, team_id, owner_id, helper_id, proposed_by, status, proposed_at,
				                             decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(request, team.id().value(), owner.id().value(), helper.id().value(), owner.id().value(), status,
					DbTime.of(Instant.parse("2026-10-09T10:00:00Z")), decided == null ? null : DbTime.of(Instant.parse(decided)))
			.update();
	}

	private void transfer(UUID request, Rep rep, String action, String at) {
		// The routing log hangs off the request's queue row (V19), as routing writes it.
		jdbc.sql("insert into routing_teams (team_id) values (?) on conflict do nothing").param(team.id().value()).update();
		jdbc.sql("""
				insert into routing_queue (request_id, team_id, kind, received_at)
				select id, team_id, kind, received_at from requests r
				where id = ? and not exists (select 1 from routing_queue q where q.request_id = r.id)""")
			.param(request)
			.update();
		jdbc.sql("""
				insert into routing_assignments (request_id, rep_id, team_id, policy, action, over_cap, assigned_at)
				values (?, ?, ?, ?, ?, false, ?)""")
			.params(request, rep.id().value(), team.id().value(), action, action, DbTime.of(Instant.parse(at)))
			.update();
	}
}
