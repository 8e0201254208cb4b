package org.fairdesk.shared;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** Reads the simple values that arrive from outside (query parameters, form fields), naming the field on error. */
public final class Inputs {

	private Inputs() {
	}

	/** One of an enum's constants, case-insensitively; otherwise a 400 listing the allowed values. */
	public static <E extends Enum<E>> E oneOf(Class<E> type, @Nullable String value, String field) {
		for (E constant : type.getEnumConstants()) {
			if (value != null && constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		throw InvalidInputException.of(field, "must be one of " + Arrays.toString(type.getEnumConstants())
				+ (value == null ? "" : ", got " + value));
	}

	/** A month as YYYY-MM; {@code current} when the value is missing or blank. */
	public static YearMonth month(@Nullable String value, YearMonth current, String field) {
		if (value == null || value.isBlank()) {
			return current;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidInputException.of(field, "must be a month as YYYY-MM, got " + value);
		}
	}

	/** A whole number typed into a form; null when left empty, a 400 naming {@code field} when it is not one. */
	public static @Nullable Integer wholeNumber(@Nullable String value, String field, String expected) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw InvalidInputException.of(field, "must be " + expected + ", got " + value);
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
		checks.require(false, field, "is not a day of the week: " + value);
		return null;
	}

	/** A time as HH:mm; null (and a problem for {@code field}) when it is missing or malformed. */
	public static @Nullable LocalTime time(@Nullable String value, String field, FieldChecks checks) {
		if (value == null) {
			checks.require(false, field, "is required as HH:mm");
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeException e) {
			checks.require(false, field, "must be a time as HH:mm, got " + value);
			return null;
		}
	}
}
