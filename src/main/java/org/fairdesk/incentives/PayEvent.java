package org.fairdesk.incentives;

import java.time.Instant;
import java.time.YearMonth;

/** One move of a team's month (closed, approved, paid): who, when, and what it held. */
public record PayEvent(YearMonth period, PayPeriod.State event, String actor, Instant at, String detail) {
}
