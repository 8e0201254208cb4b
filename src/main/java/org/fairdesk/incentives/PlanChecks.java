package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fairdesk.incentives.PlanDocument.Commission;
import org.fairdesk.incentives.PlanDocument.Component;
import org.fairdesk.incentives.PlanDocument.Gate;
import org.fairdesk.incentives.PlanDocument.Multiplier;
import org.fairdesk.incentives.PlanDocument.OnFail;
import org.fairdesk.incentives.PlanDocument.PayoutLimits;
import org.fairdesk.incentives.PlanDocument.Pool;
import org.fairdesk.incentives.PlanDocument.Prizes;
import org.fairdesk.incentives.PlanDocument.Scorecard;
import org.fairdesk.incentives.PlanDocument.SeniorityBand;
import org.fairdesk.incentives.PlanDocument.Split;
import org.fairdesk.incentives.PlanDocument.SplitBy;
import org.fairdesk.incentives.PlanDocument.Step;
import org.fairdesk.incentives.PlanDocument.Tier;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * The rules a plan document must keep beyond its shape, each problem named by its path below {@code document}
 * ({@code document.components[1].tiers[0].percent}). Every problem is collected, so a manager fixes all at once.
 */
final class PlanChecks {

	static final int MAX_ITEMS = 20;

	private final FieldChecks checks = new FieldChecks();
	private final Numbers.Ranges ranges;

	private PlanChecks(int amountDecimals) {
		this.ranges = new Numbers.Ranges(checks, amountDecimals);
	}

	static void check(@Nullable PlanDocument document) {
		FieldChecks empty = new FieldChecks().require(document != null, "document", "is empty");
		empty.throwIfAny();
		Currency currency = document.currency() == null ? null : Inputs.currencyOf(document.currency()).orElse(null);
		PlanChecks plan = new PlanChecks(currency == null ? 2 : currency.getDefaultFractionDigits());
		plan.document(document, currency);
		plan.checks.throwIfAny();
	}

	/**
	 * A document to pay a team with: its currency, if it names one, is the team's, and its amounts have at most the
	 * team's currency's decimals (a plan without a currency is checked with 2 when read, and again here).
	 */
	static void checkFor(PlanDocument document, Currency team, String teamName) {
		FieldChecks currency = new FieldChecks().require(document.currency() == null
				|| document.currency().equalsIgnoreCase(team.getCurrencyCode()), "document.currency",
				"is " + document.currency() + " but team " + teamName + " is paid in " + team.getCurrencyCode()
						+ ": a plan's amounts are in the team's currency");
		currency.throwIfAny();
		PlanChecks plan = new PlanChecks(team.getDefaultFractionDigits());
		plan.document(document, team);
		plan.checks.throwIfAny();
	}

	private void document(PlanDocument document, @Nullable Currency currency) {
		checks.requireName(document.name(), "document.name", 100);
		checks.require(document.currency() == null || currency != null, "document.currency",
				Inputs.CURRENCY_RULE + ", got '" + Inputs.shortened(String.valueOf(document.currency())) + "'");
		checks.require(document.minTenureMonths() == null || document.minTenureMonths() >= 0
				&& document.minTenureMonths() <= 600, "document.minTenureMonths", "must be from 0 to 600 months");
		List<Component> components = document.components();
		if (listOf(components, "document.components", "pool, prizes or commission")) {
			for (int i = 0; i < components.size(); i++) {
				component(components.get(i), "document.components[" + i + "]");
			}
			LargestPayout.check(components, checks);
		}
		payout(document.payout());
	}

	private void component(@Nullable Component component, String path) {
		if (component == null) {
			checks.require(false, path, "must be a component: a pool, prizes or commission");
			return;
		}
		checks.require(component.label() == null || !component.label().isBlank() && component.label().length() <= 100,
				path + ".label", "must be 1 to 100 characters");
		if (component instanceof Pool pool) {
			pool(pool, path);
		}
		else if (component instanceof Prizes prizes) {
			prizes(prizes, path);
		}
		else if (component instanceof Commission commission) {
			commission(commission, path);
		}
		gates(component, path);
	}

	private void pool(Pool pool, String path) {
		checks.require(pool.basis() != null, path + ".basis", "is required: REVENUE or GROSS_MARGIN");
		ranges.percent(pool.percent(), path + ".percent");
		ranges.optionalAmount(pool.threshold(), path + ".threshold", false);
		ranges.optionalAmount(pool.cap(), path + ".cap", true);
		List<Multiplier> multipliers = pool.multipliersOrNone();
		checks.require(multipliers.size() <= 10, path + ".multipliers", "must have at most 10 multipliers");
		for (int i = 0; i < multipliers.size(); i++) {
			multiplier(multipliers.get(i), path + ".multipliers[" + i + "]");
		}
		split(pool.split(), path + ".split");
	}

	private void multiplier(@Nullable Multiplier multiplier, String path) {
		if (!present(multiplier, path)) {
			return;
		}
		boolean named = metric(multiplier.metric(), path + ".metric");
		checks.require(multiplier.steps() == null ^ multiplier.ramp() == null, path,
				multiplier.steps() == null ? "must have steps (with otherwise) or a ramp: it has neither"
						: "must have either steps (with otherwise) or a ramp, not both");
		if (multiplier.whenMissing() != null) {
			ranges.factor(multiplier.whenMissing(), path + ".whenMissing");
		}
		if (multiplier.steps() != null) {
			ranges.factor(multiplier.otherwise(), path + ".otherwise");
			if (named && listOf(multiplier.steps(), path + ".steps", "steps {at, factor}")) {
				steps(multiplier.metric(), multiplier.steps(), path + ".steps");
			}
		}
		else {
			checks.require(multiplier.otherwise() == null, path + ".otherwise", "is for steps only: a ramp is flat "
					+ "beyond its two points");
		}
		if (multiplier.ramp() != null) {
			ramp(multiplier.ramp(), path + ".ramp");
		}
	}

	/** Steps go from the worst value to the best: up for most metrics, down for a lower-is-better one. */
	private void steps(Metric metric, List<Step> steps, String path) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String at = path + "[" + i + "]";
			if (!present(step, at)) {
				return;
			}
			ranges.threshold(step.at(), at + ".at");
			ranges.factor(step.factor(), at + ".factor");
			if (i > 0 && steps.get(i - 1) != null && steps.get(i - 1).at() != null && step.at() != null) {
				checks.require(metric.better(step.at(), steps.get(i - 1).at()), at + ".at", "must be "
						+ (metric.lowerIsBetter() ? "below" : "above") + " the step before it ("
						+ Numbers.written(steps.get(i - 1).at()) + "): steps go from the worst value to the best"
						+ (metric.lowerIsBetter() ? ", and less is better for " + metric : ""));
			}
		}
	}

	private void ramp(PlanDocument.Ramp ramp, String path) {
		for (var point : new Object[][] { { ramp.from(), ".from" }, { ramp.to(), ".to" } }) {
			PlanDocument.Point p = (PlanDocument.Point) point[0];
			if (present(p, path + point[1])) {
				ranges.threshold(p.at(), path + point[1] + ".at");
				ranges.factor(p.factor(), path + point[1] + ".factor");
			}
		}
		if (ramp.from() != null && ramp.to() != null && ramp.from().at() != null && ramp.to().at() != null) {
			checks.require(ramp.from().at().compareTo(ramp.to().at()) != 0, path + ".to.at",
					"must differ from from.at (" + Numbers.written(ramp.from().at()) + "): a ramp runs between two values");
		}
	}

	private void split(@Nullable Split split, String path) {
		if (!present(split, path)) {
			return;
		}
		checks.require(split.by() != null, path + ".by", "is required: EQUAL, BY_HOURS, BY_SENIORITY or BY_SCORECARD");
		checks.require(split.by() == SplitBy.BY_SENIORITY || split.seniority() == null, path + ".seniority",
				"is for BY_SENIORITY only");
		checks.require(split.by() == SplitBy.BY_SCORECARD || split.scorecard() == null, path + ".scorecard",
				"is for BY_SCORECARD only");
		if (split.by() == SplitBy.BY_SENIORITY) {
			seniority(split.seniority(), path + ".seniority");
		}
		if (split.by() == SplitBy.BY_SCORECARD) {
			scorecard(split.scorecard(), path + ".scorecard");
		}
	}

	private void seniority(@Nullable List<SeniorityBand> bands, String path) {
		if (!listOf(bands, path, "bands {fromMonths, weight}, the first from 0 months")) {
			return;
		}
		for (int i = 0; i < bands.size(); i++) {
			SeniorityBand band = bands.get(i);
			String at = path + "[" + i + "]";
			if (!present(band, at)) {
				continue;
			}
			Long from = band.fromMonths();
			Long before = i == 0 || bands.get(i - 1) == null ? null : bands.get(i - 1).fromMonths();
			checks.require(from != null && (i > 0 || from == 0), at + ".fromMonths",
					i == 0 ? "must be 0: the first band takes everyone from their first day" : "is required");
			checks.require(from == null || from >= 0 && from <= 1200, at + ".fromMonths", "must be from 0 to 1200 months");
			checks.require(from == null || before == null || from > before, at + ".fromMonths",
					"must be more than the band before it (" + before + "): bands go up in tenure");
			ranges.weight(band.weight(), at + ".weight");
		}
	}

	private void scorecard(@Nullable Scorecard scorecard, String path) {
		if (!present(scorecard, path)) {
			return;
		}
		boolean capped = scorecard.cap() != null && scorecard.cap().compareTo(BigDecimal.ONE) >= 0
				&& scorecard.cap().compareTo(BigDecimal.TEN) <= 0 && Numbers.decimals(scorecard.cap()) <= 4;
		checks.require(capped, path + ".cap", "is required: the most a measure counts, in multiples of a fair share, "
				+ "from 1 to 10 with at most 4 decimals (1.5: half as much again as a fair share earns no more)");
		if (!listOf(scorecard.measures(), path + ".measures", "measures {metric, weight}")) {
			return;
		}
		BigDecimal total = BigDecimal.ZERO;
		boolean weighed = true;
		Set<Metric> seen = new HashSet<>();
		for (int i = 0; i < scorecard.measures().size(); i++) {
			PlanDocument.Measure measure = scorecard.measures().get(i);
			String at = path + ".measures[" + i + "]";
			if (!present(measure, at)) {
				continue;
			}
			if (metric(measure.metric(), at + ".metric")) {
				checks.require(seen.add(measure.metric()), at + ".metric", "is measured twice: give each metric once");
				minSample(measure.metric(), measure.minSample(), at + ".minSample");
			}
			weighed &= ranges.weight(measure.weight(), at + ".weight");
			total = weighed ? total.add(measure.weight()) : total;
		}
		checks.require(!weighed || total.compareTo(Numbers.HUNDRED) == 0, path + ".measures",
				"weights must add up to 100, got " + Numbers.written(total));
	}

	private void prizes(Prizes prizes, String path) {
		boolean ranked = prizes.rankBy() != null;
		checks.require(ranked, path + ".rankBy", "is required: SCORECARD or a metric");
		checks.require(prizes.ties() != null, path + ".ties", "is required: SHARE or ALL_WIN");
		if (ranked && prizes.rankBy() == Metric.SCORECARD) {
			scorecard(prizes.scorecard(), path + ".scorecard");
			checks.require(prizes.minSample() == null, path + ".minSample",
					"is for a metric only: with SCORECARD, give each measure its minSample");
		}
		else {
			checks.require(prizes.scorecard() == null, path + ".scorecard", "is for rankBy: SCORECARD only");
			if (ranked) {
				minSample(prizes.rankBy(), prizes.minSample(), path + ".minSample");
			}
		}
		if (listOf(prizes.amounts(), path + ".amounts", "amounts, the first place's first")) {
			for (int i = 0; i < prizes.amounts().size(); i++) {
				ranges.amount(prizes.amounts().get(i), path + ".amounts[" + i + "]", true);
			}
		}
	}

	private void commission(Commission commission, String path) {
		checks.require(commission.basis() != null, path + ".basis", "is required: REVENUE or GROSS_MARGIN");
		ranges.optionalAmount(commission.cap(), path + ".cap", true);
		List<Tier> tiers = commission.tiers();
		if (!listOf(tiers, path + ".tiers", "tiers {from, percent}, the first from 0")) {
			return;
		}
		for (int i = 0; i < tiers.size(); i++) {
			Tier tier = tiers.get(i);
			String at = path + ".tiers[" + i + "]";
			if (!present(tier, at)) {
				continue;
			}
			boolean from = ranges.amount(tier.from(), at + ".from", false);
			checks.require(!from || i > 0 || tier.from().signum() == 0, at + ".from",
					"must be 0: the first tier starts at the first unit sold");
			Tier before = i == 0 ? null : tiers.get(i - 1);
			checks.require(!from || before == null || before.from() == null || tier.from().compareTo(before.from()) > 0,
					at + ".from", "must be more than the tier before it (" + (before == null ? "" : Numbers.written(
							before.from())) + "): tiers go up");
			ranges.percent(tier.percent(), at + ".percent");
		}
	}

	private void gates(Component component, String path) {
		List<Gate> gates = component.gates();
		if (gates == null) {
			return;
		}
		checks.require(gates.size() <= 10, path + ".gates", "must have at most 10 gates");
		for (int i = 0; i < gates.size(); i++) {
			Gate gate = gates.get(i);
			String at = path + ".gates[" + i + "]";
			if (!present(gate, at)) {
				continue;
			}
			if (metric(gate.metric(), at + ".metric")) {
				minSample(gate.metric(), gate.minSample(), at + ".minSample");
			}
			checks.require(gate.atLeast() == null ^ gate.atMost() == null, at, gate.atLeast() == null
					? "must have atLeast or atMost: it has neither" : "must have either atLeast or atMost, not both");
			if (gate.atLeast() != null) {
				ranges.threshold(gate.atLeast(), at + ".atLeast");
			}
			if (gate.atMost() != null) {
				ranges.threshold(gate.atMost(), at + ".atMost");
			}
			checks.require(gate.minSample() == null || gate.smallSample() != null, at + ".smallSample",
					"is required with minSample: PASS or FAIL, what too small a sample means");
			checks.require(gate.onFail() != null, at + ".onFail", "is required: REDISTRIBUTE or WITHHOLD");
			checks.require(!(component instanceof Commission) || gate.onFail() != OnFail.REDISTRIBUTE, at + ".onFail",
					"must be WITHHOLD: a commission is each rep's own, so there is nothing to redistribute");
		}
	}

	private void payout(@Nullable PayoutLimits payout) {
		if (payout == null) {
			return;
		}
		ranges.optionalAmount(payout.floor(), "document.payout.floor", false);
		ranges.optionalAmount(payout.cap(), "document.payout.cap", true);
		checks.require(payout.floor() == null || payout.cap() == null || payout.cap().compareTo(payout.floor()) >= 0,
				"document.payout.cap", "must be at least the floor (" + (payout.floor() == null ? ""
						: Numbers.written(payout.floor())) + ")");
	}

	/** A metric named outside a prize's ranking: a figure of the facts, never SCORECARD. */
	private boolean metric(@Nullable Metric metric, String path) {
		checks.require(metric != null, path, "is required: a metric such as CSAT (docs/plans.md lists them)");
		checks.require(metric != Metric.SCORECARD, path, "cannot be SCORECARD here: only a prize ranks by a scorecard");
		return metric != null && metric != Metric.SCORECARD;
	}

	private void minSample(Metric metric, @Nullable Long minSample, String path) {
		if (minSample == null) {
			return;
		}
		checks.require(metric.isRate(), path, "is for averages and shares only (CSAT, SLA_MET_PERCENT, …): "
				+ metric + " is a count or an amount");
		checks.require(minSample >= 0 && minSample <= 1_000_000, path, "must be from 0 to 1000000");
	}

	private boolean listOf(@Nullable List<?> items, String path, String what) {
		checks.require(items != null && !items.isEmpty(), path, "is required: a list of " + what);
		checks.require(items == null || items.size() <= MAX_ITEMS, path, "must have at most " + MAX_ITEMS + " items");
		return items != null && !items.isEmpty() && items.size() <= MAX_ITEMS;
	}

	private boolean present(@Nullable Object item, String path) {
		checks.require(item != null, path, "is required");
		return item != null;
	}
}
