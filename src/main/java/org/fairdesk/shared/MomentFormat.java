package org.fairdesk.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a page or a message writes a moment for a person: as the team's clock showed it, the way its locale writes a
 * date and time, with the zone's name ({@code 16 Nov 2026, 10:00 (Europe/Berlin)} in en-GB). The one rule for
 * moments shown to people, as {@link MoneyFormat} is for money; files for machines (CSV, JSON) keep instants.
 */
public final class MomentFormat {

	private MomentFormat() {
	}

	/** The moment in {@code zone}; an empty text for none. */
	public static String format(@Nullable Instant at, ZoneId zone, Locale locale) {
		if (at == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(zone)) + " (" + zone.getId() + ")";
	}
}
