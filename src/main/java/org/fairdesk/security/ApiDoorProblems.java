package org.fairdesk.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.shared.InputProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 answers from the API's door (no or wrong credentials, a role that does not allow the call, too many failed
 * logins), written by Spring Security's handlers before any controller runs, so the web module's advice never sees
 * them. Boot's JSON mapper knows how to write a {@link ProblemDetail}.
 */
final class ApiDoorProblems {

	private final JsonMapper json;

	ApiDoorProblems(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		write(request, response, ProblemDetail.forStatusAndDetail(status, detail), title);
	}

	/** A 400 about one part of the request, listed under {@code errors} as the controllers' input problems are. */
	void writeInvalid(HttpServletRequest request, HttpServletResponse response, String field, String message)
			throws IOException {
		if (response.isCommitted()) {
			return; // refused late in the chain, after an answer began: nothing can be said now
		}
		response.resetBuffer();
		write(request, response, InputProblemDetails.field(HttpStatus.BAD_REQUEST, "Invalid input", field, message),
				"Invalid input");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem, String title)
			throws IOException {
		HttpStatus status = HttpStatus.valueOf(problem.getStatus());
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI())); // as the controllers' problems have it
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), problem);
	}
}
