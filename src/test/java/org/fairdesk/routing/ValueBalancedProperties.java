package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fairdesk.routing.RoutingFixtures.T0;
import static org.fairdesk.routing.RoutingFixtures.candidate;
import static org.fairdesk.routing.RoutingFixtures.request;
import static org.fairdesk.routing.RoutingFixtures.requestId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fairdesk.shared.RequestKind;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * VALUE_BALANCED over a month: assigning a stream of orders one by one keeps every rep's share of the value close
 * to their share of the team's hours.
 */
class ValueBalancedProperties {

	@Property(tries = 300)
	void every_value_share_stays_within_one_largest_order_of_the_hours_share(
			@ForAll @Size(200) List<@IntRange(min = 1, max = 10_000) Integer> values,
			@ForAll @Size(min = 2, max = 6) List<@IntRange(min = 10, max = 40) Integer> hours) {
		Outcome outcome = simulate(new ValueBalanced(), values, hours);

		// a rep only gets an order while below their share, so they overshoot by at most one order; the
		// 0.02 is room for the greedy's lag on the reps below their share
		double bound = (double) outcome.maxValue() / outcome.totalValue() + 0.02;
		for (int i = 0; i < hours.size(); i++) {
			assertThat(Math.abs(outcome.valueShare(i) - outcome.hoursShare(i)))
				.as("rep %d: %s of value for %s of hours", i + 1, outcome.valueShare(i), outcome.hoursShare(i))
				.isLessThan(bound);
		}
	}

	@Example
	void value_balanced_stays_closer_to_the_hours_share_than_round_robin_on_the_same_stream() {
		// 200 orders worth 1..10000 (fixed seed), reps working 40, 20 and 10 h: hours shares 4/7 = 0.571,
		// 2/7 = 0.286, 1/7 = 0.143. Round-robin deals about a third of the value to each, 0.571 - 0.333 = 0.24
		// off for the 40 h rep; value-balanced stays within about one order (at most 10000 of roughly 1,000,000).
		Random random = new Random(20_260_601);
		List<Integer> values = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			values.add(1 + random.nextInt(10_000));
		}
		List<Integer> hours = List.of(40, 20, 10);

		double balanced = simulate(new ValueBalanced(), values, hours).maxDeviation();
		double roundRobin = simulate(new RoundRobin(), values, hours).maxDeviation();

		assertThat(balanced).isLessThan(roundRobin);
		assertThat(balanced).isLessThan(0.03);
		assertThat(roundRobin).isGreaterThan(0.15);
	}

	/**
	 * Assigns each value in turn to the rep the chooser picks, then counts it: the chosen candidate's value, count
	 * and last assignment, and the team's totals, as the database would have them for the next decision.
	 */
	static Outcome simulate(Chooser chooser, List<Integer> values, List<Integer> hours) {
		List<Candidate> reps = new ArrayList<>();
		for (int i = 0; i < hours.size(); i++) {
			reps.add(candidate(i + 1, hours.get(i)));
		}
		BigDecimal teamHours = BigDecimal.valueOf(hours.stream().mapToInt(Integer::intValue).sum());
		Chooser.Context context = new Chooser.Context(teamHours, BigDecimal.ZERO, 0, null);
		for (int n = 0; n < values.size(); n++) {
			BigDecimal value = BigDecimal.valueOf(values.get(n));
			QueuedRequest order = request(requestId(n), RequestKind.ORDER, 0, value.toPlainString(), null, T0);
			Candidate chosen = chooser.chooseRep(order, reps, context).orElseThrow().candidate();
			reps.set(reps.indexOf(chosen), RoutingFixtures.withAssigned(chosen, chosen.assignedValue().add(value),
					chosen.assignedCount() + 1, T0.plusSeconds(n)));
			context = new Chooser.Context(teamHours, context.assignedValue().add(value), context.assignedCount() + 1,
					null);
		}
		return new Outcome(reps, context, values.stream().mapToInt(Integer::intValue).max().orElse(0));
	}

	record Outcome(List<Candidate> reps, Chooser.Context context, int maxValue) {

		double totalValue() {
			return context.assignedValue().doubleValue();
		}

		double valueShare(int rep) {
			return reps.get(rep).assignedValue().doubleValue() / totalValue();
		}

		double hoursShare(int rep) {
			return reps.get(rep).hours().doubleValue() / context.hours().doubleValue();
		}

		double maxDeviation() {
			double max = 0;
			for (int i = 0; i < reps.size(); i++) {
				max = Math.max(max, Math.abs(valueShare(i) - hoursShare(i)));
			}
			return max;
		}
	}
}
