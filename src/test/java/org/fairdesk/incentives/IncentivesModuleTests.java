package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fairdesk.people.Availability;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Money;
import org.fairdesk.metrics.FigureRequests;
import org.fairdesk.metrics.Figures;
import org.fairdesk.metrics.MetricsManagement;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.shared.Period;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Incentives on its own: the plan in force and the period's facts become statements. */
@ApplicationModuleTest
class IncentivesModuleTests {

	static final Currency EUR = Currency.getInstance("EUR");
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@MockitoBean PeopleManagement people;
	@MockitoBean MetricsManagement metrics;
	@MockitoBean org.fairdesk.security.UserAccounts accounts; // the dispute mails' addresses
	@MockitoBean org.fairdesk.security.TeamManagers teamManagers; // who the dispute mails go to
	@MockitoBean org.fairdesk.people.TeamManagerChecks teamManagerChecks; // who may close, adjust, publish, decide
	@Autowired IncentiveManagement incentives;

	Team team;

	@BeforeEach
	void aTeamOfThreeOneJoiningInNovember() {
		team = new Team(new TeamId(System.nanoTime() % 1_000_000), "Sales", EUR, BERLIN);
		when(people.team(team.id())).thenReturn(team);
		when(people.teams()).thenReturn(List.of(team));
		Rep joiner = rep(3, LocalDate.of(2026, 11, 1));
		when(people.members(team.id())).thenReturn(List.of(rep(1, LocalDate.of(2020, 1, 1)),
				rep(2, LocalDate.of(2026, 10, 31)), joiner));
		when(people.rep(joiner.id())).thenReturn(joiner);
		when(metrics.teamWithRequests(eq(team), any())).thenReturn(new MetricsManagement.FiguresAndRequests(
				new TeamMetrics(team.id().value(), "Sales", "2026-11", "EUR", closed(3, "1300.00", "400.00"),
						List.of(repFigures(1, closed(2, "900.00", "300.00")), repFigures(2, closed(1, "400.00", "100.00")),
								repFigures(3, closed(0, "0", "0")))),
				Map.of()));
	}

	@Test
	void statementsUseThePlanVersionInForceAndTheMonthInTheTeamsZone() {
		incentives.publish(team.id(), plan(5), LocalDate.of(2026, 1, 1), "manager");
		PlanVersion second = incentives.publish(team.id(), plan(10), LocalDate.of(2026, 11, 1), "manager");
		assertThat(second.version()).isEqualTo(2);

		// October: version 1 (5 %), reps 1 and 2 only (rep 3 starts in November): 5 % of 400.00 = 20.00, split by
		// days on the team: rep 1 all 31 days, rep 2 only the 31st, so 20.00 x 31/32 = 19.375 and 20.00 x 1/32 =
		// 0.625; the left-over cent of two equal remainders goes to the lower rep id.
		List<Statement> october = incentives.statements(YearMonth.of(2026, 10));
		assertThat(october).extracting(Statement::planVersion).containsOnly(1);
		assertThat(october).extracting(s -> s.payout().amount()).containsExactly(new BigDecimal("19.38"),
				new BigDecimal("0.62"));

		// November: version 2 (10 %), all three: 40.00 / 3 = 13.34, 13.33, 13.33.
		List<Statement> november = incentives.statements(YearMonth.of(2026, 11));
		assertThat(november).extracting(s -> s.payout().amount()).containsExactly(new BigDecimal("13.34"),
				new BigDecimal("13.33"), new BigDecimal("13.33"));
		assertThat(incentives.statementsOf(new RepId(3), YearMonth.of(2026, 11))).singleElement()
			.satisfies(s -> assertThat(s.repId()).isEqualTo(new RepId(3)));

		org.mockito.Mockito.verify(metrics, org.mockito.Mockito.atLeastOnce()).teamWithRequests(team,
				Period.month(YearMonth.of(2026, 11)));
	}

	@Test
	void withoutAPlanThereAreNoStatementsAndEvaluateStoresNothing() {
		assertThat(incentives.statements(YearMonth.of(2026, 11))).isEmpty();
		assertThat(incentives.evaluate(plan(20), team.id(), YearMonth.of(2026, 11)))
			.extracting(s -> s.payout().amount())
			.containsExactly(new BigDecimal("26.67"), new BigDecimal("26.67"), new BigDecimal("26.66"));
		assertThat(incentives.statements(YearMonth.of(2026, 11))).isEmpty();
	}

	@Test
	void aVersionThatWouldFirstPayAfterTheLastMonthFairdeskCountsIsRefused() {
		assertThatThrownBy(() -> incentives.publish(team.id(), plan(5), LocalDate.of(9999, 12, 15), "manager"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
				.satisfies(p -> assertThat(p.field()).isEqualTo("effectiveFrom"))
				.satisfies(p -> assertThat(p.message()).startsWith("would never apply: it first pays 10000-01, after the last month Fairdesk counts (9999-12)")));
		assertThat(incentives.publish(team.id(), plan(5), LocalDate.of(9999, 12, 1), "manager").version()).isEqualTo(1);
	}

	@Test
	void aBrokenPlanIsRefused() {
		assertThatThrownBy(() -> incentives.publish(team.id(), plan(0), LocalDate.of(2026, 1, 1), "manager"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.problems().get(0).field()).isEqualTo("document.components[0].percent"));
		assertThat(incentives.statements(YearMonth.of(2026, 11))).isEmpty();
	}

	@Test
	void aMonthsFactsCountALeaversDaysToTheirLeavingDateAndLeaveOutWhoLeftBefore() {
		when(people.members(team.id())).thenReturn(List.of(rep(1, LocalDate.of(2020, 1, 1), null),
				rep(2, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 10)),
				rep(4, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 31))));
		UUID order = UUID.randomUUID();
		when(metrics.teamWithRequests(eq(team), any())).thenReturn(new MetricsManagement.FiguresAndRequests(
				new TeamMetrics(team.id().value(), "Sales", "2026-11", "EUR", closed(0, "0", "0"),
						List.of(repFigures(1, closed(0, "0", "0")), repFigures(2, closed(0, "0", "0")),
								repFigures(4, closed(0, "0", "0")))),
				Map.of(new RepId(2), new FigureRequests(List.of(order), List.of(), List.of(), List.of(), List.of(),
						List.of(), List.of(order), List.of(), List.of()))));
		PeriodFacts november = incentives.facts(team, YearMonth.of(2026, 11));
		// the requests behind each rep's figures come from metrics; a rep without any lists none
		assertThat(november.reps()).extracting(r -> r.requests().ordersFulfilled())
			.containsExactly(List.of(), List.of(order));
		assertThat(november.reps().get(1).requests().slaMissed()).containsExactly(order);
		assertThat(november.reps().get(0).requests()).isEqualTo(PeriodFacts.Requests.NONE);
		// rep 4's last day was 31 October: not in November's facts; rep 2 was on the team 1 to 10 November
		assertThat(november.reps()).extracting(PeriodFacts.RepFacts::repId)
			.containsExactly(new RepId(1), new RepId(2));
		assertThat(november.reps()).extracting(PeriodFacts.RepFacts::daysOnTeam).containsExactly(30, 10);
		assertThat(november.reps()).extracting(PeriodFacts.RepFacts::leavingDate)
			.containsExactly(null, LocalDate.of(2026, 11, 10));

		PeriodFacts october = incentives.facts(team, YearMonth.of(2026, 10));
		assertThat(october.reps()).extracting(PeriodFacts.RepFacts::daysOnTeam).containsExactly(31, 1, 31);
		// the document carries the date and reads back as written
		assertThat(FactsDocuments.parse(FactsDocuments.write(november), "facts")).isEqualTo(november);
	}

	private Rep rep(long id, LocalDate start) {
		return rep(id, start, null);
	}

	private Rep rep(long id, LocalDate start, @Nullable LocalDate leaving) {
		return new Rep(new RepId(id), team.id(), "r" + id, "Rep " + id, BigDecimal.valueOf(40), start, leaving,
				Availability.AVAILABLE);
	}

	private static String plan(int percent) {
		return """
				name: Pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: %d
				    split: {by: EQUAL}
				""".formatted(percent);
	}

	private static TeamMetrics.RepFigures repFigures(long rep, Figures figures) {
		return new TeamMetrics.RepFigures(new RepId(rep), "Rep " + rep, figures);
	}

	/** The dashboard's figures for a rep who fulfilled some orders: what the calculator reads of them. */
	private static Figures closed(long ordersFulfilled, String revenue, String margin) {
		var outcomes = new Figures.Outcomes(ordersFulfilled,
				List.of(new Figures.OutcomeCount("ORDER", "FULFILLED", ordersFulfilled)), Money.of(revenue, "EUR"),
				Money.of(margin, "EUR"), 0, 0, null, 0, 0, 0, Money.of("0", "EUR"), Money.of("0", "EUR"));
		return new Figures(outcomes, new Figures.Speed(null, null, null, 0, 0, null, 0, 0, null),
				new Figures.Satisfaction(0, 0, null, 0, null, 0, null), new Figures.Collaboration(0, 0, 0, 0), 0);
	}
}
