package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** Period arithmetic: a period is a calendar month in the team's zone, as a half-open window of instants. */
final class Periods {

	private Periods() {
	}

	static Instant start(YearMonth period, ZoneId zone) {
		return period.atDay(1).atStartOfDay(zone).toInstant();
	}

	/** The first instant after the period, exclusive, so consecutive periods neither overlap nor leave gaps. */
	static Instant end(YearMonth period, ZoneId zone) {
		return start(period.plusMonths(1), zone);
	}
}
