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
		List<RepId> reps = new ArrayList<>(hours.keySet());
		List<Cursor> cursors = cursors(reps, spans);
		// Consecutive assignments made while the same reps were available share alike: sum them into one stretch and
		// divide once per stretch, not once per assignment (a month holds thousands of assignments, few changes).
		// Who is available is looked up again only once someone's availability changes.
		Stretch stretch = null;
		Instant until = Instant.MIN;
		for (Assignment assignment : month) {
			if (!assignment.at().isBefore(until)) {
				Presence presence = presence(reps, cursors, hours, assignment.at());
				until = presence.until();
				if (stretch == null || !stretch.present.equals(presence.reps())) {
					if (stretch != null) {
						stretch.share(hours, value, count);
					}
					stretch = new Stretch(presence.reps());
				}
			}
			stretch.add(assignment.amount());
		}
		if (stretch != null) {
			stretch.share(hours, value, count);
		}
		return new FairShares(value, count, portions(presence(reps, cursors(reps, spans), hours, now).reps(), hours));
	}

	private static List<Cursor> cursors(List<RepId> reps, Map<RepId, List<AvailableTime.Span>> spans) {
		return reps.stream().map(rep -> new Cursor(spans.getOrDefault(rep, List.of()))).toList();
	}

	/**
	 * Who shares at a moment, and until when that holds.
	 *
	 * @param reps the reps available with hours; everyone with hours if nobody was
	 * @param until the next moment any rep's availability changes ({@link Instant#MAX} if none does)
	 */
	private record Presence(List<RepId> reps, Instant until) {
	}

	private static Presence presence(List<RepId> reps, List<Cursor> cursors, Map<RepId, BigDecimal> hours,
			Instant at) {
		List<RepId> present = new ArrayList<>();
		Instant until = Instant.MAX;
		for (int i = 0; i < reps.size(); i++) {
			Cursor cursor = cursors.get(i);
			if (cursor.availableAt(at) && hours.get(reps.get(i)).signum() > 0) {
				present.add(reps.get(i));
			}
			Instant change = cursor.nextChange(at);
			until = change != null && change.isBefore(until) ? change : until;
		}
		return new Presence(present.isEmpty() ? reps : present, until);
	}

	/** The rep's fair share of the month with a request of {@code arriving} value (1 when counting) assigned now. */
	BigDecimal fair(RepId rep, boolean byValue, BigDecimal arriving) {
		BigDecimal owed = (byValue ? value : count).getOrDefault(rep, BigDecimal.ZERO);
		return owed.add(arriving.multiply(now.getOrDefault(rep, BigDecimal.ZERO), MATH));
	}

	/** Each sharing rep's hours over the sharing reps' hours. */
	private static Map<RepId, BigDecimal> portions(List<RepId> sharing, Map<RepId, BigDecimal> hours) {
		BigDecimal total = sharing.stream().map(hours::get).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<RepId, BigDecimal> portions = new HashMap<>();
		if (total.signum() > 0) {
			sharing.forEach(rep -> portions.put(rep, hours.get(rep).divide(total, MATH)));
		}
		return portions;
	}

	/** Assignments made one after the other while the same reps were available: their value and number. */
	private static final class Stretch {

		private final List<RepId> present;
		private BigDecimal amount = BigDecimal.ZERO;
		private long assignments;

		Stretch(List<RepId> present) {
			this.present = present;
		}

		void add(@Nullable BigDecimal amount) {
			assignments++;
			if (amount != null) {
				this.amount = this.amount.add(amount);
			}
		}

		void share(Map<RepId, BigDecimal> hours, Map<RepId, BigDecimal> value, Map<RepId, BigDecimal> count) {
			BigDecimal n = BigDecimal.valueOf(assignments);
			portions(present, hours).forEach((rep, portion) -> {
				count.merge(rep, n.multiply(portion, MATH), BigDecimal::add);
				value.merge(rep, amount.multiply(portion, MATH), BigDecimal::add);
			});
		}
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

		/** After {@link #availableAt}: when the rep's availability next changes after {@code at}; null if never. */
		@Nullable Instant nextChange(Instant at) {
			if (next >= spans.size()) {
				return null;
			}
			AvailableTime.Span span = spans.get(next);
			return span.contains(at) ? span.to() : span.from();
		}
	}
}
