package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fairdesk.incentives.GateRule.Verdict;
import org.fairdesk.incentives.PeriodFacts.RepFacts;
import org.fairdesk.incentives.PlanDocument.Basis;
import org.fairdesk.incentives.PlanDocument.Multiplier;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.SplitBy;
import org.fairdesk.incentives.StatementLine.Code;
import org.fairdesk.shared.Money;

/**
 * A team pool: the team's basis (its revenue or gross margin, the dashboard's figure), the part above the
 * threshold, times the rate and each multiplier, at most the cap, rounded once; then split among the reps who take
 * part and pass its gates ({@link SplitRule}, {@link GateRule}).
 */
final class PoolRule {

	private PoolRule() {
	}

	static void apply(Pool pool, String rule, Month month, Ledger ledger) {
		Money amount = fund(pool, rule, month, ledger);
		List<RepFacts> sharing = new ArrayList<>();
		// by id: a rep's facts hash their every figure and request id
		java.util.Set<org.fairdesk.people.RepId> withheld = new java.util.HashSet<>();
		for (RepFacts rep : month.participants()) {
			Verdict verdict = GateRule.judge(pool.gates(), rule, rep, ledger);
			if (verdict != Verdict.REDISTRIBUTED) {
				sharing.add(rep);
			}
			if (verdict == Verdict.WITHHELD) {
				withheld.add(rep.repId());
			}
		}
		ScorecardRule.Scores scores = null;
		if (pool.split().by() == SplitBy.BY_SCORECARD) {
			scores = ScorecardRule.score(pool.split().scorecard(), sharing, month);
			ScorecardRule.show(scores, rule + ".split.scorecard", sharing, ledger);
		}
		List<SplitRule.Weight> weights = SplitRule.weights(pool.split(), sharing, scores);
		List<Money> shares = SplitRule.share(amount, weights, rule, pool.title(), month, ledger);
		for (int i = 0; i < sharing.size(); i++) {
			if (withheld.contains(sharing.get(i).repId())) {
				ledger.award(sharing.get(i), new StatementLine(Code.WITHHELD, rule + ".gates", "Withheld: " + pool.title(),
						"a gate failed with WITHHOLD, so your share of " + shares.get(i) + " is not paid",
						shares.get(i).times(BigDecimal.ONE.negate())));
			}
		}
	}

	/** The pool, with a line for each step every rep sees. */
	private static Money fund(Pool pool, String rule, Month month, Ledger ledger) {
		PeriodFacts facts = month.facts();
		Money basis = pool.basis() == Basis.REVENUE ? facts.team().orders().revenue() : facts.team().orders().margin();
		String title = pool.title();
		ledger.everyone(new StatementLine(Code.TEAM_BASIS, rule, title + ": team " + basisName(pool.basis()) + ", "
				+ facts.period(), facts.team().orders().fulfilled() + " fulfilled orders of team " + facts.teamName(),
				basis));
		BigDecimal above = basis.amount();
		if (pool.threshold() != null) {
			Money threshold = month.money(pool.threshold());
			boolean over = above.compareTo(pool.threshold()) > 0;
			above = over ? above.subtract(pool.threshold()) : BigDecimal.ZERO;
			ledger.everyone(new StatementLine(Code.THRESHOLD, rule + ".threshold", title + ": above the threshold",
					over ? "only the part above " + threshold + " counts: " + basis + " − " + threshold + " = "
							+ month.money(above)
							: basis + " is not above the threshold of " + threshold + ", so nothing counts",
					month.money(above)));
		}
		BigDecimal running = above.max(BigDecimal.ZERO).multiply(pool.percent()).divide(Numbers.HUNDRED);
		ledger.everyone(new StatementLine(Code.FUNDING, rule + ".percent", title + ": funding",
				above.signum() < 0 ? "the basis is negative, so the funding is 0"
						: Numbers.written(pool.percent()) + "% of " + month.money(above) + " = " + Numbers.written(running),
				month.money(running)));
		List<Multiplier> multipliers = pool.multipliersOrNone();
		for (int i = 0; i < multipliers.size(); i++) {
			MultiplierRule.Factor factor = MultiplierRule.factor(multipliers.get(i), facts.team());
			BigDecimal before = running;
			running = running.multiply(factor.value());
			ledger.everyone(new StatementLine(Code.MULTIPLIER, rule + ".multipliers[" + i + "]",
					title + ": " + multipliers.get(i).metric() + " multiplier", factor.reason() + ": "
							+ Numbers.written(before) + " × " + Numbers.written(factor.value()) + " = "
							+ Numbers.written(running), month.money(running)));
		}
		if (pool.cap() != null && running.compareTo(pool.cap()) > 0) {
			ledger.everyone(new StatementLine(Code.POOL_CAP, rule + ".cap", title + ": cap",
					Numbers.written(running) + " is more than the cap, so " + month.money(pool.cap()),
					month.money(pool.cap())));
			running = pool.cap();
		}
		if (running.compareTo(Numbers.LARGEST_AMOUNT) > 0) {
			// Ten multipliers of 10 on a large basis could otherwise fund a pool no statement can hold.
			ledger.everyone(new StatementLine(Code.POOL_CAP, rule, title + ": the largest amount Fairdesk pays",
					Numbers.written(running) + " is more than any amount may be (less than 10^12), so "
							+ month.money(Numbers.LARGEST_AMOUNT), month.money(Numbers.LARGEST_AMOUNT)));
			running = Numbers.LARGEST_AMOUNT;
		}
		Money amount = month.money(running);
		ledger.everyone(new StatementLine(Code.POOL, rule, title, Numbers.written(running) + " rounded once to "
				+ Money.ofMinor(1, month.currency()) + " = " + amount, amount));
		return amount;
	}

	private static String basisName(Basis basis) {
		return basis == Basis.REVENUE ? "revenue" : "gross margin";
	}
}
