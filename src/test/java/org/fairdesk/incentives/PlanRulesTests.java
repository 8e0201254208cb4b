package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairdesk.incentives.CalculatorTests.eur;
import static org.fairdesk.incentives.CalculatorTests.payouts;
import static org.fairdesk.incentives.SomeReps.rep;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.people.TeamId;
import org.junit.jupiter.api.Test;

/** Each block of the plan language on a small team, with the arithmetic done by hand in the comments. */
class PlanRulesTests {

	/** April: 30 days. */
	private static final YearMonth APRIL = YearMonth.of(2026, 4);

	private static PeriodFacts team(SomeReps... reps) {
		return SomeFacts.month(APRIL, TeamId.of(1), "North", Stream.of(reps).map(SomeReps::build).toList());
	}

	private static PeriodFacts withTeam(SomeReps teamFigures, SomeReps... reps) {
		return SomeFacts.month(APRIL, TeamId.of(1), "North", Stream.of(reps).map(SomeReps::build).toList(),
				teamFigures.figures());
	}

	private static List<Statement> pay(String yaml, PeriodFacts facts) {
		return Calculator.calculate(SomePlans.version(yaml), facts);
	}

	@Test
	void a_threshold_counts_only_the_part_above_it_and_a_cap_limits_the_pool() {
		String plan = """
				name: Pool
				components:
				  - {type: pool, basis: REVENUE, percent: 10, threshold: 1000, cap: %s, split: {by: EQUAL}}
				""";
		PeriodFacts facts = team(rep(1).orders(2, "3000.00", "900.00"), rep(2).orders(1, "1000.00", "300.00"));

		// revenue 4000.00; above 1000.00: 3000.00; 10 % = 300.00; no cap bites at 500
		assertThat(payouts(pay(plan.formatted(500), facts))).containsExactly(eur("150.00"), eur("150.00"));
		// capped at 250.00
		List<Statement> capped = pay(plan.formatted(250), facts);
		assertThat(payouts(capped)).containsExactly(eur("125.00"), eur("125.00"));
		assertThat(capped.get(0).line(Code.THRESHOLD).amount()).isEqualTo(eur("3000.00"));
		assertThat(capped.get(0).line(Code.POOL_CAP).amount()).isEqualTo(eur("250.00"));
	}

	@Test
	void multipliers_multiply_steps_are_clamped_and_a_ramp_interpolates() {
		String plan = """
				name: Pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    multipliers:
				      - metric: CSAT
				        steps: [{at: 4.0, factor: 1.0}, {at: 4.5, factor: 1.2}]
				        otherwise: 0.5
				      - metric: HANDLING_MEDIAN_MINUTES
				        ramp: {from: {at: 60, factor: 0.8}, to: {at: 20, factor: 1.2}}
				    split: {by: EQUAL}
				""";
		SomeReps one = rep(1).orders(1, "2000.00", "1000.00");
		// margin 1000.00 -> 100.00; CSAT 4.6 reaches 4.5: x 1.2 = 120.00; handling 30 min: 0.8 + 0.4 x (30-60)/(20-60)
		// = 0.8 + 0.4 x 0.75 = 1.1 -> 132.00
		List<Statement> happy = pay(plan, withTeam(rep(0).orders(1, "2000.00", "1000.00").csat("4.6", 10).handling(1800),
				one));
		assertThat(payouts(happy)).containsExactly(eur("132.00"));
		assertThat(happy.get(0).lines()).filteredOn(l -> l.code() == Code.MULTIPLIER).extracting(StatementLine::amount)
			.containsExactly(eur("120.00"), eur("132.00"));
		// CSAT 3.9 reaches no step: x 0.5; handling 90 min is beyond the slow end: x 0.8 -> 40.00
		assertThat(payouts(pay(plan, withTeam(rep(0).orders(1, "2000.00", "1000.00").csat("3.9", 10).handling(5400),
				one)))).containsExactly(eur("40.00"));
		// no survey answered: x 1 unless whenMissing says otherwise; 10 min is beyond the fast end: x 1.2 -> 120.00
		assertThat(payouts(pay(plan, withTeam(rep(0).orders(1, "2000.00", "1000.00").handling(600), one))))
			.containsExactly(eur("120.00"));
	}

	@Test
	void a_lower_is_better_step_table_reaches_a_step_at_or_below_it() {
		String plan = """
				name: Pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    multipliers:
				      - metric: REOPEN_PERCENT
				        steps: [{at: 10, factor: 1.0}, {at: 5, factor: 1.1}]
				        otherwise: 0.9
				    split: {by: EQUAL}
				""";
		SomeReps one = rep(1).orders(1, "2000.00", "1000.00");
		// reopen rate 5 % (1 of 20) reaches the step at 5: x 1.1
		assertThat(payouts(pay(plan, withTeam(rep(0).orders(1, "0", "1000.00").reopens(1, 20), one))))
			.containsExactly(eur("110.00"));
		// 20 % reaches none: x 0.9
		assertThat(payouts(pay(plan, withTeam(rep(0).orders(1, "0", "1000.00").reopens(4, 20), one))))
			.containsExactly(eur("90.00"));
	}

	@Test
	void splits_by_hours_and_by_seniority_are_prorated_by_days_on_the_team() {
		String byHours = """
				name: Pool
				components: [{type: pool, basis: GROSS_MARGIN, percent: 10, split: {by: BY_HOURS}}]
				""";
		// pool 10 % of 900.00 = 90.00. Weights: 40 h x 30/30 = 40; 20 h x 30/30 = 20; 40 h x 15/30 = 20 -> 45, 22.50, 22.50
		PeriodFacts facts = team(rep(1).orders(1, "0", "900.00").tenure(40), rep(2).hours("20").tenure(13),
				rep(3).days(15).tenure(0));
		List<Statement> hours = pay(byHours, facts);
		assertThat(payouts(hours)).containsExactly(eur("45.00"), eur("22.50"), eur("22.50"));
		assertThat(hours.get(2).line(Code.WEIGHT).calculation())
			.isEqualTo("by hours: 40 h a week, × 15/30 days = 20 of the team's 80");

		String bySeniority = """
				name: Pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    split:
				      by: BY_SENIORITY
				      seniority: [{fromMonths: 0, weight: 1}, {fromMonths: 12, weight: 1.5}, {fromMonths: 36, weight: 2}]
				""";
		// weights: 2 x 30/30 = 2; 1.5 x 30/30 = 1.5; 1 x 15/30 = 0.5 -> of 4: 45.00, 33.75, 11.25
		assertThat(payouts(pay(bySeniority, facts))).containsExactly(eur("45.00"), eur("33.75"), eur("11.25"));
	}

	@Test
	void a_failed_gate_redistributes_or_withholds_and_a_small_sample_means_what_the_plan_says() {
		String plan = """
				name: Pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    split: {by: EQUAL}
				    gates: [{metric: CSAT, atLeast: 4.0, minSample: 5, smallSample: %s, onFail: %s}]
				""";
		// pool 90.00 among 3; rep 2 has CSAT 3.5 on 6 answers (fails); rep 3 has 2 answers (too few)
		PeriodFacts facts = team(rep(1).orders(1, "0", "900.00").csat("4.5", 8), rep(2).csat("3.5", 6),
				rep(3).csat("3.0", 2));
		assertThat(payouts(pay(plan.formatted("PASS", "REDISTRIBUTE"), facts)))
			.containsExactly(eur("45.00"), eur("0.00"), eur("45.00"));
		assertThat(payouts(pay(plan.formatted("FAIL", "REDISTRIBUTE"), facts)))
			.containsExactly(eur("90.00"), eur("0.00"), eur("0.00"));
		List<Statement> withheld = pay(plan.formatted("PASS", "WITHHOLD"), facts);
		assertThat(payouts(withheld)).containsExactly(eur("30.00"), eur("0.00"), eur("30.00"));
		assertThat(withheld.get(1).line(Code.SPLIT).amount()).isEqualTo(eur("30.00"));
		assertThat(withheld.get(1).line(Code.WITHHELD).amount()).isEqualTo(eur("-30.00"));
		assertThat(withheld.get(1).line(Code.GATE).calculation())
			.isEqualTo("your CSAT 3.5 on 6 survey answers: failed, so your share is not paid (WITHHOLD)");
		assertThat(withheld.get(2).line(Code.GATE).calculation()).isEqualTo(
				"your CSAT 3 on 2 survey answers: fewer than 5, which counts as a pass: passed");
	}

	@Test
	void a_scorecard_normalises_against_the_team_and_caps_each_measure() {
		String plan = """
				name: Pool
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    split:
				      by: BY_SCORECARD
				      scorecard:
				        cap: 1.5
				        measures: [{metric: QUERIES_RESOLVED, weight: 50}, {metric: CSAT, weight: 50}]
				""";
		// queries: 30 of 40 -> fair share 20 each (equal hours and days): 1.5 and 0.5 (rep 1's 1.5 is at the cap)
		// CSAT against the team's 4.0: 4.4 -> 1.1; 3.6 -> 0.9
		// scores: (1.5 x 50 + 1.1 x 50)/100 = 1.3; (0.5 x 50 + 0.9 x 50)/100 = 0.7; weights 40 x 1.3 and 40 x 0.7
		// pool 100.00 -> 65.00 and 35.00
		PeriodFacts facts = withTeam(rep(0).orders(1, "0", "1000.00").queries(40).csat("4.0", 20),
				rep(1).orders(1, "0", "1000.00").queries(30).csat("4.4", 10), rep(2).queries(10).csat("3.6", 10));
		List<Statement> statements = pay(plan, facts);
		assertThat(payouts(statements)).containsExactly(eur("65.00"), eur("35.00"));
		assertThat(statements.get(0).line(Code.SCORECARD).calculation()).isEqualTo(
				"QUERIES_RESOLVED 30 against a fair share of 20 = 1.5, weight 50; CSAT 4.4 against the team's 4 = 1.1, "
						+ "weight 50. Score: the weighted sum / 100 = 1.3");
		// above the cap, more queries earn nothing more: 50 of 60 is 2.5 x a fair share of 30, still counted 1.5
		PeriodFacts more = withTeam(rep(0).orders(1, "0", "1000.00").queries(60).csat("4.0", 20),
				rep(1).orders(1, "0", "1000.00").queries(50).csat("4.4", 10), rep(2).queries(10).csat("3.6", 10));
		List<Statement> overloaded = pay(plan, more);
		assertThat(overloaded.get(0).line(Code.SCORECARD).calculation()).contains("= 1.6667, capped at 1.5");
	}

	@Test
	void prizes_rank_by_a_metric_and_ties_share_or_all_win() {
		String plan = """
				name: Prizes
				components:
				  - {type: prizes, rankBy: ASSISTS_GIVEN, amounts: [300, 100], ties: %s}
				""";
		PeriodFacts facts = team(rep(1).assists(5), rep(2).assists(5), rep(3).assists(2), rep(4));
		// SHARE: reps 1 and 2 tie for 1st and share 300 + 100; rep 3 is 3rd (no prize); rep 4 has none to rank
		List<Statement> shared = pay(plan.formatted("SHARE"), facts);
		assertThat(payouts(shared)).containsExactly(eur("200.00"), eur("200.00"), eur("0.00"), eur("0.00"));
		assertThat(shared.get(3).line(Code.PRIZE).calculation()).isEqualTo("not ranked: ASSISTS_GIVEN is 0: nothing to rank");
		// ALL_WIN: both win the 1st prize; rep 3 is 3rd
		assertThat(payouts(pay(plan.formatted("ALL_WIN"), facts)))
			.containsExactly(eur("300.00"), eur("300.00"), eur("0.00"), eur("0.00"));
		// a shared odd amount: 100.01 / 2 -> the left-over cent to the lower rep id
		assertThat(payouts(pay(plan.formatted("SHARE").replace("[300, 100]", "[100.01]"), facts)))
			.containsExactly(eur("50.01"), eur("50.00"), eur("0.00"), eur("0.00"));
	}

	@Test
	void a_commission_pays_marginal_tiers_with_a_cap_per_rep() {
		String plan = """
				name: Commission
				components:
				  - type: commission
				    basis: REVENUE
				    tiers: [{from: 0, percent: 2}, {from: 10000, percent: 5}]
				    cap: 1000
				""";
		// rep 1: 2 % of 10,000 + 5 % of 5,000 = 200 + 250 = 450; rep 2: 2 % of 4,000.50 = 80.01;
		// rep 3: 200 + 5 % of 30,000 = 1,700 -> capped at 1,000
		List<Statement> statements = pay(plan, team(rep(1).orders(3, "15000.00", "1.00"),
				rep(2).orders(1, "4000.50", "1.00"), rep(3).orders(9, "40000.00", "1.00")));
		assertThat(payouts(statements)).containsExactly(eur("450.00"), eur("80.01"), eur("1000.00"));
		assertThat(statements.get(0).lines()).filteredOn(l -> l.code() == Code.COMMISSION_TIER)
			.extracting(StatementLine::calculation)
			.containsExactly("2% of your revenue between 0.00 EUR and 10000.00 EUR (10000.00 EUR of your 15000.00 EUR) = 200",
					"5% of your revenue between 10000.00 EUR and any amount (5000.00 EUR of your 15000.00 EUR) = 250");
	}

	@Test
	void components_add_up_then_the_floor_and_cap_apply_and_a_minimum_tenure_leaves_newcomers_out() {
		String plan = """
				name: Mix
				minTenureMonths: 3
				components:
				  - {type: pool, basis: GROSS_MARGIN, percent: 10, split: {by: EQUAL}}
				  - {type: commission, basis: GROSS_MARGIN, tiers: [{from: 0, percent: 10}]}
				payout: {floor: 60, cap: 150}
				""";
		// pool 10 % of 1,200 = 120 between reps 1 and 2 (rep 3 has 1 month: takes no part) -> 60 each
		// commission: rep 1 10 % of 1,000 = 100 -> 160, capped at 150; rep 2 10 % of 200 = 20 -> 80
		// rep 3: nothing, and no floor (not taking part)
		List<Statement> statements = pay(plan, team(rep(1).orders(2, "0", "1000.00"), rep(2).orders(1, "0", "200.00"),
				rep(3).tenure(1)));
		assertThat(payouts(statements)).containsExactly(eur("150.00"), eur("80.00"), eur("0.00"));
		assertThat(statements.get(0).line(Code.PAYOUT_CAP).amount()).isEqualTo(eur("-10.00"));
		assertThat(statements.get(0).line(Code.PAYOUT).calculation()).as("the payout names each line it adds up")
			.isEqualTo("60.00 EUR (Your share of Team pool) + 100.00 EUR (Commission) − 10.00 EUR (Cap) = 150.00 EUR");
		assertThat(statements.get(2).line(Code.PAYOUT).calculation()).isEqualTo("no line pays this period: 0.00 EUR");
		assertThat(statements.get(2).line(Code.ELIGIBILITY).calculation())
			.isEqualTo("1 whole months on the team, fewer than the 3 the plan asks: you do not take part this period");
		// with little margin the floor lifts: pool 10 % of 100 = 10 -> 5 each + commission 10 and 0; floor 60 x 30/30
		List<Statement> lean = pay(plan, team(rep(1).orders(1, "0", "100.00"), rep(2).days(15)));
		assertThat(payouts(lean)).containsExactly(eur("60.00"), eur("30.00"));
		assertThat(lean.get(1).line(Code.FLOOR).calculation())
			.isEqualTo("the floor of 60.00 EUR × 15/30 days = 30.00 EUR; your total 3.33 EUR is raised by the difference");
	}

	@Test
	void a_pool_never_comes_to_more_than_the_largest_amount_fairdesk_holds() {
		String tenfold = "{metric: CSAT, steps: [{at: 1, factor: 10}], otherwise: 10}";
		String plan = "name: Huge\ncomponents: [{type: pool, basis: REVENUE, percent: 100, multipliers: ["
				+ String.join(", ", java.util.Collections.nCopies(10, tenfold)) + "], split: {by: EQUAL}}]";
		List<Statement> statements = pay(plan, withTeam(rep(0).orders(1, "999999999999.99", "1.00").csat("4.0", 9),
				rep(1), rep(2)));

		assertThat(payouts(statements)).containsExactly(eur("500000000000.00"), eur("499999999999.99"));
		assertThat(statements.get(0).lines()).filteredOn(l -> l.code() == Code.POOL_CAP).last()
			.satisfies(l -> assertThat(l.amount()).isEqualTo(eur("999999999999.99")));
	}

	@Test
	void components_that_together_would_pay_a_rep_more_than_the_largest_amount_are_refused_not_paid() {
		// two uncapped pools of all the revenue: each is within the largest amount, together they are twice it
		String plan = "name: Twice\ncomponents: [{type: pool, basis: REVENUE, percent: 100, split: {by: EQUAL}},"
				+ " {type: pool, basis: REVENUE, percent: 100, split: {by: EQUAL}}]\npayout: {floor: 999999999999.99}";
		PeriodFacts facts = team(rep(1).orders(1, "999999999999.99", "1.00"));

		org.fairdesk.shared.InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
				org.fairdesk.shared.InvalidInputException.class, () -> pay(plan, facts));

		assertThat(refused.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("document");
			// no rep's name or pay: any rep's own statement calculates the team's month and would read this
			assertThat(problem.message()).isEqualTo("Twice version 2 would pay a rep more for 2026-04 than the largest"
					+ " amount Fairdesk pays (999999999999.99): its components together must pay a rep at most that;"
					+ " cap its pools and commissions or lower its prizes")
				.doesNotContain(facts.reps().get(0).name());
		});
		// one pool of it is paid in full: exactly the largest amount, and the floor adds nothing
		List<Statement> one = pay("name: Once\ncomponents: [{type: pool, basis: REVENUE, percent: 100, split: {by: EQUAL}}]"
				+ "\npayout: {floor: 999999999999.99}", facts);
		assertThat(payouts(one)).containsExactly(eur("999999999999.99"));
	}

	@Test
	void a_pool_nobody_shares_is_not_paid_and_says_so() {
		String plan = "name: Hours\ncomponents: [{type: pool, basis: GROSS_MARGIN, percent: 10, split: {by: BY_HOURS}}]";
		List<Statement> statements = pay(plan, team(rep(1).orders(1, "0", "500.00").hours("0"), rep(2).hours("0")));

		assertThat(payouts(statements)).containsExactly(eur("0.00"), eur("0.00"));
		assertThat(statements.get(0).line(Code.UNSHARED).calculation())
			.isEqualTo("no rep who takes part has a weight in it, so nobody shares 50.00 EUR and it is not paid");
	}

	@Test
	void the_floor_does_not_pay_back_what_a_gate_withheld() {
		String plan = """
				name: Gated with a floor
				components:
				  - type: pool
				    basis: GROSS_MARGIN
				    percent: 10
				    split: {by: EQUAL}
				    gates: [{metric: CSAT, atLeast: 4.0, onFail: WITHHOLD}]
				payout: {floor: 100}
				""";
		List<Statement> statements = pay(plan, team(rep(1).orders(1, "0", "200.00").csat("3.0", 5),
				rep(2).csat("4.5", 5)));

		// pool 20.00, 10.00 each; rep 1's share is withheld and the floor does not make it good
		assertThat(payouts(statements)).containsExactly(eur("0.00"), eur("100.00"));
		assertThat(statements.get(0).line(Code.FLOOR).amount()).isNull();
	}

	@Test
	void a_basis_below_the_threshold_funds_nothing_and_the_line_says_why() {
		String plan = "name: T\ncomponents: [{type: pool, basis: REVENUE, percent: 10, threshold: 5000, split: {by: EQUAL}}]";
		List<Statement> statements = pay(plan, team(rep(1).orders(1, "100.00", "10.00")));

		assertThat(statements.get(0).line(Code.THRESHOLD).calculation())
			.isEqualTo("100.00 EUR is not above the threshold of 5000.00 EUR, so nothing counts");
		assertThat(payouts(statements)).containsExactly(eur("0.00"));
	}

	@Test
	void a_scorecard_of_zero_wins_no_place() {
		String plan = """
				name: Best helper
				components:
				  - type: prizes
				    rankBy: SCORECARD
				    scorecard: {cap: 2, measures: [{metric: ASSISTS_GIVEN, weight: 100}]}
				    amounts: [100, 50]
				    ties: SHARE
				""";
		List<Statement> statements = pay(plan, team(rep(1).assists(3), rep(2)));

		assertThat(payouts(statements)).containsExactly(eur("100.00"), eur("0.00"));
		assertThat(statements.get(1).line(Code.PRIZE).calculation()).isEqualTo("not ranked: a score of 0: nothing to rank");
	}
}
