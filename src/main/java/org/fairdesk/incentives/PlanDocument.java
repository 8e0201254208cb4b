package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A plan's rules as a manager writes them (YAML, docs/plans.md). A plan is a list of components whose amounts add
 * up for each rep (pools, prizes, commission), then an optional floor and cap on each rep's total.
 *
 * <pre>
 * name: Team margin pool
 * components:
 *   - type: pool
 *     basis: GROSS_MARGIN
 *     percent: 5
 *     split: {by: EQUAL}
 * </pre>
 *
 * @param currency the currency the plan's amounts are in: the team's; null means "the team's, whatever it is"
 * @param minTenureMonths reps with fewer whole months on the team at the period's end take part in nothing
 */
public record PlanDocument(String name, @Nullable String currency, @Nullable Long minTenureMonths,
		List<Component> components, @Nullable PayoutLimits payout) {

	/** One block of pay; each rep's amounts from all components add up. */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Pool.class, name = "pool"),
			@JsonSubTypes.Type(value = Prizes.class, name = "prizes"),
			@JsonSubTypes.Type(value = Commission.class, name = "commission") })
	public sealed interface Component permits Pool, Prizes, Commission {

		@Nullable
		String label();

		@Nullable
		List<Gate> gates();

		/** The component's name on statements: its label, or what it is. */
		default String title() {
			String label = label();
			if (label != null) {
				return label;
			}
			return this instanceof Pool ? "Team pool" : this instanceof Prizes ? "Prizes" : "Commission";
		}
	}

	/**
	 * A team pool: {@code percent} of the team's {@code basis} above the {@code threshold}, times each multiplier, at
	 * most {@code cap}, rounded once, then shared by the {@code split}.
	 */
	public record Pool(@Nullable String label, Basis basis, BigDecimal percent, @Nullable BigDecimal threshold,
			@Nullable BigDecimal cap, @Nullable List<Multiplier> multipliers, Split split,
			@Nullable List<Gate> gates) implements Component {

		List<Multiplier> multipliersOrNone() {
			return multipliers == null ? List.of() : multipliers;
		}
	}

	/**
	 * Fixed amounts to the reps ranked first, second, … by a scorecard or a metric ({@code rankBy}).
	 *
	 * @param minSample for a metric that is an average or a share: fewer cases than this and the rep is not ranked
	 */
	public record Prizes(@Nullable String label, Metric rankBy, @Nullable Scorecard scorecard, List<BigDecimal> amounts,
			Ties ties, @Nullable Long minSample, @Nullable List<Gate> gates) implements Component {
	}

	/** A rate on each rep's own orders, in marginal tiers, at most {@code cap} a rep. */
	public record Commission(@Nullable String label, Basis basis, List<Tier> tiers, @Nullable BigDecimal cap,
			@Nullable List<Gate> gates) implements Component {
	}

	/** From {@code from} on (of the rep's basis), {@code percent} of the part in this tier. */
	public record Tier(BigDecimal from, BigDecimal percent) {
	}

	/** The team's figure a pool or a rep's figure a commission is funded by (docs/metrics.md defines both). */
	public enum Basis {
		/** {@code revenue}: the value of ORDERs closed FULFILLED. */
		REVENUE,
		/** {@code grossMargin}: the margin of those orders. */
		GROSS_MARGIN
	}

	/**
	 * A factor on the pool from one of the team's metrics: a step table or a linear ramp, never both.
	 *
	 * @param otherwise a step table's factor for a value that reaches no step
	 * @param whenMissing the factor when the team has no value for the metric (no survey answered): 1 unless given
	 */
	public record Multiplier(Metric metric, @Nullable List<Step> steps, @Nullable BigDecimal otherwise,
			@Nullable Ramp ramp, @Nullable BigDecimal whenMissing) {
	}

	/** A step: a value that reaches {@code at} (at or above it, or at or below for a lower-is-better metric). */
	public record Step(BigDecimal at, BigDecimal factor) {
	}

	/** A straight line from one point to another, flat beyond both. */
	public record Ramp(Point from, Point to) {
	}

	/** A point of a ramp: at this value of the metric, this factor. */
	public record Point(BigDecimal at, BigDecimal factor) {
	}

	/**
	 * How a pool is shared. Every weight is prorated by the days the rep was on the team in the period.
	 *
	 * @param seniority with BY_SENIORITY: weights by whole months of tenure, from 0 months on
	 * @param scorecard with BY_SCORECARD
	 */
	public record Split(SplitBy by, @Nullable List<SeniorityBand> seniority, @Nullable Scorecard scorecard) {
	}

	/** The ways a pool is shared. */
	public enum SplitBy {
		/** The same weight for everyone. */
		EQUAL,
		/** Contracted hours per week. */
		BY_HOURS,
		/** A weight by tenure band, tenure measured on the period's last day. */
		BY_SENIORITY,
		/** Contracted hours times the rep's scorecard. */
		BY_SCORECARD
	}

	/** From {@code fromMonths} of tenure on, this weight. */
	public record SeniorityBand(Long fromMonths, BigDecimal weight) {
	}

	/**
	 * Weighted measures, each normalised against the team and capped at {@code cap}: beyond the cap, more of a
	 * measure earns nothing more. Weights add up to 100.
	 */
	public record Scorecard(BigDecimal cap, List<Measure> measures) {
	}

	/** One measure of a scorecard. */
	public record Measure(Metric metric, BigDecimal weight, @Nullable Long minSample) {
	}

	/**
	 * A rep's metric against a threshold ({@code atLeast} or {@code atMost}, one of them).
	 *
	 * @param minSample fewer cases than this (survey answers, closed requests) is too small a sample
	 * @param smallSample what too small a sample means
	 * @param onFail what failing does to the rep's part of the component
	 */
	public record Gate(Metric metric, @Nullable BigDecimal atLeast, @Nullable BigDecimal atMost,
			@Nullable Long minSample, SmallSample smallSample, OnFail onFail) {
	}

	/** What a gate says when a rep's sample is too small to judge. */
	public enum SmallSample {
		PASS, FAIL
	}

	/** What a failed gate does. */
	public enum OnFail {
		/** The rep's share goes to the others in proportion to their weights: the whole pool is paid. */
		REDISTRIBUTE,
		/** The rep's share is not paid. */
		WITHHOLD
	}

	/** Reps tied for a place. */
	public enum Ties {
		/** Share the prizes of the places they take together. */
		SHARE,
		/** Each gets the prize of the place they tie for. */
		ALL_WIN
	}

	/** The least and the most a rep is paid in total; the floor is prorated by days on the team. */
	public record PayoutLimits(@Nullable BigDecimal floor, @Nullable BigDecimal cap) {
	}
}
