package org.fairdesk.shared;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input from outside that breaks a rule; names every bad field so the caller can fix all at once. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String message) {
		return new InvalidInputException(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * One bad field and what is wrong with it.
	 *
	 * @param line the 1-based line of a text document (a plan's YAML) the field is on, when the field lies in one;
	 *     null otherwise
	 */
	public record FieldProblem(String field, String message, @Nullable Integer line) {

		public FieldProblem(String field, String message) {
			this(field, message, null);
		}

		/** The same problem, located on a line of its document. */
		public FieldProblem at(int line) {
			return new FieldProblem(field, message, line);
		}

		@Override
		public String toString() {
			return field + ": " + message;
		}
	}
}
