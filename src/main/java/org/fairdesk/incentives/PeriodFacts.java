package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.Money;

/**
 * Everything the calculator may know about a team's month. It cannot tell whether these facts are real,
 * imported or simulated, and it needs nothing else.
 *
 * @param reps the team's members during the period, each with what they closed in it
 */
public record PeriodFacts(YearMonth period, TeamId teamId, String teamName, Currency currency, List<RepFacts> reps) {

	/** One rep's month. */
	public record RepFacts(RepId repId, String name, BigDecimal hoursPerWeek, LocalDate startDate,
			long ordersFulfilled, Money revenue, Money grossMargin) {
	}
}
