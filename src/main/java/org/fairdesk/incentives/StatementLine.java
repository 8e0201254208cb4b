package org.fairdesk.incentives;

import org.fairdesk.shared.Money;

/** One step of a statement's arithmetic: what it is, how it was computed, and the amount it came to. */
public record StatementLine(String label, String calculation, Money amount) {
}
