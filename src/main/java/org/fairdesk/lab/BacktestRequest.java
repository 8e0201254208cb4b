package org.fairdesk.lab;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a backtest is asked for (docs/api.md, {@code POST /api/lab/backtests}): a team, its months from and to (as
 * YYYY-MM, both included), the plans to run and what to compare them with.
 *
 * @param against the index in {@code plans} (from 0) of the plan to compare with, or {@code PAID} (the default)
 */
public record BacktestRequest(@Nullable Long teamId, @Nullable String from, @Nullable String to,
		@Nullable List<PlanChoice> plans, @Nullable Object against) {

	/**
	 * One plan: a YAML document (with an optional name to show it by), or a published version by plan name and number.
	 */
	public record PlanChoice(@Nullable String name, @Nullable String document, @Nullable String planName,
			@Nullable Integer version) {

		public static PlanChoice document(@Nullable String name, String document) {
			return new PlanChoice(name, document, null, null);
		}

		public static PlanChoice version(String planName, int version) {
			return new PlanChoice(null, null, planName, version);
		}
	}
}
