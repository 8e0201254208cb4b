package org.fairdesk.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Collects every problem in one input before rejecting it, so a caller learns all of them at once. */
public final class FieldChecks {

	private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

	public FieldChecks require(boolean condition, String field, String message) {
		if (!condition) {
			problems.add(new InvalidInputException.FieldProblem(field, message));
		}
		return this;
	}

	public FieldChecks requireText(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return require(false, field, "is required");
		}
		return require(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
	}

	/**
	 * A name shown on one line (a login, a team, a rep, a token, a holiday): {@link #requireText} without a line break
	 * or a tab, which would split it in a list, a picker or a CSV row. Other control characters are refused for every
	 * text at the door (docs/api.md).
	 */
	public FieldChecks requireName(@Nullable String value, String field, int maxLength) {
		requireText(value, field, maxLength);
		return require(value == null || value.chars().noneMatch(FieldChecks::breaksALine), field,
				"must be one line, without line breaks or tabs");
	}

	/** A line break, a tab, or Unicode's line and paragraph separators (U+2028, U+2029). */
	private static boolean breaksALine(int c) {
		return c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
	}

	/**
	 * A login's name, which is also its rep's: a name ({@link #requireName}) of at most 100 characters without a colon,
	 * because HTTP Basic ends the username at the first colon and such a login could never call the API.
	 */
	public FieldChecks requireUsername(@Nullable String value, String field) {
		requireName(value, field, 100);
		return require(value == null || value.indexOf(':') < 0, field,
				"must not contain a colon (:), which HTTP Basic cannot carry in a username");
	}

	/** The problems found so far, in the order found. */
	public List<InvalidInputException.FieldProblem> problems() {
		return List.copyOf(problems);
	}

	public boolean hasAny() {
		return !problems.isEmpty();
	}

	public boolean hasProblem(String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field));
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
