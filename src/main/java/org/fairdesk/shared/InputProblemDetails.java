package org.fairdesk.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of an API answer about bad input (RFC 9457): a title, a detail saying {@code field: message}, and each
 * bad field under {@code errors} as {@code field}, {@code message} and, for a plan document, {@code line}, in that
 * order. The web module's advice and the security module's door handlers both build it here.
 */
public final class InputProblemDetails {

	private InputProblemDetails() {
	}

	/** A problem with one bad field, the detail saying both: {@code validDays: must be a whole number, got 2.5}. */
	public static ProblemDetail field(HttpStatus status, String title, String field, @Nullable String message) {
		Map<String, Object> error = error(field, message);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + error.get("message"));
		problem.setTitle(title);
		problem.setProperty("errors", List.of(error));
		return problem;
	}

	/** One entry of {@code errors} for a field; a problem with no message of its own "is invalid". */
	public static Map<String, Object> error(String field, @Nullable String message) {
		return error(new InvalidInputException.FieldProblem(field, message == null ? "is invalid" : message));
	}

	/** One entry of {@code errors}; the order of its members is the same in every answer (field first). */
	public static Map<String, Object> error(InvalidInputException.FieldProblem problem) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", problem.field());
		error.put("message", problem.message());
		if (problem.line() != null) {
			error.put("line", problem.line());
		}
		return error;
	}
}
