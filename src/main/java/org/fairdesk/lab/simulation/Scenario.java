package org.fairdesk.lab.simulation;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import org.fairdesk.incentives.PlanVersion;

/**
 * A checked scenario: who the team is, how work arrives, which plans and routing policies to compare, how people
 * respond, and how many months and replications to simulate. Read from YAML by {@link Scenarios}; every figure is
 * documented with its default and range in docs/lab.md.
 */
public record Scenario(List<RepProfile> reps, List<Policy> policies, boolean skipsAllowed, List<PlanVersion> plans,
		Arrivals arrivals, Behaviour behaviour, int months, int replications, long seed, Currency currency,
		YearMonth start) {

	public Scenario {
		reps = List.copyOf(reps);
		policies = List.copyOf(policies);
		plans = List.copyOf(plans);
	}

	/**
	 * One rep: skill (sales success), speed (handling), quality (customer satisfaction), capacity (open requests
	 * before the rep is full), hours a week, risk aversion (per unit of pay variance) and aversion to gaming (in
	 * money a month per gaming behaviour).
	 */
	public record RepProfile(double skill, double speed, double quality, int capacity, double hoursPerWeek,
			double riskAversion, double gamingAversion, int tenureMonths) {
	}

	/** How work arrives: per rep and working day, weighted by weekday; values lognormal. */
	public record Arrivals(double ordersPerRepPerDay, double quotesPerRepPerDay, double queriesPerRepPerDay,
			List<Double> weekdays, double orderMean, double orderSigma, double quoteMean, double quoteSigma,
			double marginRate, double largeValue) {
	}

	/**
	 * How work and people respond. Every consequence can be switched off by setting its figure to 0.
	 *
	 * @param effortCost the money-equivalent cost of effort 1 (cost = effortCost x effort squared)
	 * @param trainingMonths the months simulated (common random numbers) to weigh each choice
	 */
	public record Behaviour(List<Double> effortLevels, double effortCost, double rushSpeedup, double rushCsat,
			double rushReopen, double overTakeExtra, double overloadPenalty, double assistRate, double assistHours,
			double assistLift, double undermineHarm, double undermineHours, double shiftShare, double pickDelayHours,
			double skipDelayHours, double quoteDecayPerDay, double surveyRate, double slaHours, int trainingMonths,
			int maxRounds, boolean respond) {
	}

	/** The routing policies the simulation models: a PUSH chooser, or SELF_ELECT (reps claim from a list). */
	public enum Policy {
		ROUND_ROBIN, LEAST_LOADED, RANDOM, VALUE_BALANCED, MANAGER, SELF_ELECT
	}
}
