package org.fairdesk.routing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.people.AvailableTime;
import org.fairdesk.people.RepId;
import org.jspecify.annotations.Nullable;

/**
 * Each rep's fair share of what the team was assigned this month, counted on time actually available: every
 * assignment is shared, at the moment it was made, among the reps actually available then ({@link AvailableTime}),
 * in proportion to their contracted hours; a rep's fair share is the sum of their portions. A rep who was away while
 * work arrived is owed none of it, so their absence is neither punished nor repaid in a flood when they return. When
 * nobody was available (a manager's assignment at night), the assignment is shared among everyone by hours.
 *
 * @param value each rep's fair share of the month's assigned value
 * @param count each rep's fair share of the month's number of assignments
 * @param now each rep's portion of a request assigned now: their hours over those of the reps available now
 */
record FairShares(Map<RepId, BigDecimal> value, Map<RepId, BigDecimal> count, Map<RepId, BigDecimal> now) {

	private static final MathContext MATH = MathContext.DECIMAL64;

	/** An assignment this month: when it was made and the request's value (null for a query). */
	record Assignment(Instant at, @Nullable BigDecimal amount) {
	}

	/**
	 * @param month the month's assignments, oldest first
	 * @param spans when each rep was available this month, in time order
	 * @param hours the contracted hours of the reps who have a share (not those who have left)
	 */
	static FairShares of(List<Assignment> month, Map<RepId, List<AvailableTime.Span>> spans,
			Map<RepId, BigDecimal> hours, Instant now) {
		Map<RepId, BigDecimal> value = new HashMap<>();
		Map<RepId, BigDecimal> count = new HashMap<>();
		Map<RepId, Cursor> cursors = new HashMap<>();
		hours.keySet().forEach(rep -> cursors.put(rep, new Cursor(spans.getOrDefault(rep, List.of()))));
		for (Assignment assignment : month) {
			Map<RepId, BigDecimal> portions = portions(hours, cursors, assignment.at());
			portions.forEach((rep, portion) -> {
				count.merge(rep, portion, BigDecimal::add);
				if (assignment.amount() != null) {
					value.merge(rep, assignment.amount().multiply(portion, MATH), BigDecimal::add);
				}
			});
		}
		Map<RepId, Cursor> fresh = new HashMap<>();
		hours.keySet().forEach(rep -> fresh.put(rep, new Cursor(spans.getOrDefault(rep, List.of()))));
		return new FairShares(value, count, portions(hours, fresh, now));
	}

	/** The rep's fair share of the month with a request of {@code arriving} value (1 when counting) assigned now. */
	BigDecimal fair(RepId rep, boolean byValue, BigDecimal arriving) {
		BigDecimal owed = (byValue ? value : count).getOrDefault(rep, BigDecimal.ZERO);
		return owed.add(arriving.multiply(now.getOrDefault(rep, BigDecimal.ZERO), MATH));
	}

	/** Each available rep's hours over the available reps' hours at that moment (everyone's, if nobody was). */
	private static Map<RepId, BigDecimal> portions(Map<RepId, BigDecimal> hours, Map<RepId, Cursor> cursors,
			Instant at) {
		List<RepId> present = new ArrayList<>();
		cursors.forEach((rep, cursor) -> {
			if (cursor.availableAt(at) && hours.get(rep).signum() > 0) {
				present.add(rep);
			}
		});
		List<RepId> sharing = present.isEmpty() ? new ArrayList<>(hours.keySet()) : present;
		BigDecimal total = sharing.stream().map(hours::get).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<RepId, BigDecimal> portions = new HashMap<>();
		if (total.signum() > 0) {
			sharing.forEach(rep -> portions.put(rep, hours.get(rep).divide(total, MATH)));
		}
		return portions;
	}

	/** Walks one rep's spans forward as the assignments, oldest first, are read. */
	private static final class Cursor {

		private final List<AvailableTime.Span> spans;
		private int next;

		Cursor(List<AvailableTime.Span> spans) {
			this.spans = spans;
		}

		boolean availableAt(Instant at) {
			while (next < spans.size() && !spans.get(next).to().isAfter(at)) {
				next++;
			}
			return next < spans.size() && spans.get(next).contains(at);
		}
	}
}
