package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fairdesk.routing.RoutingFixtures.T0;
import static org.fairdesk.routing.RoutingFixtures.requestId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

/**
 * The cherry-pick index: where a claimed request's value ranks among the other requests open when it was claimed,
 * counting ties as half; 0.5 on average means no cherry-picking.
 */
class CherryPickTests {

	private static int next;

	private static QueuedRequest requestWorth(@Nullable String amount) {
		RequestKind kind = amount == null ? RequestKind.QUERY : RequestKind.ORDER;
		return RoutingFixtures.request(requestId(next++), kind, 0, amount, null, T0);
	}

	private static List<QueuedRequest> others(@Nullable String... amounts) {
		List<QueuedRequest> requests = new ArrayList<>();
		for (String amount : amounts) {
			requests.add(requestWorth(amount));
		}
		return requests;
	}

	private static List<QueuedRequest> with(QueuedRequest claimed, List<QueuedRequest> others) {
		List<QueuedRequest> all = new ArrayList<>(others);
		all.add(0, claimed);
		return all;
	}

	@Test
	void the_share_of_the_others_worth_less() {
		// 500 among 100, 200, 900: 2 below, 0 equal, 3 others: (2 x 2 + 0) / (2 x 3) = 4/6 = 0.66667
		QueuedRequest claimed = requestWorth("500");

		BigDecimal percentile = Dispatcher.percentile(claimed, with(claimed, others("100", "200", "900")));

		assertThat(percentile).isEqualByComparingTo("0.66667");
		assertThat(percentile.scale()).isEqualTo(5);
	}

	@Test
	void the_largest_and_the_smallest() {
		// 900 among 100, 200, 500: (2 x 3) / 6 = 1; 100 among 200, 500, 900: 0 / 6 = 0
		QueuedRequest largest = requestWorth("900");
		QueuedRequest smallest = requestWorth("100");

		assertThat(Dispatcher.percentile(largest, with(largest, others("100", "200", "500"))))
			.isEqualByComparingTo("1");
		assertThat(Dispatcher.percentile(smallest, with(smallest, others("200", "500", "900"))))
			.isEqualByComparingTo("0");
	}

	@Test
	void ties_count_half() {
		// 200 among 200, 100: 1 below, 1 equal: (2 x 1 + 1) / (2 x 2) = 3/4 = 0.75
		QueuedRequest claimed = requestWorth("200");
		// the same value written differently is still a tie: 200 among 200.00 alone: (0 + 1) / 2 = 0.5
		QueuedRequest again = requestWorth("200");

		assertThat(Dispatcher.percentile(claimed, with(claimed, others("200", "100")))).isEqualByComparingTo("0.75");
		assertThat(Dispatcher.percentile(again, with(again, others("200.00")))).isEqualByComparingTo("0.5");
	}

	@Test
	void the_claimed_request_is_not_counted_among_the_others() {
		// the open list holds the claimed request itself (it is locked, not yet assigned): 300 among 100 and
		// itself would be (2 + 1) / 4 = 0.75 if it counted; among 100 alone it is 2 / 2 = 1
		QueuedRequest claimed = requestWorth("300");

		assertThat(Dispatcher.percentile(claimed, with(claimed, others("100")))).isEqualByComparingTo("1");
		assertThat(Dispatcher.percentile(claimed, others("100"))).isEqualByComparingTo("1");
	}

	@Test
	void with_no_other_valued_request_open_it_is_one_half() {
		QueuedRequest claimed = requestWorth("500");

		assertThat(Dispatcher.percentile(claimed, List.of(claimed))).isEqualByComparingTo("0.5");
		assertThat(Dispatcher.percentile(claimed, List.of())).isEqualByComparingTo("0.5");
		// only queries open besides it: nothing to rank against
		assertThat(Dispatcher.percentile(claimed, with(claimed, others(null, null)))).isEqualByComparingTo("0.5");
	}

	@Test
	void a_claimed_request_without_value_has_no_percentile() {
		QueuedRequest query = requestWorth(null);

		assertThat(Dispatcher.percentile(query, with(query, others("100", "200")))).isNull();
	}

	@Test
	void others_without_value_are_ignored() {
		// 500 among 100, (query), 900, (query): 1 below of 2 valued: 2 / 4 = 0.5
		QueuedRequest claimed = requestWorth("500");

		assertThat(Dispatcher.percentile(claimed, with(claimed, others("100", null, "900", null))))
			.isEqualByComparingTo("0.5");
	}

	@Test
	void a_share_that_does_not_end_after_five_decimals_is_rounded_to_five() {
		// 300 among 100, 200, 400, 500, 600, 700: 2 below of 6: 4 / 12 = 0.333333... -> 0.33333
		QueuedRequest claimed = requestWorth("300");

		assertThat(Dispatcher.percentile(claimed, with(claimed, others("100", "200", "400", "500", "600", "700"))))
			.isEqualByComparingTo("0.33333");
	}

	@Test
	void a_small_share_is_rounded_once_to_five_decimals() {
		// 100 among one other 100 and ten of 200: 0 below, 1 equal, 11 others: (0 + 1) / 22 = 0.0454545...,
		// which is 0.04545 to five decimals. The divide keeps 5 significant digits, 0.045455, and setScale
		// then rounds that 5 to even: 0.04546.
		QueuedRequest claimed = requestWorth("100");
		List<QueuedRequest> others = others("100", "200", "200", "200", "200", "200", "200", "200", "200", "200",
				"200");

		assertThat(Dispatcher.percentile(claimed, with(claimed, others))).isEqualByComparingTo("0.04545");
	}

	/**
	 * Without cherry-picking the claimed request is any of the open ones with equal chance; its percentile then
	 * averages 0.5 exactly (each pair of different values adds 1 to one side and 0 to the other, each tie 1/2 to
	 * both). Over 1000 draws the mean's standard deviation is about 0.29 / sqrt(1000) = 0.009, so 0.05 is a wide
	 * margin. The seed is fixed, so every run tries the same cases.
	 */
	@Property(tries = 200, seed = "20260601")
	void claims_drawn_at_random_average_one_half(
			@ForAll @Size(min = 2, max = 100) List<@WithNull(0.1) @IntRange(min = 1, max = 10_000) Integer> amounts,
			@ForAll Random random) {
		List<QueuedRequest> openSet = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			Integer amount = amounts.get(i);
			openSet.add(RoutingFixtures.request(requestId(i), amount == null ? RequestKind.QUERY : RequestKind.ORDER,
					0, amount == null ? null : amount.toString(), null, T0));
		}
		double sum = 0;
		int valued = 0;
		for (int draw = 0; draw < 1000; draw++) {
			QueuedRequest claimed = openSet.get(random.nextInt(openSet.size()));
			BigDecimal percentile = Dispatcher.percentile(claimed, openSet);
			assertThat(percentile == null).isEqualTo(claimed.amount() == null);
			if (percentile != null) {
				assertThat(percentile).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
				sum += percentile.doubleValue();
				valued++;
			}
		}
		if (valued > 0) {
			assertThat(sum / valued).isCloseTo(0.5, within(0.05));
		}
	}
}
