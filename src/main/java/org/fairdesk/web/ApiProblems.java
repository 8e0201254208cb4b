package org.fairdesk.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;

/**
 * Turns every API error into RFC 9457 {@code application/problem+json}. Input problems list each bad field
 * under {@code errors} as {@code {field, message}}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException e) {
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage()),
				e.problems().stream().map(p -> error(p.field(), p.message())).toList());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
		return e.field() == null ? problem : withErrors(problem, List.of(error(e.field(), e.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail illegalTransition(IllegalTransitionException e) {
		return problem(HttpStatus.CONFLICT, "Transition not allowed", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "Changed concurrently", e.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException e) {
		String detail = e instanceof ForbiddenException ? e.getMessage() : "Your role does not allow this";
		return problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body", "The body is not valid JSON "
				+ "for this call");
		if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."));
			problem.setDetail("Field " + field + " has the wrong type");
			withErrors(problem, List.of(error(field, "has the wrong type: " + databind.getOriginalMessage())));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				name + " is not valid: " + e.getValue());
		return ResponseEntity.badRequest().body(withErrors(problem, List.of(error(String.valueOf(name), "is not valid"))));
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> error(String field, @Nullable String message) {
		return Map.of("field", field, "message", message == null ? "is invalid" : message);
	}
}
