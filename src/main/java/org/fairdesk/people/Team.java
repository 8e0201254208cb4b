package org.fairdesk.people;

import java.time.ZoneId;
import java.util.Currency;

/** A team of reps under one manager; its zone defines its months, its currency its money. */
public record Team(TeamId id, String name, Currency currency, ZoneId zone) {
}
