package org.fairdesk.lab.simulation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A scenario as written in YAML, before it is checked and its defaults filled in ({@link Scenarios}). */
record ScenarioDocument(@Nullable Long seed, @Nullable Integer months, @Nullable Integer replications,
		@Nullable String currency, @Nullable String start, @Nullable List<String> policies,
		@Nullable Boolean skipsAllowed, @Nullable List<PlanSource> plans, @Nullable TeamDocument team,
		@Nullable List<RepDocument> reps, @Nullable ArrivalsDocument arrivals,
		@Nullable BehaviourDocument behaviour) {

	/** A plan: a preset's key, or a whole plan document inline. */
	record PlanSource(@Nullable String preset, @Nullable String yaml) {
	}

	/** A team drawn at random: its size and, per figure, the range [low, high] each rep's is drawn from. */
	record TeamDocument(@Nullable Integer size, @Nullable List<Double> skill, @Nullable List<Double> speed,
			@Nullable List<Double> quality, @Nullable List<Double> capacity, @Nullable List<Double> hours,
			@Nullable List<Double> riskAversion, @Nullable List<Double> gamingAversion,
			@Nullable List<Double> tenureMonths) {
	}

	record RepDocument(@Nullable Double skill, @Nullable Double speed, @Nullable Double quality,
			@Nullable Integer capacity, @Nullable Double hours, @Nullable Double riskAversion,
			@Nullable Double gamingAversion, @Nullable Integer tenureMonths) {
	}

	record ArrivalsDocument(@Nullable Double ordersPerRepPerDay, @Nullable Double quotesPerRepPerDay,
			@Nullable Double queriesPerRepPerDay, @Nullable List<Double> weekdays, @Nullable Double orderMean,
			@Nullable Double orderSigma, @Nullable Double quoteMean, @Nullable Double quoteSigma,
			@Nullable Double marginRate, @Nullable Double largeValue) {
	}

	record BehaviourDocument(@Nullable List<Double> effortLevels, @Nullable Double effortCost,
			@Nullable Double rushSpeedup, @Nullable Double rushCsat, @Nullable Double rushReopen,
			@Nullable Double overTakeExtra, @Nullable Double overloadPenalty, @Nullable Double assistRate,
			@Nullable Double assistHours, @Nullable Double assistLift, @Nullable Double undermineHarm,
			@Nullable Double undermineHours, @Nullable Double shiftShare, @Nullable Double pickDelayHours,
			@Nullable Double skipDelayHours, @Nullable Double quoteDecayPerDay, @Nullable Double surveyRate,
			@Nullable Double slaHours, @Nullable Integer trainingMonths, @Nullable Integer maxRounds,
			@Nullable Boolean respond) {
	}
}
