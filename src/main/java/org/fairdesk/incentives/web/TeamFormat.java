package org.fairdesk.incentives.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.fairdesk.incentives.StatementChanges;
import org.fairdesk.people.Team;
import org.fairdesk.shared.MomentFormat;
import org.fairdesk.shared.Money;
import org.fairdesk.shared.MoneyFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * How the pay pages write a team's money (its locale, {@link MoneyFormat}) and moments (its time zone,
 * {@link MomentFormat}). Templates call it as {@code ${format.money(s.payout)}}; no page writes money any other way
 * (the lab's pages too: it is the module's named interface {@code format} for them).
 */
@NamedInterface("format")
public record TeamFormat(Locale locale, ZoneId zone) {

	public static TeamFormat of(Team team) {
		return new TeamFormat(team.locale(), team.zone());
	}

	public String money(@Nullable Money amount) {
		return MoneyFormat.format(amount, locale);
	}

	/** A difference, its sign always written. */
	public String signed(@Nullable Money amount) {
		return MoneyFormat.signed(amount, locale);
	}

	/** Reps and their differences, as a preview's gains or losses read: Ann +€5.00, Ben +€2.50. */
	public String differences(java.util.List<org.fairdesk.incentives.PlanPreview.RepPay> pays) {
		return pays.stream().map(pay -> pay.repName() + " " + signed(pay.difference()))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/**
	 * A figure of "what changed" as its reader reads it, in the team's locale: an amount with its currency, a share as
	 * a percentage, seconds as minutes (as the statement's own line writes the median handling time), any other
	 * number with the decimals it has.
	 */
	public String figure(@Nullable BigDecimal value, StatementChanges.FigureChange figure, java.util.Currency currency) {
		if (value == null) {
			return "–";
		}
		return switch (figure.unit()) {
			case MONEY -> money(Money.of(value, currency));
			case SHARE -> percent(value);
			case SECONDS -> number(value.divide(SECONDS_A_MINUTE, 1, Money.ROUNDING)) + " min";
			case NUMBER -> number(value);
		};
	}

	private static final BigDecimal SECONDS_A_MINUTE = BigDecimal.valueOf(60);

	private String number(BigDecimal value) {
		return MoneyFormat.number(value, locale);
	}

	public String percent(@Nullable BigDecimal share) {
		return MoneyFormat.percent(share, locale);
	}

	/** A moment as the team's clock showed it, with the zone's name. */
	public String time(@Nullable Instant at) {
		return MomentFormat.format(at, zone, locale);
	}
}
