package org.fairdesk.shared;

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
}
