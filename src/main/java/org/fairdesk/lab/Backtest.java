package org.fairdesk.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fairdesk.incentives.Calculator;
import org.fairdesk.incentives.IncentiveManagement.RecordedMonth;
import org.fairdesk.incentives.PeriodFacts;
import org.fairdesk.incentives.PlanVersion;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The backtest itself, a pure function: plans and a team's recorded months in, each plan's pay beside what was paid
 * out. Every payout comes from the incentives module's one {@link Calculator}; this class only adds payouts up and
 * measures them ({@link BacktestStatistics}).
 */
public final class Backtest {

	/** What the outcomes are compared with when no plan is named. */
	public static final String PAID = "PAID";

	/**
	 * A plan to run.
	 *
	 * @param version the published version's number; null for a document
	 */
	public record Plan(String name, @Nullable Integer version, PlanVersion plan) {
	}

	private Backtest() {
	}

	/**
	 * Runs each plan on each month's facts.
	 *
	 * @param months oldest first, at least one
	 * @param against the index of the plan to compare with; null for what was paid
	 */
	public static BacktestResult run(long teamId, String teamName, Currency currency, List<Plan> plans,
			List<RecordedMonth> months, @Nullable Integer against) {
		Money zero = Money.zero(currency);
		List<Map<RepId, Money>> paid = months.stream().map(m -> payouts(m.paid(), zero)).toList();
		List<List<Map<RepId, Money>>> planned = plans.stream()
			.map(plan -> months.stream().map(m -> payouts(Calculator.calculate(plan.plan(), m.facts()), zero)).toList())
			.toList();
		List<Map<RepId, String>> reps = new ArrayList<>();
		for (int i = 0; i < months.size(); i++) {
			reps.add(reps(months.get(i), i, paid, planned));
		}
		List<Map<RepId, Money>> base = against == null ? paid : planned.get(against);
		List<BacktestResult.Month> figures = months.stream()
			.map(m -> new BacktestResult.Month(m.period(), m.provisional(), m.facts().team().orders().margin(),
					m.facts().team().orders().revenue()))
			.toList();
		List<BacktestResult.Outcome> outcomes = new ArrayList<>();
		for (int p = 0; p < plans.size(); p++) {
			outcomes.add(outcome(plans.get(p).name(), plans.get(p).version(), figures, reps, planned.get(p), base,
					zero));
		}
		return new BacktestResult(teamId, teamName, currency.getCurrencyCode(), months.get(0).period(),
				months.get(months.size() - 1).period(), against == null ? PAID : plans.get(against).name(), against,
				figures, outcome("Paid", null, figures, reps, paid, base, zero), outcomes);
	}

	/** A rep's statements of a month may be several (a rep paid adjustments alone): their payouts add up. */
	private static Map<RepId, Money> payouts(List<Statement> statements, Money zero) {
		Map<RepId, Money> payouts = new LinkedHashMap<>();
		statements.forEach(s -> payouts.merge(s.repId(), s.payout(), Money::plus));
		return payouts;
	}

	/**
	 * The reps of a month: everyone on the team in it, and anyone a statement pays in it, so that every outcome has
	 * the same rows and a rep one plan leaves out counts as paid zero under it.
	 */
	private static Map<RepId, String> reps(RecordedMonth month, int index, List<Map<RepId, Money>> paid,
			List<List<Map<RepId, Money>>> planned) {
		Map<RepId, String> names = new TreeMap<>(Comparator.comparingLong(RepId::value));
		for (PeriodFacts.RepFacts rep : month.facts().reps()) {
			names.put(rep.repId(), rep.name());
		}
		month.paid().forEach(s -> names.putIfAbsent(s.repId(), s.repName()));
		for (List<Map<RepId, Money>> plan : planned) {
			plan.get(index).keySet().forEach(rep -> names.putIfAbsent(rep, "rep " + rep));
		}
		paid.get(index).keySet().forEach(rep -> names.putIfAbsent(rep, "rep " + rep));
		return names;
	}

	private static BacktestResult.Outcome outcome(String name, @Nullable Integer version,
			List<BacktestResult.Month> figures, List<Map<RepId, String>> reps, List<Map<RepId, Money>> payouts,
			List<Map<RepId, Money>> base, Money zero) {
		List<BacktestResult.MonthPay> months = new ArrayList<>();
		Map<RepId, List<BacktestResult.RepPay>> byRep = new TreeMap<>(Comparator.comparingLong(RepId::value));
		Money margin = zero;
		Money revenue = zero;
		for (int i = 0; i < figures.size(); i++) {
			BacktestResult.Month month = figures.get(i);
			margin = margin.plus(month.grossMargin());
			revenue = revenue.plus(month.revenue());
			List<BacktestResult.RepPay> pays = new ArrayList<>();
			for (Map.Entry<RepId, String> rep : reps.get(i).entrySet()) {
				Money payout = payouts.get(i).getOrDefault(rep.getKey(), zero);
				Money against = base.get(i).getOrDefault(rep.getKey(), zero);
				BacktestResult.RepPay pay = new BacktestResult.RepPay(rep.getKey(), rep.getValue(), payout, against,
						payout.minus(against));
				pays.add(pay);
				byRep.computeIfAbsent(rep.getKey(), r -> new ArrayList<>()).add(pay);
			}
			Money total = sum(pays.stream().map(BacktestResult.RepPay::payout).toList(), zero);
			Money difference = sum(pays.stream().map(BacktestResult.RepPay::difference).toList(), zero);
			List<Money> each = pays.stream().map(BacktestResult.RepPay::payout).toList();
			months.add(new BacktestResult.MonthPay(month.period(), month.provisional(), List.copyOf(pays), total,
					difference, BacktestStatistics.share(total.amount(), month.grossMargin().amount()),
					BacktestStatistics.share(total.amount(), month.revenue().amount()), spread(each),
					BacktestStatistics.gini(amounts(each))));
		}
		List<BacktestResult.RepTotal> totals = byRep.values().stream().map(pays -> repTotal(pays, zero)).toList();
		Money total = sum(totals.stream().map(BacktestResult.RepTotal::total).toList(), zero);
		List<Money> each = totals.stream().map(BacktestResult.RepTotal::total).toList();
		return new BacktestResult.Outcome(name, version, months, total,
				BacktestStatistics.share(total.amount(), margin.amount()),
				BacktestStatistics.share(total.amount(), revenue.amount()), spread(each),
				BacktestStatistics.gini(amounts(each)), totals,
				BacktestStatistics.mean(totals.stream().map(BacktestResult.RepTotal::variability)
					.filter(v -> v != null).map(v -> (BigDecimal) v).toList()),
				sum(totals.stream().map(BacktestResult.RepTotal::difference).toList(), zero),
				totals.stream().filter(t -> t.difference().isPositive())
					.sorted(Comparator.comparing(BacktestResult.RepTotal::difference).reversed()).toList(),
				totals.stream().filter(t -> t.difference().isNegative())
					.sorted(Comparator.comparing(BacktestResult.RepTotal::difference)).toList());
	}

	private static BacktestResult.RepTotal repTotal(List<BacktestResult.RepPay> pays, Money zero) {
		BacktestResult.RepPay first = pays.get(0);
		List<Money> monthly = pays.stream().map(BacktestResult.RepPay::payout).toList();
		Money total = sum(monthly, zero);
		Money against = sum(pays.stream().map(BacktestResult.RepPay::against).toList(), zero);
		return new BacktestResult.RepTotal(first.repId(), first.repName(), pays.size(), total, against,
				total.minus(against), BacktestStatistics.variability(amounts(monthly)));
	}

	static BacktestResult.Spread spread(List<Money> payouts) {
		if (payouts.isEmpty()) {
			return new BacktestResult.Spread(null, null, null);
		}
		Money highest = payouts.stream().max(Comparator.naturalOrder()).orElseThrow();
		Money lowest = payouts.stream().min(Comparator.naturalOrder()).orElseThrow();
		return new BacktestResult.Spread(highest, lowest, highest.minus(lowest));
	}

	private static List<BigDecimal> amounts(List<Money> payouts) {
		return payouts.stream().map(Money::amount).toList();
	}

	private static Money sum(List<Money> amounts, Money zero) {
		return amounts.stream().reduce(zero, Money::plus);
	}
}
