package org.fairdesk.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Component;
import org.fairdesk.incentives.PlanDocument.Gate;
import org.fairdesk.incentives.PlanDocument.OnFail;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.Prizes;
import org.fairdesk.incentives.PlanDocument.Scorecard;
import org.fairdesk.incentives.PlanDocument.SmallSample;
import org.fairdesk.incentives.PlanDocument.SplitBy;
import org.fairdesk.incentives.SomePlanTexts.Shape;
import org.fairdesk.incentives.SomeTeams.Member;
import org.fairdesk.incentives.SomeTeams.Orders;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The calculator's promises over generated teams (1 to 40 reps, {@link SomeTeams}) and generated plans, written as
 * YAML and read by the real reader ({@link SomePlanTexts}), so that every plan passes the plan checks. Each property
 * reads the statements as a rep or a program does: by line code and rule, never by position.
 */
class CalculatorProperties {

	private static final Money ZERO = Money.zero(SomeTeams.EUR);

	private static final Pattern SCORE = Pattern.compile("Score: the weighted sum / 100 = (-?[0-9.]+)$");

	private static final Pattern MEASURE = Pattern.compile(
			"= (-?[0-9.]+)(, capped at ([0-9.]+))?, weight ([0-9.]+)");

	private static final Pattern EXACT = Pattern
		.compile("^your weight's part of [0-9.]+ EUR = (-?[0-9.E+-]+?)…?(, rounded.*)?$");

	// 1
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void a_split_always_sums_exactly_to_the_pool(@ForAll("teams") List<Member> team,
			@ForAll("poolPlans") String yaml) {
		PlanVersion plan = SomePlans.version(yaml);
		PeriodFacts facts = SomeTeams.facts(team);
		List<Statement> statements = Calculator.calculate(plan, facts);

		List<Component> components = plan.document().components();
		for (int i = 0; i < components.size(); i++) {
			if (components.get(i) instanceof Pool pool) {
				String rule = "components[" + i + "]";
				Money amount = statements.get(0).lines().stream()
					.filter(l -> l.code() == Code.POOL && l.rule().equals(rule))
					.findFirst().orElseThrow().amount();
				Money shared = sum(statements, Code.SPLIT, rule + ".split");
				boolean weighs = someoneWeighs(pool, rule, plan, facts, statements);
				Statistics.label("someone weighs").collect(weighs);
				assertThat(shared).isEqualTo(weighs ? amount : ZERO);
			}
		}
	}

	// 2
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void more_basis_never_lowers_the_pool(@ForAll("teams") List<Member> team,
			@ForAll("poolPlansOnFixedFigures") String yaml, @ForAll @IntRange(min = 0, max = 39) int which,
			@ForAll @LongRange(min = 0, max = 10_000_000) long moreRevenue,
			@ForAll @LongRange(min = 0, max = 10_000_000) long moreMargin) {
		Member before = team.get(which % team.size());
		Orders o = before.rep().orders();
		Member after = before.with(before.rep().withOrders(new Orders(Math.max(1, o.count()),
				o.revenueCents() + moreRevenue, o.marginCents() + moreMargin)));
		PlanVersion plan = SomePlans.version(yaml);

		List<Statement> less = Calculator.calculate(plan, SomeTeams.facts(team));
		List<Statement> more = Calculator.calculate(plan, SomeTeams.facts(SomeTeams.replaced(team, after)));

		List<Money> lessPools = pools(less.get(0));
		List<Money> morePools = pools(more.get(0));
		assertThat(morePools).hasSameSizeAs(lessPools);
		for (int i = 0; i < lessPools.size(); i++) {
			assertThat(morePools.get(i)).isGreaterThanOrEqualTo(lessPools.get(i));
			Statistics.label("pool grew").collect(morePools.get(i).compareTo(lessPools.get(i)) > 0);
		}
	}

	// 3
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void a_gated_rep_gets_nothing_from_the_gated_component(@ForAll("teams") List<Member> team,
			@ForAll("anyPlans") String yaml) {
		PlanVersion plan = SomePlans.version(yaml);
		PeriodFacts facts = SomeTeams.facts(team);
		List<Statement> statements = Calculator.calculate(plan, facts);

		List<Component> components = plan.document().components();
		for (Statement statement : statements) {
			RepFacts rep = rep(facts, statement.repId());
			if (!takesPart(rep, plan)) {
				assertThat(statement.payout()).isEqualTo(ZERO);
				continue;
			}
			for (int i = 0; i < components.size(); i++) {
				String rule = "components[" + i + "]";
				List<Gate> gates = components.get(i).gates() == null ? List.of() : components.get(i).gates();
				for (int g = 0; g < gates.size(); g++) {
					String gateRule = rule + ".gates[" + g + "]";
					StatementLine line = statement.lines().stream().filter(l -> l.code() == Code.GATE
							&& l.rule().equals(gateRule)).findFirst().orElseThrow();
					assertThat(line.calculation()).endsWith(passes(gates.get(g), rep) ? ": passed"
							: (gates.get(g).onFail() == OnFail.REDISTRIBUTE ? "(REDISTRIBUTE)" : "(WITHHOLD)"));
				}
				List<Gate> failed = gates.stream().filter(g -> !passes(g, rep)).toList();
				if (failed.isEmpty()) {
					continue;
				}
				Money paid = statement.lines().stream()
					.filter(l -> l.amount() != null && belongs(l, rule) && (l.code() == Code.SPLIT
							|| l.code() == Code.PRIZE || l.code() == Code.COMMISSION || l.code() == Code.WITHHELD))
					.map(StatementLine::amount)
					.reduce(ZERO, Money::plus);
				assertThat(paid).as("what %s pays a rep who failed %s", rule, failed).isEqualTo(ZERO);
				if (failed.stream().anyMatch(g -> g.onFail() == OnFail.REDISTRIBUTE)) {
					assertThat(statement.lines()).noneMatch(l -> belongs(l, rule) && l.code() == Code.SPLIT);
				}
				Statistics.label("failed").collect(components.get(i).getClass().getSimpleName(),
						failed.stream().anyMatch(g -> g.onFail() == OnFail.REDISTRIBUTE));
			}
		}
	}

	// 4
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void the_whole_pool_is_paid_under_redistribute_and_never_more_under_withhold(@ForAll("teams") List<Member> team,
			@ForAll("singlePoolPlans") String yaml) {
		PlanVersion plan = SomePlans.version(yaml);
		PeriodFacts facts = SomeTeams.facts(team);
		List<Statement> statements = Calculator.calculate(plan, facts);

		Pool pool = (Pool) plan.document().components().get(0);
		Money amount = statements.get(0).line(Code.POOL).amount();
		Money paid = statements.stream().map(Statement::payout).reduce(ZERO, Money::plus);
		Money withheld = sum(statements, Code.WITHHELD, "components[0].gates");
		boolean withholds = pool.gates() != null && pool.gates().stream().anyMatch(g -> g.onFail() == OnFail.WITHHOLD);
		boolean weighs = someoneWeighs(pool, "components[0]", plan, facts, statements);

		assertThat(paid).isLessThanOrEqualTo(amount);
		if (weighs) {
			assertThat(paid).isEqualTo(amount.plus(withheld));
			if (!withholds) {
				assertThat(paid).isEqualTo(amount);
			}
		}
		else {
			assertThat(paid).isEqualTo(ZERO);
		}
		Statistics.label("gates").collect(pool.gates() == null ? "none" : withholds ? "some WITHHOLD" : "REDISTRIBUTE");
	}

	// 5
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void proration_is_proportional_to_days_present(@ForAll("teamsBesideOne") List<Member> team,
			@ForAll("proratedPlans") String yaml, @ForAll @IntRange(min = 0, max = 39) int which,
			@ForAll @IntRange(min = 1, max = 30) int days) {
		Member a = team.get(which % team.size());
		Member b = new Member(SomeTeams.unusedId(team), a.rep().withDays(days));
		List<Member> both = new ArrayList<>(team);
		both.add(b);
		PeriodFacts facts = SomeTeams.facts(both);
		List<Statement> statements = Calculator.calculate(SomePlans.version(yaml), facts);

		Statement sa = statement(statements, a.id());
		Statement sb = statement(statements, b.id());
		List<StatementLine> splitA = sa.lines().stream().filter(l -> l.code() == Code.SPLIT).toList();
		List<StatementLine> splitB = sb.lines().stream().filter(l -> l.code() == Code.SPLIT).toList();
		assertThat(splitA).hasSameSizeAs(splitB);
		if (splitA.isEmpty()) {
			return;
		}
		BigDecimal da = BigDecimal.valueOf(a.rep().presence().days());
		BigDecimal db = BigDecimal.valueOf(days);
		// the exact shares are in the ratio of the days, to the 6 decimals (cut, not rounded) a statement shows them
		BigDecimal exactA = exact(splitA.get(0));
		BigDecimal exactB = exact(splitB.get(0));
		BigDecimal tolerance = da.add(db).multiply(new BigDecimal("1e-6"));
		assertThat(exactA.multiply(db).subtract(exactB.multiply(da)).abs()).isLessThanOrEqualTo(tolerance);
		// and each paid share is less than a cent from its exact one
		BigDecimal shareA = splitA.get(0).amount().amount();
		BigDecimal shareB = splitB.get(0).amount().amount();
		assertThat(shareA.subtract(exactA).abs()).isLessThan(new BigDecimal("0.01"));
		assertThat(shareB.subtract(exactB).abs()).isLessThan(new BigDecimal("0.01"));
		assertThat(shareA.multiply(db).subtract(shareB.multiply(da)).abs())
			.isLessThan(new BigDecimal("0.01").multiply(da.add(db)));
	}

	// 6
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void the_result_does_not_depend_on_the_order_of_the_reps(@ForAll("teams") List<Member> team,
			@ForAll("anyPlans") String yaml, @ForAll Random random) {
		PlanVersion plan = SomePlans.version(yaml);
		List<Member> shuffled = new ArrayList<>(team);
		Collections.shuffle(shuffled, random);

		assertThat(Calculator.calculate(plan, SomeTeams.facts(shuffled)))
			.isEqualTo(Calculator.calculate(plan, SomeTeams.facts(team)));
	}

	// 7
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void a_scorecard_never_counts_a_measure_above_its_cap(@ForAll("teams") List<Member> team,
			@ForAll("scorecardPlans") String yaml) {
		PlanVersion plan = SomePlans.version(yaml);
		List<Statement> statements = Calculator.calculate(plan, SomeTeams.facts(team));

		List<Component> components = plan.document().components();
		for (int i = 0; i < components.size(); i++) {
			Scorecard card = components.get(i) instanceof Pool pool ? pool.split().scorecard()
					: components.get(i) instanceof Prizes prizes ? prizes.scorecard() : null;
			if (card == null) {
				continue;
			}
			String rule = "components[" + i + "]";
			for (Statement statement : statements) {
				for (StatementLine line : statement.lines()) {
					if (line.code() == Code.SCORECARD && belongs(line, rule)) {
						scoreWithinCap(line.calculation(), card);
					}
					if (line.code() == Code.PRIZE && line.rule().equals(rule) && line.amount() != null
							&& line.calculation().contains(" by SCORECARD (")) {
						String score = line.calculation().replaceAll("^.* by SCORECARD \\(([0-9.]+)\\).*$", "$1");
						assertThat(new BigDecimal(score)).isLessThanOrEqualTo(card.cap());
					}
				}
			}
		}
	}

	// 8
	@Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
	void a_payout_is_never_negative_and_is_the_sum_of_the_lines_that_pay(@ForAll("teams") List<Member> team,
			@ForAll("anyPlans") String yaml) {
		PlanVersion plan = SomePlans.version(yaml);
		List<Statement> statements = Calculator.calculate(plan, SomeTeams.facts(team));

		assertThat(statements).hasSameSizeAs(team);
		for (Statement statement : statements) {
			assertThat(statement.payout().isNegative()).as("payout of %s", statement.repName()).isFalse();
			assertThat(statement.line(Code.PAYOUT).amount()).isEqualTo(statement.payout());
			Money paid = statement.lines().stream()
				.filter(l -> l.code() == Code.SPLIT || l.code() == Code.WITHHELD || l.code() == Code.PRIZE
						|| l.code() == Code.COMMISSION || l.code() == Code.FLOOR || l.code() == Code.PAYOUT_CAP)
				.filter(l -> l.amount() != null)
				.map(StatementLine::amount)
				.reduce(ZERO, Money::plus);
			assertThat(paid).isEqualTo(statement.payout());
			assertThat(writtenSum(statement.line(Code.PAYOUT).calculation(), statement.payout()))
				.as("the payout's calculation adds up to it: %s", statement.line(Code.PAYOUT).calculation())
				.isEqualByComparingTo(statement.payout().amount());
			PlanDocument.PayoutLimits limits = plan.document().payout();
			if (limits != null && limits.cap() != null) {
				assertThat(statement.payout().amount()).isLessThanOrEqualTo(limits.cap());
			}
		}
	}

	/**
	 * The sum a payout line writes out ("60.00 EUR (Share) + 100.00 EUR (Commission) − 10.00 EUR (Cap) = 150.00 EUR"),
	 * read back term by term; "no line pays" reads as its stated total.
	 */
	private static BigDecimal writtenSum(String calculation, Money payout) {
		if (calculation.startsWith("no line pays this period: ")) {
			return new BigDecimal(calculation.replaceAll("^.*: (-?[0-9.]+) [A-Z]{3}$", "$1"));
		}
		java.util.regex.Matcher term = java.util.regex.Pattern
			.compile("(?:^|([+−]) )(-?[0-9]+(?:\\.[0-9]+)?) " + payout.currency() + " \\(")
			.matcher(calculation);
		BigDecimal sum = BigDecimal.ZERO;
		int terms = 0;
		while (term.find()) {
			BigDecimal amount = new BigDecimal(term.group(2));
			sum = "−".equals(term.group(1)) ? sum.subtract(amount) : sum.add(amount);
			terms++;
		}
		assertThat(terms).as("terms in %s", calculation).isPositive();
		if (terms > 1) {
			assertThat(calculation).endsWith(" = " + payout);
		}
		return sum;
	}

	/** The generated facts are a facts document the evaluate endpoint accepts: every figure consistent. */
	@Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
	void generated_facts_pass_the_facts_document_checks(@ForAll("teams") List<Member> team) {
		PeriodFacts facts = SomeTeams.facts(team);

		assertThatCode(() -> FactsDocuments.parse(FactsDocuments.write(facts), "facts")).doesNotThrowAnyException();
	}

	@Provide
	Arbitrary<List<Member>> teams() {
		return SomeTeams.teams();
	}

	@Provide
	Arbitrary<List<Member>> teamsBesideOne() {
		return SomeTeams.teams(1, 39);
	}

	@Provide
	Arbitrary<String> anyPlans() {
		return SomePlanTexts.plans(Shape.any());
	}

	@Provide
	Arbitrary<String> poolPlans() {
		return SomePlanTexts.plans(Shape.pools());
	}

	@Provide
	Arbitrary<String> poolPlansOnFixedFigures() {
		return SomePlanTexts.plans(Shape.pools().withoutOrderMultipliers());
	}

	@Provide
	Arbitrary<String> singlePoolPlans() {
		return SomePlanTexts.plans(Shape.onePool());
	}

	@Provide
	Arbitrary<String> proratedPlans() {
		return SomePlanTexts.plans(Shape.onePool().splits("EQUAL", "BY_HOURS").withoutGates().withoutMinTenure());
	}

	@Provide
	Arbitrary<String> scorecardPlans() {
		// pools split by scorecard, or any plan (prizes by scorecard among them)
		return Arbitraries.oneOf(SomePlanTexts.plans(Shape.pools().splits("BY_SCORECARD")),
				SomePlanTexts.plans(Shape.any()));
	}

	/**
	 * Whether a rep who shares the pool (takes part and passes its REDISTRIBUTE gates) has a weight above zero: every
	 * one does with EQUAL and BY_SENIORITY, one with hours with BY_HOURS, one with hours and a score above zero (their
	 * SCORECARD line's) with BY_SCORECARD.
	 */
	private static boolean someoneWeighs(Pool pool, String rule, PlanVersion plan, PeriodFacts facts,
			List<Statement> statements) {
		for (RepFacts rep : facts.reps()) {
			boolean redistributed = pool.gates() != null
					&& pool.gates().stream().anyMatch(g -> g.onFail() == OnFail.REDISTRIBUTE && !passes(g, rep));
			if (!takesPart(rep, plan) || redistributed) {
				continue;
			}
			SplitBy by = pool.split().by();
			boolean hours = rep.hoursPerWeek().signum() > 0;
			if (by == SplitBy.EQUAL || by == SplitBy.BY_SENIORITY || by == SplitBy.BY_HOURS && hours
					|| by == SplitBy.BY_SCORECARD && hours && score(statement(statements, rep.repId().value()),
							rule + ".split.scorecard").signum() > 0) {
				return true;
			}
		}
		return false;
	}

	private static BigDecimal score(Statement statement, String rule) {
		String calculation = statement.lines().stream()
			.filter(l -> l.code() == Code.SCORECARD && l.rule().equals(rule))
			.findFirst().orElseThrow().calculation();
		Matcher matcher = SCORE.matcher(calculation);
		assertThat(matcher.find()).as(calculation).isTrue();
		return new BigDecimal(matcher.group(1));
	}

	/**
	 * A SCORECARD line: each measure counts at most the cap, the score is their weighted sum / 100 and so at most the
	 * cap, and exactly the cap when every measure reaches it.
	 */
	private static void scoreWithinCap(String calculation, Scorecard card) {
		Matcher measures = MEASURE.matcher(calculation);
		BigDecimal sum = BigDecimal.ZERO;
		boolean allCapped = true;
		int count = 0;
		while (measures.find()) {
			BigDecimal normalised = new BigDecimal(measures.group(1));
			assertThat(normalised.signum()).as(calculation).isGreaterThanOrEqualTo(0);
			assertThat(measures.group(3) != null).as(calculation).isEqualTo(normalised.compareTo(card.cap()) > 0);
			sum = sum.add(normalised.min(card.cap()).multiply(new BigDecimal(measures.group(4))));
			allCapped &= normalised.compareTo(card.cap()) >= 0;
			count++;
		}
		assertThat(count).as(calculation).isEqualTo(card.measures().size());
		Matcher total = SCORE.matcher(calculation);
		assertThat(total.find()).as(calculation).isTrue();
		BigDecimal score = new BigDecimal(total.group(1));
		assertThat(score).as(calculation).isLessThanOrEqualTo(card.cap());
		assertThat(score).as(calculation)
			.isEqualByComparingTo(sum.divide(Numbers.HUNDRED).setScale(4, RoundingMode.HALF_EVEN));
		if (allCapped) {
			assertThat(score).as(calculation).isEqualByComparingTo(card.cap());
		}
		Statistics.label("every measure capped").collect(allCapped);
	}

	/** A gate as docs/plans.md states it: a missing value or too small a sample is what smallSample says. */
	private static boolean passes(Gate gate, RepFacts rep) {
		Metric metric = gate.metric();
		BigDecimal value = metric.of(rep.figures());
		boolean small = gate.minSample() != null && metric.sampleOf(rep.figures()) < gate.minSample();
		if (value == null || small) {
			return gate.smallSample() != SmallSample.FAIL;
		}
		return gate.atLeast() != null ? value.compareTo(gate.atLeast()) >= 0 : value.compareTo(gate.atMost()) <= 0;
	}

	private static boolean takesPart(RepFacts rep, PlanVersion plan) {
		Long min = plan.document().minTenureMonths();
		return rep.daysOnTeam() > 0 && rep.tenureMonths() >= (min == null ? 0 : min);
	}

	private static boolean belongs(StatementLine line, String rule) {
		return line.rule().equals(rule) || line.rule().startsWith(rule + ".");
	}

	private static BigDecimal exact(StatementLine split) {
		Matcher matcher = EXACT.matcher(split.calculation());
		assertThat(matcher.matches()).as(split.calculation()).isTrue();
		return new BigDecimal(matcher.group(1));
	}

	private static Money sum(List<Statement> statements, Code code, String rule) {
		return statements.stream()
			.flatMap(s -> s.lines().stream())
			.filter(l -> l.code() == code && l.rule().equals(rule))
			.map(StatementLine::amount)
			.reduce(ZERO, Money::plus);
	}

	private static List<Money> pools(Statement statement) {
		return statement.lines().stream().filter(l -> l.code() == Code.POOL).map(StatementLine::amount).toList();
	}

	private static RepFacts rep(PeriodFacts facts, RepId id) {
		return facts.reps().stream().filter(r -> r.repId().equals(id)).findFirst().orElseThrow();
	}

	private static Statement statement(List<Statement> statements, long id) {
		return statements.stream().filter(s -> s.repId().value() == id).findFirst().orElseThrow();
	}
}
