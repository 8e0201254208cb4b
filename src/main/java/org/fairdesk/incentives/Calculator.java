package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.shared.Money;

/**
 * The calculator: {@code (plan version, period facts) -> statements}. A pure function: no I/O, no clock, no
 * state. Preview, close, backtest and simulation all call this one.
 */
public final class Calculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The plan blocks a line comes from, as the plan document names them. */
	private static final String POOL_RULE = "pool";

	private static final String SPLIT_RULE = "split";

	private Calculator() {
	}

	public static List<Statement> calculate(PlanVersion plan, PeriodFacts facts) {
		List<RepFacts> reps = facts.reps().stream().sorted(Comparator.comparing(r -> r.repId().value())).toList();
		if (reps.isEmpty()) {
			return List.of();
		}
		PlanDocument.Pool rule = plan.document().pool();
		Money margin = reps.stream().map(RepFacts::grossMargin).reduce(Money.zero(facts.currency()), Money::plus);
		long orders = reps.stream().mapToLong(RepFacts::ordersFulfilled).sum();
		Money pool = margin.atLeastZero().times(rule.percent().divide(HUNDRED));
		List<Money> shares = pool.allocateEqually(reps.size());

		StatementLine marginLine = new StatementLine(Code.TEAM_BASIS, POOL_RULE, "Team gross margin, " + facts.period(),
				orders + " fulfilled orders of team " + facts.teamName(), margin);
		StatementLine poolLine = new StatementLine(Code.POOL, POOL_RULE, "Team pool",
				poolCalculation(rule.percent(), margin, pool), pool);
		String split = pool + " / " + reps.size() + (reps.size() == 1 ? " rep = " : " reps = ")
				+ pool.amount().divide(BigDecimal.valueOf(reps.size()), MathContext.DECIMAL64).toPlainString() + " each";
		long extraUnits = pool.minorUnits() % reps.size();

		List<Statement> statements = new ArrayList<>();
		for (int i = 0; i < reps.size(); i++) {
			RepFacts rep = reps.get(i);
			Money share = shares.get(i);
			List<StatementLine> lines = List.of(marginLine, poolLine,
					new StatementLine(Code.OWN_FIGURES, POOL_RULE, "Your fulfilled orders (for reference)",
							rep.ordersFulfilled() + " orders, gross margin " + rep.grossMargin(), rep.grossMargin()),
					new StatementLine(Code.SPLIT, SPLIT_RULE, "Equal split", split, share),
					new StatementLine(Code.PAYOUT, SPLIT_RULE, "Payout", roundingNote(share, extraUnits, pool), share));
			statements.add(new Statement(rep.repId(), rep.name(), facts.teamId(), facts.period(), plan.name(),
					plan.version(), share, lines));
		}
		return statements;
	}

	private static String poolCalculation(BigDecimal percent, Money margin, Money pool) {
		if (margin.isNegative()) {
			return "gross margin is negative, so the pool is " + pool;
		}
		return written(percent) + "% of " + margin + " = " + pool;
	}

	/**
	 * A percentage as the plan has it. Plans published before percentages were limited to four decimals may hold one
	 * like 1e-150000000, which written out in full would be 150 million characters on every statement.
	 */
	private static String written(BigDecimal percent) {
		BigDecimal stripped = percent.stripTrailingZeros();
		return Math.abs(stripped.scale()) <= 20 ? stripped.toPlainString() : stripped.toString();
	}

	private static String roundingNote(Money share, long extraUnits, Money pool) {
		if (extraUnits == 0) {
			return "the pool divides exactly: " + share;
		}
		Money unit = Money.ofMinor(1, pool.currency());
		String receivers = extraUnits == 1 ? "goes to the first rep" : "go " + unit + " each to the first " + extraUnits
				+ " reps";
		return "rounded to " + unit + "; the " + Money.ofMinor(extraUnits, pool.currency())
				+ " left over by rounding " + receivers + " by rep number, so the shares sum exactly to " + pool;
	}
}
