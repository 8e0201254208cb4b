package org.fairdesk.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Input from outside that breaks a rule; names every bad field so the caller can fix all at once. */
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

	/** One bad field and what is wrong with it. */
	public record FieldProblem(String field, String message) {

		@Override
		public String toString() {
			return field + ": " + message;
		}
	}
}
