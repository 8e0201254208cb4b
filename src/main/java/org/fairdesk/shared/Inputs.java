package org.fairdesk.shared;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Reads the simple values that arrive from outside (query parameters, form fields), naming the field on error. */
public final class Inputs {

	/**
	 * The years a month or a day from outside may lie in: four digits, from the Unix epoch on. Both databases hold
	 * every instant of them (PostgreSQL's timestamps end in 294276), and nothing Fairdesk records lies earlier.
	 */
	public static final int FIRST_YEAR = 1970;
	public static final int LAST_YEAR = 9999;

	/**
	 * Digits a number from outside may have before and after its point: far more than any amount, hour or rate
	 * needs, and a bound on what a number like 1e999999999 would take to write out in full.
	 */
	public static final int MAX_DIGITS = 100;

	/**
	 * The request attribute under which the input filter leaves its refusal of a parameter (an
	 * {@link InvalidInputException.FieldProblem}) for a page row action that answers htmx with its row (My work's
	 * moves), instead of answering with the error page htmx would not show; such an action must check it first and
	 * store nothing.
	 */
	public static final String REFUSED_PARAMETER = "org.fairdesk.refusedParameter";

	public static final String NO_NUL = "must not contain the NUL character (U+0000)";

	/** Control characters that no field means: they cannot be shown, and some (ESC) steer a terminal or a printer. */
	public static final String NO_CONTROLS = "must not contain control characters (U+0001 to U+001F, U+007F to U+009F)"
			+ " other than tab, line feed and carriage return";

	public static final String NO_HALF_PAIRS = "must not contain half of a surrogate pair (U+D800 to U+DFFF alone):"
			+ " it is no character";

	public static final String MONTH_RULE = "must be a month as YYYY-MM from " + FIRST_YEAR + "-01 to " + LAST_YEAR
			+ "-12";

	public static final String DAY_RULE = "must be a date as YYYY-MM-DD from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR
			+ "-12-31";

	public static final String NUMBER_RULE = "must be a number with at most " + MAX_DIGITS + " digits before and "
			+ MAX_DIGITS + " after the decimal point";

	private Inputs() {
	}

	/**
	 * What makes text from outside unfit to store, or null when nothing does: NUL, which PostgreSQL refuses; the
	 * other control characters but tab and line breaks, which no page can show and an export would pass on to a
	 * terminal or a spreadsheet; and half of a surrogate pair (U+D800 on its own, which a JSON escape can write), which
	 * no UTF-8 holds (PostgreSQL's driver would store a ? in its place). Every text from outside is checked before
	 * anything reads it.
	 */
	public static @Nullable String textProblem(String text) {
		return problem(text, true);
	}

	/** What of {@link #textProblem} no database could hold (NUL, half pairs): the check of text Fairdesk wrote. */
	public static @Nullable String unstorableTextProblem(String text) {
		return problem(text, false);
	}

	private static @Nullable String problem(String text, boolean controlsRefused) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return NO_NUL;
			}
			if (controlsRefused && isRefusedControl(c)) {
				return NO_CONTROLS + String.format("; found U+%04X at character %d", (int) c, i + 1);
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return NO_HALF_PAIRS;
			}
		}
		return null;
	}

	/** Tab, line feed and carriage return are text (a textarea sends them); every other C0 or C1 control is not. */
	private static boolean isRefusedControl(char c) {
		return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
	}

	/** Whether a day lies in the years Fairdesk takes from outside ({@link #FIRST_YEAR} to {@link #LAST_YEAR}). */
	public static boolean isWithinYears(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
	}

	/**
	 * Whether a number is one Fairdesk reads at all: at most {@link #MAX_DIGITS} digits on either side of the point.
	 * Checked from its scale and precision, so it never writes the number out.
	 */
	public static boolean isOfSaneSize(BigDecimal number) {
		return number.scale() <= MAX_DIGITS && (long) number.precision() - number.scale() <= MAX_DIGITS;
	}

	/**
	 * A number as a form or a query writes it, in the digits 0 to 9 the API's JSON reads: Java's parsers also take
	 * other scripts' digits (٣٠ read as 30), so without this a page stored what the API refused. A
	 * NumberFormatException when it is not one, as {@link BigDecimal#BigDecimal(String)} throws.
	 */
	public static BigDecimal parseDecimal(String text) {
		return new BigDecimal(latinDigitsOnly(text));
	}

	/** {@link #parseDecimal}'s rule for a whole number that fits an int. */
	public static int parseInt(String text) {
		return Integer.parseInt(latinDigitsOnly(text));
	}

	/** {@link #parseDecimal}'s rule for a whole number that fits a long. */
	public static long parseLong(String text) {
		return Long.parseLong(latinDigitsOnly(text));
	}

	private static String latinDigitsOnly(String text) {
		if (text.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
			throw new NumberFormatException("digits other than 0 to 9: " + text);
		}
		return text;
	}

	/** A number typed into a form; null when left empty, a problem for {@code field} when it is not one. */
	public static @Nullable BigDecimal decimal(@Nullable String value, String field, FieldChecks checks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			BigDecimal number = parseDecimal(value.strip());
			checks.require(isOfSaneSize(number), field, NUMBER_RULE + ", got " + shortened(value));
			return isOfSaneSize(number) ? number : null;
		}
		catch (NumberFormatException e) {
			checks.require(false, field, "must be a number like 1234.50, got " + shortened(value));
			return null;
		}
	}

	/** A date typed into a form; null when left empty, a problem for {@code field} when it is not one. */
	public static @Nullable LocalDate day(@Nullable String value, String field, FieldChecks checks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			checks.require(isWithinYears(day), field, DAY_RULE + ", got " + shortened(value));
			return isWithinYears(day) ? day : null;
		}
		catch (DateTimeParseException e) {
			checks.require(false, field, DAY_RULE + ", got " + shortened(value));
			return null;
		}
	}

	/** What a currency code must be, wherever one is read. */
	public static final String CURRENCY_RULE = "must be a 3-letter ISO 4217 code such as EUR";

	/**
	 * An ISO 4217 currency code in any case (EUR, eur), exactly as given: a code with spaces around it is refused, not
	 * trimmed. Null (and a problem for {@code field}) when it is not one.
	 */
	public static @Nullable Currency currency(String code, String field, FieldChecks checks) {
		Optional<Currency> currency = currencyOf(code);
		checks.require(currency.isPresent(), field, CURRENCY_RULE + ", got '" + shortened(code) + "'");
		return currency.orElse(null);
	}

	/**
	 * The one rule for currency codes: three letters naming an ISO 4217 currency that has minor units (not XXX, no
	 * currency, nor XAU, gold), since every amount in Fairdesk is counted in them.
	 */
	public static Optional<Currency> currencyOf(String code) {
		try {
			if (code.length() == 3) {
				Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
				return currency.getDefaultFractionDigits() >= 0 ? Optional.of(currency) : Optional.empty();
			}
		}
		catch (IllegalArgumentException notIso) {
			// not a currency
		}
		return Optional.empty();
	}

	/** A value to quote back in a message: its first 40 characters. */
	public static String shortened(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	/**
	 * The constant of {@code type} that {@code value} names, ignoring case and surrounding spaces; empty when it names
	 * none. The one case-insensitive reading of an enum from outside input; {@link #oneOf} names the field on error.
	 */
	public static <E extends Enum<E>> Optional<E> named(Class<E> type, @Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		String name = value.strip();
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(name))
			.findFirst();
	}

	/** One of an enum's constants, case-insensitively; otherwise a 400 listing the allowed values. */
	public static <E extends Enum<E>> E oneOf(Class<E> type, @Nullable String value, String field) {
		return named(type, value).orElseThrow(() -> InvalidInputException.of(field, notOneOf(type, value)));
	}

	/**
	 * One of an enum's constants, case-insensitively; otherwise null and a problem for {@code field} in
	 * {@code checks}, for inputs whose every bad field is reported at once.
	 */
	public static <E extends Enum<E>> @Nullable E oneOf(Class<E> type, @Nullable String value, String field,
			FieldChecks checks) {
		Optional<E> constant = named(type, value);
		checks.require(constant.isPresent(), field, constant.isPresent() ? "" : notOneOf(type, value));
		return constant.orElse(null);
	}

	private static String notOneOf(Class<? extends Enum<?>> type, @Nullable String value) {
		return "must be one of " + Arrays.toString(type.getEnumConstants())
				+ (value == null ? "" : ", got " + shortened(value));
	}

	/** A month as YYYY-MM from {@link #FIRST_YEAR} to {@link #LAST_YEAR}; {@code current} when missing or blank. */
	public static YearMonth month(@Nullable String value, YearMonth current, String field) {
		YearMonth month = month(value, field);
		return month == null ? current : month;
	}

	/**
	 * A month as YYYY-MM, or null when missing or blank: for callers whose "this month" depends on whose month it
	 * is (each team's, in its zone).
	 */
	public static @Nullable YearMonth month(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(value.strip());
			if (isWithinYears(month.atDay(1))) {
				return month;
			}
		}
		catch (DateTimeParseException e) {
			// named below
		}
		throw InvalidInputException.of(field, MONTH_RULE + ", got " + shortened(value));
	}

	/** A whole number typed into a form; null when left empty, a 400 naming {@code field} when it is not one. */
	public static @Nullable Integer wholeNumber(@Nullable String value, String field, String expected) {
		FieldChecks checks = new FieldChecks();
		Integer number = wholeNumber(value, field, expected, checks);
		checks.throwIfAny();
		return number;
	}

	/**
	 * A whole number typed into a form; null when left empty, and null with a problem for {@code field} when it is
	 * not one, so that a form with several numbers names every bad one at once.
	 */
	public static @Nullable Integer wholeNumber(@Nullable String value, String field, String expected,
			FieldChecks checks) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			checks.require(false, field, "must be " + expected + ", got " + shortened(value));
			return null;
		}
	}

	/** A day of the week as MONDAY or MON (any case); null (and a problem for {@code field}) when it is not one. */
	public static @Nullable DayOfWeek dayOfWeek(@Nullable String value, String field, FieldChecks checks) {
		if (value == null) { // a JSON list may hold a null: name it rather than fail on it
			checks.require(false, field, "is empty; days are MON to SUN");
			return null;
		}
		String upper = value.strip().toUpperCase(Locale.ROOT);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (upper.length() >= 3 && day.name().startsWith(upper)) {
				return day;
			}
		}
		checks.require(false, field, "is not a day of the week: " + shortened(value));
		return null;
	}

	/**
	 * A time of day as the forms' time inputs send it, two digits of hours and two of minutes, or as the API writes
	 * one back (with ":00" seconds), so that a setting read and put back is taken; seconds other than 00 are refused.
	 */
	private static final java.time.format.DateTimeFormatter HOURS_AND_MINUTES = java.time.format.DateTimeFormatter
		.ofPattern("HH:mm[:ss]")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** A time as HH:mm; null (and a problem for {@code field}) when it is missing or malformed. */
	public static @Nullable LocalTime time(@Nullable String value, String field, FieldChecks checks) {
		if (value == null) {
			checks.require(false, field, "is required as HH:mm");
			return null;
		}
		try {
			LocalTime time = LocalTime.parse(value.strip(), HOURS_AND_MINUTES);
			checks.require(time.getSecond() == 0, field, "must be a time as HH:mm, without seconds, got "
					+ shortened(value));
			return time.getSecond() == 0 ? time : null;
		}
		catch (DateTimeException e) {
			checks.require(false, field, "must be a time as HH:mm, got " + shortened(value));
			return null;
		}
	}
}
