package org.fairdesk.incentives;

import java.time.LocalDate;

/** One published version of a plan: never changed once published; a change is a new version. */
public record PlanVersion(String name, int version, LocalDate effectiveFrom, PlanDocument document) {
}
