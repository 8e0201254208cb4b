package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fairdesk.routing.RoutingFixtures.T0;
import static org.fairdesk.routing.RoutingFixtures.candidate;
import static org.fairdesk.routing.RoutingFixtures.context;
import static org.fairdesk.routing.RoutingFixtures.order;
import static org.fairdesk.routing.RoutingFixtures.profile;
import static org.fairdesk.routing.RoutingFixtures.query;
import static org.fairdesk.routing.RoutingFixtures.request;
import static org.fairdesk.routing.RoutingFixtures.requestId;
import static org.fairdesk.routing.RoutingFixtures.seeded;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.routing.Chooser.Choice;
import org.fairdesk.shared.RequestKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChoosersTests {

	private static Instant hoursBefore(int hours) {
		return T0.minus(Duration.ofHours(hours));
	}

	private static long chosenId(Chooser chooser, QueuedRequest request, List<Candidate> eligible,
			Chooser.Context context) {
		return chooser.chooseRep(request, eligible, context).orElseThrow().candidate().repId().value();
	}

	@Test
	void every_chooser_names_its_type_and_chooses_nobody_from_nobody() {
		List<Chooser> choosers = List.of(new RoundRobin(), new LeastLoaded(), new RandomChooser(), new ValueBalanced(),
				new ManualOnly());

		assertThat(choosers).extracting(Chooser::type)
			.containsExactly(ChooserType.ROUND_ROBIN, ChooserType.LEAST_LOADED, ChooserType.RANDOM,
					ChooserType.VALUE_BALANCED, ChooserType.MANAGER);
		assertThat(choosers).allSatisfy(
				chooser -> assertThat(chooser.chooseRep(order("100"), List.of(), context("60", "0", 0))).isEmpty());
	}

	@Nested
	class RoundRobinChooser {

		private final RoundRobin chooser = new RoundRobin();

		@Test
		void a_rep_never_assigned_anything_goes_first() {
			// rep 1 last got one 1 h ago, rep 3 3 h ago, rep 2 never: rep 2 goes before even the oldest
			List<Candidate> eligible = List.of(candidate(profile(1, 40), 0, hoursBefore(1)),
					candidate(profile(2, 40), 0, null), candidate(profile(3, 40), 0, hoursBefore(3)));

			Choice choice = chooser.chooseRep(order("100"), eligible, context("120", "0", 0)).orElseThrow();

			assertThat(choice.candidate().repId().value()).isEqualTo(2);
			assertThat(choice.why()).isEqualTo("has not been assigned anything yet");
		}

		@Test
		void then_the_rep_whose_last_assignment_is_oldest() {
			// T0 = 08:00Z; last assignments 07:00Z, 05:00Z, 06:00Z: rep 2 has waited longest (3 h)
			List<Candidate> eligible = List.of(candidate(profile(1, 40), 0, hoursBefore(1)),
					candidate(profile(2, 40), 9, hoursBefore(3)), candidate(profile(3, 40), 0, hoursBefore(2)));

			Choice choice = chooser.chooseRep(order("100"), eligible, context("120", "0", 0)).orElseThrow();

			assertThat(choice.candidate().repId().value()).isEqualTo(2);
			assertThat(choice.why()).isEqualTo("longest since the last assignment");
		}

		@Test
		void ties_go_to_the_lower_rep_id_whatever_the_order_handed_in() {
			List<Candidate> neverAssigned = List.of(candidate(profile(7, 40), 0, null),
					candidate(profile(3, 40), 0, null), candidate(profile(5, 40), 0, null));
			List<Candidate> sameMoment = List.of(candidate(profile(9, 40), 0, hoursBefore(2)),
					candidate(profile(4, 40), 0, hoursBefore(2)), candidate(profile(6, 40), 0, hoursBefore(1)));

			assertThat(chosenId(chooser, order("100"), neverAssigned, context("120", "0", 0))).isEqualTo(3);
			assertThat(chosenId(chooser, order("100"), sameMoment, context("120", "0", 0))).isEqualTo(4);
		}

		@Test
		void a_pull_gets_the_first_waiting_request_as_handed_in() {
			// the queue hands requests in most urgent, then oldest, first; round-robin keeps that order
			QueuedRequest urgent = request(RequestKind.QUERY, 5, null, null, T0);
			QueuedRequest big = request(RequestKind.ORDER, 1, "9000", null, hoursBefore(5));

			assertThat(chooser.chooseRequest(candidate(1, 40), List.of(urgent, big), context("40", "0", 0)))
				.contains(urgent);
			assertThat(chooser.chooseRequest(candidate(1, 40), List.of(), context("40", "0", 0))).isEmpty();
		}
	}

	@Nested
	class LeastLoadedChooser {

		private final LeastLoaded chooser = new LeastLoaded();

		@Test
		void the_rep_with_fewest_active_requests() {
			// loads 3, 1, 2: rep 2, although rep 1 has waited longest and rep 3 was never assigned
			List<Candidate> eligible = List.of(candidate(profile(1, 40), 3, hoursBefore(10)),
					candidate(profile(2, 40), 1, hoursBefore(1)), candidate(profile(3, 40), 2, null));

			Choice choice = chooser.chooseRep(order("100"), eligible, context("120", "0", 0)).orElseThrow();

			assertThat(choice.candidate().repId().value()).isEqualTo(2);
			assertThat(choice.why()).isEqualTo("fewest active requests (1)");
		}

		@Test
		void ties_go_to_the_one_idle_longest() {
			// reps 2 and 3 both carry 1; rep 3's last assignment (05:00Z) is older than rep 2's (07:00Z)
			List<Candidate> eligible = List.of(candidate(profile(1, 40), 2, hoursBefore(9)),
					candidate(profile(2, 40), 1, hoursBefore(1)), candidate(profile(3, 40), 1, hoursBefore(3)));

			assertThat(chosenId(chooser, order("100"), eligible, context("120", "0", 0))).isEqualTo(3);
		}

		@Test
		void among_tied_loads_a_rep_never_assigned_is_idle_longest_then_the_lower_id() {
			List<Candidate> withNewcomer = List.of(candidate(profile(1, 40), 0, hoursBefore(9)),
					candidate(profile(2, 40), 0, null));
			List<Candidate> allEqual = List.of(candidate(profile(8, 40), 0, hoursBefore(1)),
					candidate(profile(5, 40), 0, hoursBefore(1)));

			assertThat(chosenId(chooser, order("100"), withNewcomer, context("80", "0", 0))).isEqualTo(2);
			assertThat(chosenId(chooser, order("100"), allEqual, context("80", "0", 0))).isEqualTo(5);
		}
	}

	@Nested
	class RandomChoice {

		private final RandomChooser chooser = new RandomChooser();

		private final List<Candidate> three = List.of(candidate(1, 40), candidate(2, 40), candidate(3, 40));

		@Test
		void the_same_seed_and_draw_give_the_same_rep_every_time_and_in_any_order() {
			QueuedRequest request = request(requestId(17), RequestKind.ORDER, 0, "250", null, T0);

			Choice first = chooser.chooseRep(request, three, seeded(42).withDraw(5)).orElseThrow();
			Choice second = chooser.chooseRep(request, three, seeded(42).withDraw(5)).orElseThrow();
			List<Candidate> reversedOrder = List.of(three.get(2), three.get(1), three.get(0));
			Choice reversed = chooser.chooseRep(request, reversedOrder, seeded(42).withDraw(5)).orElseThrow();

			assertThat(second.candidate().repId()).isEqualTo(first.candidate().repId());
			assertThat(reversed.candidate().repId()).isEqualTo(first.candidate().repId());
			assertThat(first.why()).isEqualTo("drawn at random among 3 eligible reps");
			// without a seed the chooser uses a fixed one, so it repeats too
			Chooser.Context unseeded = context("120", "0", 0);
			assertThat(chosenId(chooser, request, three, unseeded))
				.isEqualTo(chosenId(chooser, request, three, unseeded));
		}

		@Test
		void the_request_itself_plays_no_part_only_the_seed_and_the_draw_number() {
			// request ids are random at intake: the same arrivals replayed get new ids and must get the same reps
			for (long draw = 0; draw < 50; draw++) {
				long one = chosenId(chooser, request(requestId(1), RequestKind.ORDER, 0, "100", null, T0), three,
						seeded(42).withDraw(draw));
				long other = chosenId(chooser, request(requestId(999), RequestKind.QUERY, 3, null, null, T0), three,
						seeded(42).withDraw(draw));
				assertThat(other).as("draw %d", draw).isEqualTo(one);
			}
		}

		@Test
		void over_300_draws_each_of_3_reps_gets_between_20_and_47_percent_whatever_the_seed() {
			// a fair draw gives each rep 100 of 300 (standard deviation sqrt(300 x 1/3 x 2/3) = 8.2);
			// 20 % = 60 and 47 % = 141 are about 5 standard deviations away
			for (long seed : new long[] { 1, 2, 3, 42, -7 }) {
				Map<Long, Integer> counts = new HashMap<>();
				for (int n = 0; n < 300; n++) {
					QueuedRequest request = request(requestId(n), RequestKind.ORDER, 0, "100", null, T0);
					counts.merge(chosenId(chooser, request, three, seeded(seed).withDraw(n)), 1, Integer::sum);
				}
				assertThat(counts).as("seed %d", seed).containsOnlyKeys(1L, 2L, 3L);
				assertThat(counts.values()).as("seed %d", seed).allSatisfy(c -> assertThat(c).isBetween(60, 141));
			}
		}

		@Test
		void different_seeds_send_the_same_draw_to_different_reps() {
			QueuedRequest request = request(requestId(1), RequestKind.ORDER, 0, "100", null, T0);
			Map<Long, Integer> counts = new HashMap<>();
			for (long seed = 0; seed < 300; seed++) {
				counts.merge(chosenId(chooser, request, three, seeded(seed)), 1, Integer::sum);
			}

			assertThat(counts).containsOnlyKeys(1L, 2L, 3L);
			assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(60, 141));
		}

		@Test
		void draw_is_stable() {
			// the same inputs give the same number on every call, and any input changes it
			assertThat(RandomChooser.draw(42, 7)).isEqualTo(RandomChooser.draw(42, 7));
			assertThat(RandomChooser.draw(43, 7)).isNotEqualTo(RandomChooser.draw(42, 7));
			assertThat(RandomChooser.draw(42, 8)).isNotEqualTo(RandomChooser.draw(42, 7));
			// and the value is the documented SplitMix64 step, recomputed here independently in arbitrary precision
			// modulo 2^64, so a change to the formula (which would reshuffle every seeded policy) is caught
			for (long[] input : new long[][] { { 1, 0 }, { 0, 1 }, { 42, 7 }, { -1, Long.MAX_VALUE },
					{ Long.MIN_VALUE, 123_456_789 } }) {
				assertThat(RandomChooser.draw(input[0], input[1])).isEqualTo(splitMix(input[0], input[1]));
			}
			// the place is the unsigned remainder: within the reps, whatever the sign of the draw
			assertThat(RandomChooser.place(-1, Long.MAX_VALUE, 3)).isBetween(0, 2);
		}

		/** z = seed + (draw + 1) * 0x9E3779B97F4A7C15, then the SplitMix64 finaliser, in BigInteger. */
		private static long splitMix(long seed, long draw) {
			BigInteger z = big(big(seed).add(times(big(draw + 1), big(0x9E3779B97F4A7C15L))).longValue());
			z = times(z.xor(z.shiftRight(30)), big(0xBF58476D1CE4E5B9L));
			z = times(z.xor(z.shiftRight(27)), big(0x94D049BB133111EBL));
			return z.xor(z.shiftRight(31)).longValue();
		}

		/** The unsigned 64-bit value of a long. */
		private static BigInteger big(long value) {
			return BigInteger.valueOf(value).and(MASK);
		}

		private static BigInteger times(BigInteger a, BigInteger b) {
			return a.multiply(b).and(MASK);
		}

		private static final BigInteger MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
	}

	@Nested
	class ValueBalancedChooser {

		private final ValueBalanced chooser = new ValueBalanced();

		@Test
		void an_order_goes_to_the_rep_furthest_below_their_share_of_value_by_hours() {
			// team hours 60: the 40 h rep's share is 2/3, the 20 h rep's 1/3; value so far 600 + 400 = 1000,
			// with this 300 order 1300. Shortfalls: 2/3 x 1300 - 600 = 266.67, 1/3 x 1300 - 400 = 33.33
			Candidate fortyHours = candidate(1, 40, "600", 6);
			Candidate twentyHours = candidate(2, 20, "400", 4);
			Chooser.Context context = context("60", "1000", 10);
			QueuedRequest order = order("300");

			Choice choice = chooser.chooseRep(order, List.of(twentyHours, fortyHours), context).orElseThrow();

			assertThat(choice.candidate().repId().value()).isEqualTo(1);
			assertThat(choice.why()).isEqualTo(
					"furthest below a fair share of this month's value for 40 h/week (short by 266.67)");
			assertThat(ValueBalanced.shortfall(fortyHours, order, context, true).doubleValue()).isCloseTo(266.6667,
					within(0.0001));
			assertThat(ValueBalanced.shortfall(twentyHours, order, context, true).doubleValue()).isCloseTo(33.3333,
					within(0.0001));
			assertThat(ValueBalanced.share(twentyHours, context).doubleValue()).isCloseTo(1.0 / 3, within(1e-15));
		}

		@Test
		void more_hours_do_not_win_by_themselves() {
			// 40 h rep has 900, 20 h rep 300 (total 1200); with a 300 order the total is 1500:
			// 2/3 x 1500 - 900 = 100, 1/3 x 1500 - 300 = 200: the 20 h rep is further below
			Candidate fortyHours = candidate(1, 40, "900", 9);
			Candidate twentyHours = candidate(2, 20, "300", 3);

			Choice choice = chooser.chooseRep(order("300"), List.of(fortyHours, twentyHours), context("60", "1200", 12))
				.orElseThrow();

			assertThat(choice.candidate().repId().value()).isEqualTo(2);
			assertThat(choice.why()).isEqualTo(
					"furthest below a fair share of this month's value for 20 h/week (short by 200.00)");
		}

		@Test
		void a_request_without_value_balances_the_count_instead() {
			// rep 1 (40 h) has 5 requests worth 0, rep 2 (20 h) 1 request worth 5000; team 6 requests, 5000.
			// A query: total count 7, 2/3 x 7 - 5 = -0.33, 1/3 x 7 - 1 = 1.33: rep 2, though far above by value.
			// An order of 100, for contrast: total 5100, 2/3 x 5100 - 0 = 3400, 1/3 x 5100 - 5000 = -3300: rep 1.
			Candidate fortyHours = candidate(1, 40, "0", 5);
			Candidate twentyHours = candidate(2, 20, "5000", 1);
			Chooser.Context context = context("60", "5000", 6);

			Choice forQuery = chooser.chooseRep(query(), List.of(fortyHours, twentyHours), context).orElseThrow();
			Choice forOrder = chooser.chooseRep(order("100"), List.of(fortyHours, twentyHours), context).orElseThrow();

			assertThat(forQuery.candidate().repId().value()).isEqualTo(2);
			assertThat(forQuery.why()).isEqualTo(
					"furthest below a fair share of this month's requests for 20 h/week (short by 1.33)");
			assertThat(forOrder.candidate().repId().value()).isEqualTo(1);
			assertThat(forOrder.why()).isEqualTo(
					"furthest below a fair share of this month's value for 40 h/week (short by 3400.00)");
		}

		@Test
		void equal_shortfalls_go_to_the_rep_idle_longest_then_the_lower_id() {
			// two 30 h reps with nothing yet: a 100 order leaves both 1/2 x 100 - 0 = 50 short
			Candidate recent = withLast(candidate(1, 30), hoursBefore(1));
			Candidate older = withLast(candidate(2, 30), hoursBefore(3));

			assertThat(chosenId(chooser, order("100"), List.of(recent, older), context("60", "0", 0))).isEqualTo(2);
			List<Candidate> neverAssigned = List.of(candidate(4, 30), candidate(3, 30));
			assertThat(chosenId(chooser, order("100"), neverAssigned, context("60", "0", 0))).isEqualTo(3);
		}

		@Test
		void a_pull_takes_among_the_most_urgent_the_request_that_brings_the_rep_closest_to_their_share() {
			// rep 1 works 40 of the team's 60 h. Waiting, most urgent first: priority 2 worth 1000, 100, 500,
			// then priority 1 worth 200. After taking v the rep is off their share by
			// |mine + v - 2/3 x (1000 + v)|.
			QueuedRequest p2v1000 = request(RequestKind.ORDER, 2, "1000", null, hoursBefore(4));
			QueuedRequest p2v100 = request(RequestKind.ORDER, 2, "100", null, hoursBefore(3));
			QueuedRequest p2v500 = request(RequestKind.ORDER, 2, "500", null, hoursBefore(2));
			QueuedRequest p1v200 = request(RequestKind.ORDER, 1, "200", null, hoursBefore(9));
			List<QueuedRequest> waiting = List.of(p2v1000, p2v100, p2v500, p1v200);
			Chooser.Context context = context("60", "1000", 10);

			// at share (600 of 1000): |v/3 - 66.67| is 266.67, 33.33, 100 for 1000, 100, 500: the 100 one.
			// The 200 one would fit exactly (0) but is less urgent, so it is not considered.
			assertThat(chooser.chooseRequest(candidate(1, 40, "600", 6), waiting, context)).contains(p2v100);
			// far below share (200 of 1000): |v/3 - 466.67| is 133.33, 433.33, 300: the 1000 one
			assertThat(chooser.chooseRequest(candidate(1, 40, "200", 2), waiting, context)).contains(p2v1000);
			assertThat(chooser.chooseRequest(candidate(1, 40, "200", 2), List.of(), context)).isEmpty();
		}

		@Test
		void a_pull_breaks_a_tie_by_the_older_request() {
			// at share (600 of 1000, 2/3): a 100 and a 300 are both 33.33 off (|100/3 - 66.67| = |300/3 - 66.67|);
			// the 300 one arrived first
			QueuedRequest newer100 = request(RequestKind.ORDER, 0, "100", null, hoursBefore(1));
			QueuedRequest older300 = request(RequestKind.ORDER, 0, "300", null, hoursBefore(2));

			assertThat(chooser.chooseRequest(candidate(1, 40, "600", 6), List.of(newer100, older300),
					context("60", "1000", 10)))
				.contains(older300);
		}

		private static Candidate withLast(Candidate c, Instant last) {
			return RoutingFixtures.withAssigned(c, c.assignedValue(), c.assignedCount(), last);
		}
	}

	@Nested
	class ManagerPicks {

		@Test
		void routing_chooses_nobody() {
			ManualOnly chooser = new ManualOnly();
			List<Candidate> eligible = List.of(candidate(1, 40), candidate(2, 20));

			assertThat(chooser.type()).isEqualTo(ChooserType.MANAGER);
			assertThat(chooser.chooseRep(order("100"), eligible, context("60", "0", 0))).isEmpty();
			assertThat(chooser.chooseRep(query(), eligible, context("60", "0", 0))).isEmpty();
		}
	}

	@Test
	void shares_are_zero_when_the_team_has_no_hours() {
		assertThat(ValueBalanced.share(candidate(1, 40), context("0", "0", 0))).isEqualByComparingTo(BigDecimal.ZERO);
	}
}
