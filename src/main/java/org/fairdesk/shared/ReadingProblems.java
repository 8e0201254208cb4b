package org.fairdesk.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Says in the caller's words what is wrong with a document Fairdesk could not read (an API body, a plan): which
 * member, by its path as the checks name fields ({@code holidays[0].day}, {@code document.pool.percent}), and what
 * it must be. Never a Java type or Jackson's own message: those speak of {@code java.math.BigDecimal} and tokens,
 * not of the call.
 */
public final class ReadingProblems {

	private ReadingProblems() {
	}

	/**
	 * @param cause why reading failed (a Jackson exception, or the encoding's); null when there was nothing to read
	 * @param document what the whole document is called ({@code body}); member paths start below it, or with
	 *     {@code prefix}
	 * @param prefix put before every member's path, with a dot ({@code document} for a plan); null for none
	 * @param format JSON or YAML, for a document that does not parse
	 */
	public static InvalidInputException.FieldProblem of(@Nullable Throwable cause, String document,
			@Nullable String prefix, String format) {
		CharacterCodingException notUtf8 = find(cause, CharacterCodingException.class);
		if (notUtf8 != null) {
			return new InvalidInputException.FieldProblem(document, "must be UTF-8 text; " + notUtf8.getMessage());
		}
		if (cause == null) {
			return new InvalidInputException.FieldProblem(document, "is required: a " + format + " value");
		}
		if (!(cause instanceof JacksonException e)) {
			return new InvalidInputException.FieldProblem(document, "could not be read");
		}
		String field = field(e, document, prefix);
		return new InvalidInputException.FieldProblem(
				duplicateName(e) == null ? field : member(field, document, prefix, duplicateName(e)),
				message(e, format));
	}

	private static String message(JacksonException e, String format) {
		if (e instanceof StrictReading.Refused refused) {
			return refused.getOriginalMessage();
		}
		if (e instanceof PropertyBindingException unknown) {
			return "is not a member here; the members are " + unknown.getKnownPropertyIds();
		}
		if (e instanceof InputCoercionException coercion) {
			return "must be " + kind(coercion.getTargetType()) + range(coercion.getTargetType());
		}
		if (startsWith(e, "Trailing token")) {
			return "must hold one " + format + " value and nothing after it";
		}
		if (startsWith(e, "Missing required creator property")) {
			return "is required; give null to clear it"; // Fairdesk marks required only a member that null clears
		}
		if (e instanceof MismatchedInputException mismatch) {
			return "must be " + kind(mismatch.getTargetType()) + got(mismatch);
		}
		if (e instanceof StreamConstraintsException) {
			StreamReadConstraints limits = StreamReadConstraints.defaults();
			return "is too large to read: numbers of at most " + limits.getMaxNumberLength() + " digits, text of at most "
					+ limits.getMaxStringLength() + " characters, nested at most " + limits.getMaxNestingDepth()
					+ " deep";
		}
		if (duplicateName(e) != null) {
			return "is given twice" + at(e.getLocation()) + "; give each member once";
		}
		if (e instanceof UnexpectedEndOfInputException) {
			return "ends before its " + format + " value is complete";
		}
		if (e instanceof StreamReadException) {
			return "is not valid " + format + at(e.getLocation());
		}
		return "cannot be read here";
	}

	/** What a value of a Java type is, as the caller knows it: a whole number, text, a date as YYYY-MM-DD. */
	public static String kind(@Nullable Class<?> type) {
		if (type == null) {
			return "a value of another kind";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "a whole number";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
				|| type == float.class || type == Number.class) {
			return "a number";
		}
		if (type == String.class) {
			return "text";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == LocalDate.class) {
			return "a date as YYYY-MM-DD";
		}
		if (type == UUID.class) {
			return "an id such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
		}
		if (type == Instant.class) {
			return "a time such as 2026-11-27T07:16:07Z";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return type.isPrimitive() ? "a value of another kind" : "an object";
	}

	private static String range(@Nullable Class<?> type) {
		if (type == Integer.class || type == int.class) {
			return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
		}
		if (type == Long.class || type == long.class) {
			return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		return "";
	}

	private static String got(MismatchedInputException e) {
		Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
		if (value instanceof Double number && !Double.isFinite(number)) {
			return ""; // Jackson made 1e999999999 a double on its way to an integer: there is nothing to quote
		}
		if (value != null) {
			String text = Inputs.shortened(value instanceof BigDecimal number ? number.toString() : value.toString());
			return ", got " + (value instanceof CharSequence ? "\"" + text + "\"" : text);
		}
		JsonToken token = e.getCurrentToken();
		if (token == null) {
			return "";
		}
		return switch (token) {
			case START_OBJECT -> ", got an object";
			case START_ARRAY -> ", got a list";
			case VALUE_STRING -> ", got text";
			case VALUE_NUMBER_INT -> ", got a whole number";
			case VALUE_NUMBER_FLOAT -> ", got a number with a fraction";
			case VALUE_TRUE, VALUE_FALSE -> ", got " + token.asString();
			case VALUE_NULL -> ", got null";
			default -> "";
		};
	}

	/** Jackson names a repeated member only in its message: {@code Duplicate Object property "amount"}. */
	private static @Nullable String duplicateName(JacksonException e) {
		String message = e.getOriginalMessage();
		String prefix = "Duplicate Object property \"";
		if (!startsWith(e, prefix) || !message.endsWith("\"")) {
			return null;
		}
		return message.substring(prefix.length(), message.length() - 1);
	}

	/** For the refusals Jackson tells apart by its message only; ReadingProblemsTests notices if it changes. */
	private static boolean startsWith(JacksonException e, String prefix) {
		return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(prefix);
	}

	/** The member's path as the checks name fields: {@code holidays[0].day}; the document itself when none. */
	private static String field(JacksonException e, String document, @Nullable String prefix) {
		StringBuilder field = new StringBuilder(prefix == null ? "" : prefix);
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? document : field.toString();
	}

	/** A member below a field: {@code name}, {@code holidays[0].day}, {@code document.pool.percent}. */
	private static String member(String field, String document, @Nullable String prefix, String name) {
		return field.equals(document) ? (prefix == null ? name : prefix + "." + name) : field + "." + name;
	}

	private static String at(@Nullable TokenStreamLocation location) {
		return location == null || location.getLineNr() < 1 ? ""
				: " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static <T extends Throwable> @Nullable T find(@Nullable Throwable e, Class<T> type) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}
}
