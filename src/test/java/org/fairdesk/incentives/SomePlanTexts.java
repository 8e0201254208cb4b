package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated plan documents for the calculator's properties, written as YAML text as a manager writes them, so that
 * every one is read and checked by the real reader ({@link SomePlans#version}). Each piece keeps the plan checks:
 * steps from the worst value to the best, bands and tiers going up, scorecard weights adding up to 100.
 */
final class SomePlanTexts {

	private SomePlanTexts() {
	}

	/** What a generated plan may hold. */
	record Shape(int minPools, int maxPools, boolean otherComponents, List<String> splits, boolean gates,
			boolean orderMultipliers, boolean limits, boolean minTenure) {

		/** Anything the language allows. */
		static Shape any() {
			return new Shape(0, 2, true, SPLITS, true, true, true, true);
		}

		/** 1 or 2 pools among anything else. */
		static Shape pools() {
			return new Shape(1, 2, true, SPLITS, true, true, true, true);
		}

		/** One pool and nothing else: no other component, no floor or cap on the payout. */
		static Shape onePool() {
			return new Shape(1, 1, false, SPLITS, true, true, false, true);
		}

		Shape splits(String... splits) {
			return new Shape(minPools, maxPools, otherComponents, List.of(splits), gates, orderMultipliers, limits,
					minTenure);
		}

		Shape withoutGates() {
			return new Shape(minPools, maxPools, otherComponents, splits, false, orderMultipliers, limits, minTenure);
		}

		/** Multipliers only on figures that do not follow the orders (for properties that move the orders). */
		Shape withoutOrderMultipliers() {
			return new Shape(minPools, maxPools, otherComponents, splits, gates, false, limits, minTenure);
		}

		Shape withoutMinTenure() {
			return new Shape(minPools, maxPools, otherComponents, splits, gates, orderMultipliers, limits, false);
		}
	}

	static final List<String> SPLITS = List.of("EQUAL", "BY_HOURS", "BY_SENIORITY", "BY_SCORECARD");

	private static final List<Metric> GATE_METRICS = List.of(Metric.CSAT, Metric.SLA_MET_PERCENT,
			Metric.HANDLING_MEDIAN_MINUTES, Metric.REOPEN_PERCENT, Metric.QUOTE_CONVERSION_PERCENT,
			Metric.QUERIES_RESOLVED, Metric.ASSISTS_GIVEN, Metric.ORDERS_FULFILLED);

	private static final List<Metric> FIGURES = List.of(Metric.values())
		.stream()
		.filter(m -> m != Metric.SCORECARD)
		.toList();

	private static final List<Metric> UNORDERED_FIGURES = FIGURES.stream()
		.filter(m -> m != Metric.ORDERS_FULFILLED && m != Metric.ORDER_REVENUE && m != Metric.ORDER_MARGIN)
		.toList();

	static Arbitrary<String> plans(Shape shape) {
		Arbitrary<List<String>> pools = pool(shape).list().ofMinSize(shape.minPools()).ofMaxSize(shape.maxPools());
		Arbitrary<List<String>> others = shape.otherComponents()
				? Arbitraries.oneOf(prizes(shape), commission(shape)).list().ofMaxSize(2) : Arbitraries.just(List.of());
		Arbitrary<String> tenure = shape.minTenure()
				? Arbitraries.integers().between(0, 24).map(n -> "minTenureMonths: " + n + "\n").injectNull(0.7)
				: Arbitraries.just(null);
		Arbitrary<String> limits = shape.limits() ? limits().injectNull(0.5) : Arbitraries.just(null);
		return Combinators.combine(pools, others, tenure, limits, Arbitraries.randoms())
			.as((p, o, t, l, random) -> {
				List<String> components = new ArrayList<>(p);
				for (String other : o) {
					components.add(random.nextInt(components.size() + 1), other);
				}
				if (components.isEmpty()) {
					components.add("{type: commission, basis: GROSS_MARGIN, tiers: [{from: 0, percent: 1}]}");
				}
				return "name: Generated\n" + (t == null ? "" : t) + "components:\n"
						+ components.stream().map(c -> "  - " + c + "\n").collect(Collectors.joining())
						+ (l == null ? "" : l);
			});
	}

	static Arbitrary<String> pool(Shape shape) {
		Arbitrary<String> basis = Arbitraries.of("REVENUE", "GROSS_MARGIN");
		Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100"))
			.ofScale(2);
		Arbitrary<String> threshold = amount("0", "200000").map(a -> ", threshold: " + a).injectNull(0.6);
		Arbitrary<String> cap = amount("0.01", "100000").map(a -> ", cap: " + a).injectNull(0.6);
		Arbitrary<String> multipliers = multiplier(shape.orderMultipliers()).list()
			.ofMaxSize(2)
			.map(ms -> ms.isEmpty() ? "" : ", multipliers: " + ms);
		Arbitrary<String> split = Arbitraries.of(shape.splits()).flatMap(SomePlanTexts::split);
		return Combinators.combine(basis, percent, threshold, cap, multipliers, split, gates(shape.gates(), false))
			.as((b, p, t, c, m, s, g) -> "{type: pool, basis: " + b + ", percent: " + p.toPlainString()
					+ (t == null ? "" : t) + (c == null ? "" : c) + m + ", split: " + s + g + "}");
	}

	static Arbitrary<String> split(String by) {
		switch (by) {
			case "BY_SENIORITY":
				return Combinators.combine(Arbitraries.integers().between(1, 60).set().ofMaxSize(3),
						amount("0.01", "5").list().ofSize(4))
					.as((froms, weights) -> {
						List<Integer> bands = new ArrayList<>(List.of(0));
						froms.stream().sorted().forEach(bands::add);
						List<String> written = new ArrayList<>();
						for (int i = 0; i < bands.size(); i++) {
							written.add("{fromMonths: " + bands.get(i) + ", weight: " + weights.get(i) + "}");
						}
						return "{by: BY_SENIORITY, seniority: " + written + "}";
					});
			case "BY_SCORECARD":
				return scorecard().map(card -> "{by: BY_SCORECARD, scorecard: " + card + "}");
			default:
				return Arbitraries.just("{by: " + by + "}");
		}
	}

	/** A scorecard: a cap from 1 to 10 and 1 to 5 different measures whose whole weights add up to 100. */
	static Arbitrary<String> scorecard() {
		Arbitrary<BigDecimal> cap = Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.TEN).ofScale(2);
		Arbitrary<List<Metric>> metrics = Arbitraries.of(FIGURES).set().ofMinSize(1).ofMaxSize(5).map(ArrayList::new);
		Arbitrary<String> measures = metrics.flatMap(ms -> Combinators.combine(
				Arbitraries.integers().between(1, 99).set().ofSize(ms.size() - 1),
				Arbitraries.integers().between(0, 8).injectNull(0.5).list().ofSize(ms.size()))
			.as((cuts, samples) -> {
				List<Integer> bounds = new ArrayList<>(List.of(0));
				cuts.stream().sorted().forEach(bounds::add);
				bounds.add(100);
				List<String> written = new ArrayList<>();
				for (int i = 0; i < ms.size(); i++) {
					Metric metric = ms.get(i);
					Integer sample = metric.isRate() ? samples.get(i) : null;
					written.add("{metric: " + metric + ", weight: " + (bounds.get(i + 1) - bounds.get(i))
							+ (sample == null ? "" : ", minSample: " + sample) + "}");
				}
				return written.toString();
			}));
		return Combinators.combine(cap, measures).as((c, m) -> "{cap: " + c.toPlainString() + ", measures: " + m + "}");
	}

	static Arbitrary<String> multiplier(boolean orderMetrics) {
		Arbitrary<Metric> metric = Arbitraries.of(orderMetrics ? FIGURES : UNORDERED_FIGURES);
		Arbitrary<String> whenMissing = factor().map(f -> ", whenMissing: " + f).injectNull(0.6);
		return Combinators.combine(metric, whenMissing, Arbitraries.of(true, false))
			.flatAs((m, missing, stepped) -> (stepped ? steps(m) : ramp(m))
				.map(rule -> "{metric: " + m + ", " + rule + (missing == null ? "" : missing) + "}"));
	}

	private static Arbitrary<String> steps(Metric metric) {
		return Combinators.combine(value(metric).set().ofMinSize(1).ofMaxSize(3), factor().list().ofSize(3), factor())
			.as((ats, factors, otherwise) -> {
				List<BigDecimal> sorted = ats.stream()
					.sorted(metric.lowerIsBetter() ? Comparator.<BigDecimal>reverseOrder() : Comparator.naturalOrder())
					.toList();
				List<String> steps = new ArrayList<>();
				for (int i = 0; i < sorted.size(); i++) {
					steps.add("{at: " + sorted.get(i).toPlainString() + ", factor: " + factors.get(i) + "}");
				}
				return "steps: " + steps + ", otherwise: " + otherwise;
			});
	}

	private static Arbitrary<String> ramp(Metric metric) {
		return Combinators.combine(value(metric).set().ofSize(2).map(ArrayList::new), factor(), factor(),
				Arbitraries.of(true, false))
			.as((ats, f1, f2, flip) -> {
				BigDecimal from = flip ? ats.get(1) : ats.get(0);
				BigDecimal to = flip ? ats.get(0) : ats.get(1);
				return "ramp: {from: {at: " + from.toPlainString() + ", factor: " + f1 + "}, to: {at: "
						+ to.toPlainString() + ", factor: " + f2 + "}}";
			});
	}

	/** 0 to 2 gates (none without gates); a commission's are WITHHOLD. */
	static Arbitrary<String> gates(boolean any, boolean withholdOnly) {
		if (!any) {
			return Arbitraries.just("");
		}
		return gate(withholdOnly).list().ofMaxSize(2).map(gs -> gs.isEmpty() ? "" : ", gates: " + gs);
	}

	static Arbitrary<String> gate(boolean withholdOnly) {
		Arbitrary<Metric> metric = Arbitraries.of(GATE_METRICS);
		return metric.flatMap(m -> Combinators.combine(value(m), Arbitraries.of("atLeast", "atMost"),
				Arbitraries.integers().between(0, 10).injectNull(0.5), Arbitraries.of("PASS", "FAIL"),
				withholdOnly ? Arbitraries.just("WITHHOLD") : Arbitraries.of("REDISTRIBUTE", "WITHHOLD"))
			.as((threshold, side, sample, small, onFail) -> "{metric: " + m + ", " + side + ": "
					+ threshold.toPlainString() + (sample == null || !m.isRate() ? "" : ", minSample: " + sample)
					+ ", smallSample: " + small + ", onFail: " + onFail + "}"));
	}

	static Arbitrary<String> prizes(Shape shape) {
		Arbitrary<String> rank = Arbitraries.of(FIGURES)
			.flatMap(m -> Arbitraries.integers()
				.between(0, 8)
				.injectNull(0.5)
				.map(n -> "rankBy: " + m + (n == null || !m.isRate() ? "" : ", minSample: " + n)));
		Arbitrary<String> byScorecard = scorecard().map(card -> "rankBy: SCORECARD, scorecard: " + card);
		return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, rank),
				net.jqwik.api.Tuple.of(1, byScorecard)), amount("0.01", "1000").list().ofMinSize(1).ofMaxSize(3),
				Arbitraries.of("SHARE", "ALL_WIN"), gates(shape.gates(), false))
			.as((r, amounts, ties, g) -> "{type: prizes, " + r + ", amounts: " + amounts + ", ties: " + ties + g + "}");
	}

	static Arbitrary<String> commission(Shape shape) {
		return Combinators.combine(Arbitraries.of("REVENUE", "GROSS_MARGIN"),
				Arbitraries.integers().between(1, 100_000).set().ofMaxSize(2),
				Arbitraries.bigDecimals()
					.between(new BigDecimal("0.01"), new BigDecimal("20"))
					.ofScale(2)
					.list()
					.ofSize(3),
				amount("0.01", "5000").injectNull(0.5), gates(shape.gates(), true))
			.as((basis, froms, percents, cap, g) -> {
				List<Integer> bounds = new ArrayList<>(List.of(0));
				froms.stream().sorted().forEach(bounds::add);
				List<String> tiers = new ArrayList<>();
				for (int i = 0; i < bounds.size(); i++) {
					tiers.add("{from: " + bounds.get(i) + ", percent: " + percents.get(i).toPlainString() + "}");
				}
				return "{type: commission, basis: " + basis + ", tiers: " + tiers + (cap == null ? "" : ", cap: " + cap)
						+ g + "}";
			});
	}

	/** A floor, a cap or both, the cap at least the floor. */
	static Arbitrary<String> limits() {
		return Combinators.combine(amount("0", "500").injectNull(0.4), amount("0.01", "3000").injectNull(0.4))
			.as((floor, cap) -> {
				if (floor != null && cap != null && new BigDecimal(cap).compareTo(new BigDecimal(floor)) < 0) {
					String low = cap;
					cap = floor.equals("0.00") ? "0.01" : floor;
					floor = low;
				}
				List<String> parts = new ArrayList<>();
				if (floor != null) {
					parts.add("floor: " + floor);
				}
				if (cap != null) {
					parts.add("cap: " + cap);
				}
				return parts.isEmpty() ? null : "payout: {" + String.join(", ", parts) + "}\n";
			});
	}

	/** A value of the metric to compare with, in the range its figures take. */
	static Arbitrary<BigDecimal> value(Metric metric) {
		switch (metric) {
			case CSAT:
				return Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(5)).ofScale(2);
			case SLA_MET_PERCENT:
			case REOPEN_PERCENT:
			case QUOTE_CONVERSION_PERCENT:
				return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1);
			case HANDLING_MEDIAN_MINUTES:
				return Arbitraries.integers().between(0, 600).map(BigDecimal::valueOf);
			case ORDER_REVENUE:
			case ORDER_MARGIN:
			case WON_QUOTE_VALUE:
			case WON_QUOTE_MARGIN:
				return Arbitraries.integers().between(-10_000, 500_000).map(BigDecimal::valueOf);
			default:
				return Arbitraries.integers().between(0, 200).map(BigDecimal::valueOf);
		}
	}

	private static Arbitrary<String> factor() {
		return Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, new BigDecimal("3"))
			.ofScale(2)
			.map(BigDecimal::toPlainString);
	}

	private static Arbitrary<String> amount(String from, String to) {
		return Arbitraries.bigDecimals().between(new BigDecimal(from), new BigDecimal(to)).ofScale(2)
			.map(BigDecimal::toPlainString);
	}
}
