package org.fairdesk.web;

import java.util.List;
import java.util.Map;

import org.fairdesk.shared.InputProblemDetails;
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

	/** A query parameter or path segment of the wrong kind, in the caller's words: {@code team: must be a whole number}. */
	static InvalidInputException.FieldProblem mismatch(TypeMismatchException e) {
		String name = String.valueOf(e instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: e.getPropertyName());
		String got = e.getValue() == null ? "" : ", got " + Inputs.shortened(e.getValue().toString());
		return new InvalidInputException.FieldProblem(name, "must be " + ReadingProblems.kind(e.getRequiredType()) + got);
	}

	/** A problem with one bad field, the detail saying both: {@code validDays: must be a whole number, got 2.5}. */
	static ProblemDetail field(HttpStatus status, String title, String field, String message) {
		return InputProblemDetails.field(status, title, field, message);
	}
}
