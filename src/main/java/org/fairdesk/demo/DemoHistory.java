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
 * mix of kinds, long-tailed order values, margins of 12-38 %, quotes that are sent and then won about a third of
 * the time, lost or left to expire; some waits on the customer, some escalations and a few reopens.
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
			int arrivals = 6 + random.nextInt(5); // 6 to 10 a business day for eight reps: a small B2B desk
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
			return order(customer, product, at, started);
		}
		if (roll < 0.55) {
			return quote(customer, product, at, started);
		}
		return query(customer, product, at, started);
	}

	/** Most orders are fulfilled; a quarter wait on the customer (a PO number, a delivery date) on the way. */
	private DemoRequest order(String customer, String product, Instant at, Instant started) {
		BigDecimal value = longTail(2500, 0.9);
		boolean cancelled = random.nextDouble() < 0.08;
		Wait wait = random.nextDouble() < 0.25 ? waitFrom(started) : null;
		Instant closed = (wait == null ? started : wait.until()).plus(minutes(120, 3 * 24 * 60));
		return new DemoRequest(RequestKind.ORDER, customer, "Order: " + (2 + random.nextInt(60)) + " " + product, value,
				at, started, wait, null, closed, cancelled ? RequestState.CANCELLED : RequestState.FULFILLED,
				cancelled ? null : value, cancelled ? null : share(value, 0.12, 0.38),
				cancelled ? "Customer withdrew the order" : null, cancelled ? null : reopenAfter(closed, 0.03));
	}

	/** A quote is sent, then won about a third of the time, lost more often, and left to expire by some customers. */
	private DemoRequest quote(String customer, String product, Instant at, Instant started) {
		BigDecimal estimate = longTail(6000, 1.0);
		Sent sent = new Sent(started.plus(minutes(30, 24 * 60)), share(estimate, 0.95, 1.1), 14 + random.nextInt(17));
		Instant answered = sent.at().plus(minutes(24 * 60, 10 * 24 * 60));
		double roll = random.nextDouble();
		RequestState outcome = roll < 0.35 ? RequestState.WON : roll < 0.8 ? RequestState.LOST : RequestState.EXPIRED;
		BigDecimal value = outcome == RequestState.WON ? share(sent.amount(), 0.85, 1.0) : null;
		return new DemoRequest(RequestKind.QUOTE, customer, capitalised(product) + " for a new office", estimate, at,
				started, null, sent, answered, outcome, value, value == null ? null : share(value, 0.15, 0.35),
				outcome == RequestState.LOST ? "Chose a cheaper supplier" : null, null);
	}

	/** Queries are answered the same day, some after asking the customer; one in ten goes to the product team. */
	private DemoRequest query(String customer, String product, Instant at, Instant started) {
		Wait wait = random.nextDouble() < 0.15 ? waitFrom(started) : null;
		Instant closed = (wait == null ? started : wait.until()).plus(minutes(20, 6 * 60));
		boolean escalated = random.nextDouble() < 0.1;
		return new DemoRequest(RequestKind.QUERY, customer, "Question about " + product + " delivery", null, at, started,
				wait, null, closed, escalated ? RequestState.ESCALATED : RequestState.RESOLVED, null, null,
				escalated ? "Needs the product team" : null, escalated ? null : reopenAfter(closed, 0.03));
	}

	/** A quote names what is offered, so the order it brings reads: Order from quote: Standing desks for … */
	private static String capitalised(String product) {
		return Character.toUpperCase(product.charAt(0)) + product.substring(1);
	}

	private Wait waitFrom(Instant started) {
		Instant from = started.plus(minutes(10, 120));
		return new Wait(from, from.plus(minutes(4 * 60, 3 * 24 * 60)));
	}

	/** Now and then the customer comes back after the close, and the rep who closed it reopens it. */
	private @Nullable Reopen reopenAfter(Instant closed, double chance) {
		if (random.nextDouble() >= chance) {
			return null;
		}
		Instant reopened = closed.plus(minutes(3 * 60, 3 * 24 * 60));
		return new Reopen(reopened, reopened.plus(minutes(60, 5 * 60)));
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

	/**
	 * One request's whole story, as the demo replays it through the modules.
	 *
	 * @param customerWait when the rep waited for the customer, if they did
	 * @param sent when and for how much a quote was sent
	 * @param closedAt when it closed (a quote: when the customer answered; an expiring quote has no answer)
	 * @param reopen when its closer reopened it and closed it again, if they did
	 */
	record DemoRequest(RequestKind kind, String customer, String subject, @Nullable BigDecimal amount,
			Instant receivedAt, Instant startedAt, @Nullable Wait customerWait, @Nullable Sent sent, Instant closedAt,
			RequestState outcome, @Nullable BigDecimal value, @Nullable BigDecimal margin, @Nullable String reason,
			@Nullable Reopen reopen) {
	}

	/** The rep asked the customer something at {@code from} and resumed when they answered at {@code until}. */
	record Wait(Instant from, Instant until) {
	}

	/** A quote sent at {@code at}, valid for {@code validDays} days from that day. */
	record Sent(Instant at, BigDecimal amount, int validDays) {
	}

	/** Reopened at {@code at}, resumed soon after and closed again, with the same outcome, at {@code closedAgainAt}. */
	record Reopen(Instant at, Instant closedAgainAt) {
	}
}
