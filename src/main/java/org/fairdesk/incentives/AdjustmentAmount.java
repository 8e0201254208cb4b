package org.fairdesk.incentives;

import java.math.BigDecimal;
import java.util.Currency;

import org.fairdesk.people.Team;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * An amount paid as an adjustment (a manager's, or an accepted dispute's), as sent: in the team's currency, not zero,
 * with no more decimals than it has, less than {@link Money#LIMIT} either way. One rule for both, each problem named.
 */
final class AdjustmentAmount {

	private AdjustmentAmount() {
	}

	/**
	 * @param currency the currency sent; null or empty means the team's when {@code currencyRequired} is false
	 * @param required what a missing amount is told ("is required: …")
	 * @param notZero what a zero amount is told ("must not be zero…")
	 * @return the amount as money, or null when a problem was added to {@code checks}
	 */
	static @Nullable Money checked(@Nullable BigDecimal amount, @Nullable String currency, boolean currencyRequired,
			Team team, String required, String notZero, FieldChecks checks) {
		int before = checks.problems().size();
		requirePresent(amount, currency, currencyRequired, required, team.currency().getCurrencyCode(), checks);
		Currency code = currency == null || currency.isEmpty() ? null : Inputs.currency(currency, "currency", checks);
		checks.require(code == null || code.equals(team.currency()), "currency",
				"must be " + team.currency().getCurrencyCode() + ", the team's currency");
		if (amount != null) {
			int digits = team.currency().getDefaultFractionDigits();
			checks.require(amount.signum() != 0, "amount", notZero)
				.require(amount.stripTrailingZeros().scale() <= digits, "amount",
						"must have at most " + digits + " decimals in " + team.currency())
				.require(amount.abs().compareTo(Money.LIMIT) < 0, "amount", "must be less than 10^12 either way");
		}
		return checks.problems().size() > before ? null : Money.of(amount, team.currency());
	}

	/** The amount, and the currency when it is required, are there; {@code example} is a currency to suggest. */
	static void requirePresent(@Nullable BigDecimal amount, @Nullable String currency, boolean currencyRequired,
			String required, String example, FieldChecks checks) {
		checks.require(amount != null, "amount", required)
			.require(!currencyRequired || currency != null, "currency", "is required: the team's currency, such as "
					+ example);
	}
}
