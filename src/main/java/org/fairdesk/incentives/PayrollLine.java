package org.fairdesk.incentives;

import java.time.YearMonth;

import org.fairdesk.people.RepId;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One row of a paid month's payroll file: who is paid ({@code employeeId} in the payroll system, null when the rep
 * has none recorded; {@code name} as on the stored statement), how much, and for which month.
 */
public record PayrollLine(RepId repId, @Nullable String employeeId, String name, Money amount, YearMonth period) {
}
