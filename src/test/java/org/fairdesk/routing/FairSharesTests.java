package org.fairdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fairdesk.people.AvailableTime.Span;
import org.fairdesk.people.RepId;
import org.junit.jupiter.api.Test;

/** Fair shares on time actually available: each assignment is shared among the reps available when it was made. */
class FairSharesTests {

	private static final RepId ANA = new RepId(1);
	private static final RepId BEN = new RepId(2);
	/** Shares are ranking figures in DECIMAL64, not money: a third is 0.3333333333333333. */
	private static final org.assertj.core.data.Offset<BigDecimal> CLOSE = org.assertj.core.data.Offset.offset(new BigDecimal("1e-9"));

	private static final Instant NINE = Instant.parse("2026-11-16T09:00:00Z");

	@Test
	void whatArrivedWhileARepWasAwayIsSharedByThoseWhoWereThere() {
		// Ana works all morning; Ben (half her hours) only from 10:00.
		Map<RepId, List<Span>> spans = Map.of(ANA, List.of(new Span(NINE, NINE.plusSeconds(4 * 3600))), BEN,
				List.of(new Span(NINE.plusSeconds(3600), NINE.plusSeconds(4 * 3600))));
		List<FairShares.Assignment> month = List.of(new FairShares.Assignment(NINE.plusSeconds(600), new BigDecimal("900")),
				new FairShares.Assignment(NINE.plusSeconds(2 * 3600), new BigDecimal("300")),
				new FairShares.Assignment(NINE.plusSeconds(3 * 3600), null));
		FairShares shares = FairShares.of(month, spans, Map.of(ANA, new BigDecimal("40"), BEN, new BigDecimal("20")),
				NINE.plusSeconds(3 * 3600 + 60));

		assertThat(shares.value().get(ANA)).isCloseTo(new BigDecimal("1100"), CLOSE); // 900 + 2/3 of 300
		assertThat(shares.value().get(BEN)).isCloseTo(new BigDecimal("100"), CLOSE);
		assertThat(shares.count().get(ANA).add(shares.count().get(BEN))).isCloseTo(new BigDecimal("3"), CLOSE);
		assertThat(shares.fair(BEN, true, new BigDecimal("600"))).as("with a 600 order now")
			.isCloseTo(new BigDecimal("300.0000000000000"), CLOSE);
	}

	@Test
	void anAssignmentWhenNobodyWasAvailableIsSharedByHours() {
		FairShares shares = FairShares.of(List.of(new FairShares.Assignment(NINE, new BigDecimal("90"))),
				Map.of(ANA, List.of(), BEN, List.of()), Map.of(ANA, new BigDecimal("40"), BEN, new BigDecimal("20")),
				NINE.plusSeconds(60));
		assertThat(shares.value().get(ANA)).isCloseTo(new BigDecimal("60"), CLOSE);
		assertThat(shares.value().get(BEN)).isCloseTo(new BigDecimal("30"), CLOSE);
	}
}
