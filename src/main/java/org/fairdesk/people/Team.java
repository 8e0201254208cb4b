package org.fairdesk.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import org.fairdesk.shared.Period;

/**
 * A team of reps under one manager; its zone defines its days and months, its currency its money. Every "today",
 * "this month" and period window in Fairdesk is the team's, asked of this record, never worked out by hand: on the
 * evening of a month's last day in New York it is still that month for a New York team, though UTC has moved on.
 * Its locale says how its pay pages write money and dates ({@code org.fairdesk.shared.MoneyFormat}).
 *
 * @param locale a BCP 47 tag's locale, such as de-DE (the API writes it as that tag); en-GB unless given one
 */
public record Team(TeamId id, String name, Currency currency, ZoneId zone, Locale locale) {

	/** A team's locale unless it is given one. */
	public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("en-GB");

	/** A team with the default locale (the form every team had before V32). */
	public Team(TeamId id, String name, Currency currency, ZoneId zone) {
		this(id, name, currency, zone, DEFAULT_LOCALE);
	}

	/** The team's calendar day at an instant. */
	public LocalDate dayOf(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

	/** The team's month at an instant. */
	public YearMonth monthOf(Instant at) {
		return YearMonth.from(dayOf(at));
	}

	public LocalDate today(Clock clock) {
		return dayOf(clock.instant());
	}

	public YearMonth thisMonth(Clock clock) {
		return monthOf(clock.instant());
	}

	/** The first instant of a period in the team's zone (its first local midnight), inclusive. */
	public Instant start(Period period) {
		return period.from(zone);
	}

	/** The first instant after a period in the team's zone, exclusive: consecutive periods neither overlap nor gap. */
	public Instant end(Period period) {
		return period.to(zone);
	}

	/** The first instant of the team's month that contains {@code at}. */
	public Instant startOfMonth(Instant at) {
		return start(Period.month(monthOf(at)));
	}
}
