package org.fairdesk.routing.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** Times and durations on the supervisor's pages, in the team's zone. */
final class LiveFormat {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DAY_AND_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	LiveFormat(ZoneId zone) {
		this.zone = zone;
	}

	/** 14:05, or an em dash for no time. */
	public String clock(@Nullable Instant at) {
		return at == null ? "—" : CLOCK.format(at.atZone(zone));
	}

	/**
	 * A due time as the live page shows it: 14:30 on the day of {@code now} in the team's zone, else with its date
	 * (2026-12-07 11:00), so that a time two days ago or on Monday does not read as today's.
	 */
	public String due(@Nullable Instant due, Instant now) {
		if (due == null) {
			return clock(null);
		}
		boolean today = due.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
		return today ? clock(due) : DAY_AND_MINUTE.format(due.atZone(zone));
	}

	public String when(Instant at) {
		return DAY_AND_CLOCK.format(at.atZone(zone));
	}

	/** 2 h 05 min, 7 min, 40 s. */
	public String duration(long seconds) {
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = seconds / 60;
		return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
	}
}
