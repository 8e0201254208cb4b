package org.fairdesk.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.RequestState;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic history of requests: business days only, 8 to 14 arrivals a day in office hours, a realistic
 * mix of kinds, long-tailed order values, margins of 12-38 %, and quotes that are won about a third of the time.
 */
final class DemoHistory {

	private final Random random;
	private final ZoneId zone;

	DemoHistory(long seed, ZoneId zone) {
		this.random = new Random(seed);
		this.zone = zone;
	}

	List<DemoRequest> between(LocalDate firstDay, Instant now) {
		List<DemoRequest> requests = new ArrayList<>();
		for (LocalDate day = firstDay; day.atStartOfDay(zone).toInstant().isBefore(now); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			int arrivals = 8 + random.nextInt(7);
			for (int i = 0; i < arrivals; i++) {
				Instant at = day.atTime(8, 30).atZone(zone).toInstant().plusSeconds(random.nextInt(9 * 3600));
				if (at.isBefore(now)) {
					requests.add(request(at));
				}
			}
		}
		requests.sort((a, b) -> a.receivedAt().compareTo(b.receivedAt()));
		return requests;
	}

	private DemoRequest request(Instant at) {
		String customer = DemoCast.CUSTOMERS.get(random.nextInt(DemoCast.CUSTOMERS.size()));
		String product = DemoCast.PRODUCTS.get(random.nextInt(DemoCast.PRODUCTS.size()));
		Instant started = at.plus(minutes(5, 90));
		double roll = random.nextDouble();
		if (roll < 0.35) {
			BigDecimal value = longTail(2500, 0.9);
			boolean cancelled = random.nextDouble() < 0.08;
			return new DemoRequest(RequestKind.ORDER, customer, "Order: " + (2 + random.nextInt(60)) + " " + product,
					value, at, started, started.plus(minutes(120, 3 * 24 * 60)),
					cancelled ? RequestState.CANCELLED : RequestState.FULFILLED, cancelled ? null : value,
					cancelled ? null : share(value, 0.12, 0.38), cancelled ? "Customer withdrew the order" : null);
		}
		if (roll < 0.55) {
			BigDecimal estimate = longTail(6000, 1.0);
			boolean won = random.nextDouble() < 0.35;
			BigDecimal value = won ? share(estimate, 0.85, 1.05) : null;
			return new DemoRequest(RequestKind.QUOTE, customer, "Quote: " + product + " for a new office", estimate, at,
					started, started.plus(minutes(24 * 60, 5 * 24 * 60)), won ? RequestState.WON : RequestState.LOST,
					value, value == null ? null : share(value, 0.15, 0.35), won ? null : "Chose a cheaper supplier");
		}
		return new DemoRequest(RequestKind.QUERY, customer, "Question about " + product + " delivery", null, at,
				started, started.plus(minutes(20, 6 * 60)), RequestState.RESOLVED, null, null, null);
	}

	private Duration minutes(int min, int max) {
		return Duration.ofMinutes(min + random.nextInt(max - min));
	}

	/** A log-normal amount around {@code median}, in cents. */
	private BigDecimal longTail(double median, double sigma) {
		double value = Math.min(60_000, Math.max(80, median * Math.exp(sigma * random.nextGaussian())));
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
	}

	private BigDecimal share(BigDecimal of, double min, double max) {
		double fraction = min + (max - min) * random.nextDouble();
		return of.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_EVEN);
	}

	/** One request's whole story, as the demo replays it through the modules. */
	record DemoRequest(RequestKind kind, String customer, String subject, @Nullable BigDecimal amount,
			Instant receivedAt, Instant startedAt, Instant closedAt, RequestState outcome, @Nullable BigDecimal value,
			@Nullable BigDecimal margin, @Nullable String reason) {
	}
}
