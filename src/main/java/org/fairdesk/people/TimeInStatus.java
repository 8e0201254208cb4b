package org.fairdesk.people;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long a rep has been in each availability between a start (the team's midnight) and now, from the changes in
 * that span: before the first change the rep was in the status it left; without a change, in the current one.
 */
public final class TimeInStatus {

	private TimeInStatus() {
	}

	/** {@code changes} are the rep's own, oldest first, all at or after {@code from}. */
	public static Map<Availability, Duration> of(Availability now, List<AvailabilityChange> changes, Instant from,
			Instant until) {
		Map<Availability, Duration> spent = new EnumMap<>(Availability.class);
		Availability status = changes.isEmpty() ? now : changes.get(0).from();
		Instant since = from;
		for (AvailabilityChange change : changes) {
			add(spent, status, since, change.at());
			status = change.to();
			since = change.at();
		}
		add(spent, status, since, until);
		return spent;
	}

	private static void add(Map<Availability, Duration> spent, Availability status, Instant from, Instant until) {
		if (until.isAfter(from)) {
			spent.merge(status, Duration.between(from, until), Duration::plus);
		}
	}
}
