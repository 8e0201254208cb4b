package org.fairdesk.web;

import java.util.List;
import java.util.Map;

import org.fairdesk.shared.BusyException;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.IllegalTransitionException;
import org.fairdesk.shared.InputProblemDetails;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.shared.ReadingProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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
				e.problems().stream().map(InputProblemDetails::error).toList());
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

	/** A full queue: try again later, after {@code Retry-After} seconds. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(BusyException e) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage()));
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

	/** A body that is not JSON, not UTF-8, or has a member of the wrong kind: the member and what it must be. */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		LimitedBody.TooLargeException tooLarge = tooLarge(e);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(Problems.field(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "body", tooLarge.getMessage()));
		}
		InvalidInputException.FieldProblem problem = ReadingProblems.of(e.getCause(), "body", null, "JSON");
		String field = namedAsList(problem.field(), request);
		return ResponseEntity.badRequest()
			.body(Problems.field(HttpStatus.BAD_REQUEST, "Malformed request body", field, problem.message()));
	}

	/** Whether the read stopped at the body's limit: directly, or through Jackson's wrapping of the stream's failure. */
	private static LimitedBody.@Nullable TooLargeException tooLarge(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof LimitedBody.TooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

	/**
	 * A body that is a list is called by the name of the parameter it is read into ({@code targets} of
	 * {@code PUT …/sla-targets}), so that {@code targets[0].priorityFrom} is named alike whether the reader refuses it
	 * (a fraction) or the call's own checks do (out of range), and so is the whole list ({@code targets: must be a
	 * list, got an object}, as a missing one is {@code targets: is required}).
	 */
	private static String namedAsList(String field, WebRequest request) {
		boolean whole = field.equals("body");
		if (!whole && !field.startsWith("[")) {
			return field;
		}
		String list = listBodyName(request);
		if (list == null) {
			return field;
		}
		return whole ? list : list + field;
	}

	/** The name of the call's {@code @RequestBody} parameter when it is a list, else null. */
	private static @Nullable String listBodyName(WebRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof HandlerMethod handler) {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)
						&& java.util.Collection.class.isAssignableFrom(parameter.getParameterType())) {
					parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
					return parameter.getParameterName();
				}
			}
		}
		return null;
	}

	/** The API reads JSON only; the answer says so whatever the caller sent ({@code application/yaml}, junk). */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
		String message = "must be " + MediaType.APPLICATION_JSON_VALUE
				+ (sent == null ? "" : ", got " + Inputs.shortened(sent));
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.body(Problems.field(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
					HttpHeaders.CONTENT_TYPE, message));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		InvalidInputException.FieldProblem problem = Problems.mismatch(e);
		return ResponseEntity.badRequest()
			.body(Problems.field(HttpStatus.BAD_REQUEST, "Invalid input", problem.field(), problem.message()));
	}

	/** {@code /api/routing/live} without {@code teamId}: the parameter is named in {@code errors} like any field. */
	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(Problems.field(HttpStatus.BAD_REQUEST, "Invalid input", e.getParameterName(),
					"is required in the query: " + ReadingProblems.kind(e.getMethodParameter() == null ? null
							: e.getMethodParameter().getParameterType())));
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		return Problems.problem(status, title, detail);
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<? extends Map<String, ?>> errors) {
		return Problems.withErrors(problem, errors);
	}

	private static Map<String, Object> error(String field, @Nullable String message) {
		return InputProblemDetails.error(field, message);
	}
}
