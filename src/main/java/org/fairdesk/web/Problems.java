package org.fairdesk.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details as the API answers them: a title, a detail, and each bad field under {@code errors}. */
final class Problems {

	private Problems() {
	}

	static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return problem;
	}

	static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	static Map<String, String> error(String field, @Nullable String message) {
		return Map.of("field", field, "message", message == null ? "is invalid" : message);
	}

	/** A problem with one bad field, the detail saying both: {@code validDays: must be a whole number, got 2.5}. */
	static ProblemDetail field(HttpStatus status, String title, String field, String message) {
		return withErrors(problem(status, title, field + ": " + message), List.of(error(field, message)));
	}
}
