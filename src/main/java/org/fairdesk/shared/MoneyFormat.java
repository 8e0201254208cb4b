package org.fairdesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a page or a printed statement writes an amount for a person: in its own currency, the way the team's locale
 * writes money ({@code 1.234,56 €} in de-DE, {@code €1,234.56} in en-GB), with exactly the currency's decimals. The one
 * rule for money shown to people; files for machines (CSV, JSON) keep plain numbers and a currency column.
 */
public final class MoneyFormat {

	private MoneyFormat() {
	}

	/** The amount as the locale writes money; an empty text for no amount (a line that pays nothing). */
	public static String format(@Nullable Money money, Locale locale) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(money.currency());
		int digits = money.currency().getDefaultFractionDigits();
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		// exact: a Money is scaled to its currency already, so nothing is rounded here
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(money.amount());
	}

	/** A difference, with its sign always written: {@code +12,00 €}, {@code -3,50 €}, {@code ±0,00 €}. */
	public static String signed(@Nullable Money money, Locale locale) {
		if (money == null) {
			return "";
		}
		String written = format(money, locale);
		return money.isPositive() ? "+" + written : money.isNegative() ? written : "±" + written;
	}

	/** A number as the locale writes it, with the decimals it has: {@code 1.576,5} in de-DE. */
	public static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		return format.format(value);
	}

	/** A share (a fraction to 4 places, such as 0.1234) as the locale writes a percentage: {@code 12,34 %}. */
	public static String percent(@Nullable BigDecimal share, Locale locale) {
		if (share == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		if (format instanceof DecimalFormat decimal) {
			decimal.setRoundingMode(Money.ROUNDING);
		}
		return format.format(share);
	}
}
