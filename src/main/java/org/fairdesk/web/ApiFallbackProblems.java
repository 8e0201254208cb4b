package org.fairdesk.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.fairdesk.shared.ApiPaths;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API calls that reach no controller (an unknown path, a method the path does not take);
 * {@link ApiProblems} only sees calls that reached one. Pages keep the HTML error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackProblems {

	/** No controller and no static file: only /css, /js and /webjars have files ({@link StaticResources}). */
	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail noSuchPath(ServletException e, HttpServletRequest request) throws ServletException {
		requireApi(request, e);
		return problem(HttpStatus.NOT_FOUND, "No API endpoint " + request.getMethod() + " " + request.getRequestURI());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
	ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		requireApi(request, e);
		return problem(HttpStatus.METHOD_NOT_ALLOWED, request.getRequestURI() + " does not take " + request.getMethod()
				+ "; it takes " + e.getSupportedHttpMethods());
	}

	private static <E extends Exception> void requireApi(HttpServletRequest request, E e) throws E {
		if (!ApiPaths.isApi(request.getRequestURI(), request.getContextPath())) {
			throw e; // a page: Spring Boot's error page answers it
		}
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}
}
