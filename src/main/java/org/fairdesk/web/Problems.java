package org.fairdesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.ReadingProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem details as the API answers them: a title, a detail, and each bad field under {@code errors}. */
final class Problems {

	private Problems() {
	}

	static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return problem;
	}

	static ProblemDetail withErrors(ProblemDetail problem, List<? extends Map<String, ?>> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	static Map<String, String> error(String field, @Nullable String message) {
		Map<String, String> error = new LinkedHashMap<>(); // field first, in every answer alike
		error.put("field", field);
		error.put("message", message == null ? "is invalid" : message);
		return error;
	}

	/** An input problem, with the line of the document it is on when it has one (a plan's field). */
	static Map<String, Object> error(InvalidInputException.FieldProblem problem) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", problem.field());
		error.put("message", problem.message() == null ? "is invalid" : problem.message());
		if (problem.line() != null) {
			error.put("line", problem.line());
		}
		return error;
	}

	/** A query parameter or path segment of the wrong kind, in the caller's words: {@code team: must be a whole number}. */
	static InvalidInputException.FieldProblem mismatch(TypeMismatchException e) {
		String name = String.valueOf(e instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: e.getPropertyName());
		String got = e.getValue() == null ? "" : ", got " + Inputs.shortened(e.getValue().toString());
		return new InvalidInputException.FieldProblem(name, "must be " + ReadingProblems.kind(e.getRequiredType()) + got);
	}

	/** A problem with one bad field, the detail saying both: {@code validDays: must be a whole number, got 2.5}. */
	static ProblemDetail field(HttpStatus status, String title, String field, String message) {
		return withErrors(problem(status, title, field + ": " + message), List.of(error(field, message)));
	}
}
