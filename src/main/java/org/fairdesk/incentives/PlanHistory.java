package org.fairdesk.incentives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A team's plan versions in the order they take effect, each with the months it pays. The rule is the one statements
 * use ({@code Plans.inForce}): a month is paid under the version in force on its first day, the one with the latest
 * effective date on or before that day, and of two with the same date the one published later. So a version first
 * pays the month its effective date opens (or the next month, for a date after the 1st) and pays until the month
 * before the next version's first month; a version followed by one that first pays the same month pays none.
 *
 * @param versions oldest effective date first; for one date, in the order they were published
 */
public record PlanHistory(long teamId, List<Entry> versions) {

	/**
	 * One published version.
	 *
	 * @param firstMonth the first month it pays; null when it never applies
	 * @param lastMonth the last month it pays; null while no later version follows (or when it never applies)
	 * @param neverApplies true when a version effective later in the same month, or published later for the same
	 *        date, takes every month it would have paid
	 * @param inForceThisMonth whether the team's current month is paid under it
	 */
	public record Entry(String name, int version, LocalDate effectiveFrom, Instant publishedAt,
			@Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, boolean neverApplies,
			boolean inForceThisMonth) {
	}

	/** A version as stored, before its place in the history is known. */
	record Published(String name, int version, LocalDate effectiveFrom, Instant publishedAt, long id) {

		YearMonth opens() {
			return PlanHistory.opens(effectiveFrom);
		}
	}

	/** The first month whose first day is on or after a version's effective date: the first it can pay. */
	static YearMonth opens(LocalDate effectiveFrom) {
		YearMonth month = YearMonth.from(effectiveFrom);
		return effectiveFrom.getDayOfMonth() == 1 ? month : month.plusMonths(1);
	}

	/**
	 * The published version that pays the first month a new version effective from {@code day} could pay, when that
	 * version is effective later than {@code day} (a later day of the month before): the new one would then pay no
	 * month at all. Empty when the new version would apply.
	 */
	static Optional<Published> overtaking(List<Published> published, LocalDate day) {
		LocalDate firstDay = opens(day).atDay(1);
		return published.stream()
			.filter(p -> !p.effectiveFrom().isAfter(firstDay))
			.max(Comparator.comparing(Published::effectiveFrom).thenComparingLong(Published::id))
			.filter(p -> p.effectiveFrom().isAfter(day));
	}

	static PlanHistory of(long teamId, List<Published> published, YearMonth thisMonth) {
		List<Published> ordered = published.stream()
			.sorted(Comparator.comparing(Published::effectiveFrom).thenComparingLong(Published::id))
			.toList();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Published version = ordered.get(i);
			YearMonth next = i + 1 < ordered.size() ? ordered.get(i + 1).opens() : null;
			boolean never = next != null && !next.isAfter(version.opens());
			YearMonth first = never ? null : version.opens();
			YearMonth last = never || next == null ? null : next.minusMonths(1);
			boolean now = first != null && !first.isAfter(thisMonth) && (last == null || !last.isBefore(thisMonth));
			entries.add(new Entry(version.name(), version.version(), version.effectiveFrom(), version.publishedAt(),
					first, last, never, now));
		}
		return new PlanHistory(teamId, entries);
	}
}
