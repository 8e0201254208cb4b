package org.fairdesk.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.shared.ApiPaths;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks what every request carries besides a JSON body before anything reads it, the login form and the public
 * survey page included: each query and form parameter must be text that can be stored ({@link Inputs#textProblem}:
 * no NUL, no control character but tab and line breaks), and must decode as UTF-8 (Tomcat refuses overlong and
 * malformed sequences; this names the refusal instead of logging it as a failure). A wildcard {@code Content-Type}
 * such as {@code *}{@code /*} is refused too: Spring fails on it inside, with a 500.
 * <p>
 * A refusal names the parameter: problem details under {@code /api/}, the error page with the message elsewhere,
 * except for a row action htmx posts on My work ({@code POST /work/{id}/transition} with {@code HX-Request: true}):
 * htmx shows no error page, so the refusal is left as {@link Inputs#REFUSED_PARAMETER} for the action, which
 * answers with its row showing the refusal and stores nothing.
 */
class RequestInputs extends OncePerRequestFilter {

	private static final java.util.regex.Pattern ROW_ACTION = java.util.regex.Pattern.compile("/work/[^/]+/transition");

	private final JsonMapper json;

	RequestInputs(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && isWildcard(contentType)) {
			refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpHeaders.CONTENT_TYPE,
					"must be " + (isApi(request) ? MediaType.APPLICATION_JSON_VALUE
							: MediaType.APPLICATION_FORM_URLENCODED_VALUE) + ", got " + Inputs.shortened(contentType));
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException unreadable) { // Tomcat's InvalidParameterException, its reason only in its log
			refuse(request, response, HttpStatus.BAD_REQUEST, "parameters",
					"must be UTF-8 text (percent-encoded in a URL), at most 1000 of them and 2 MB in a form");
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			String problem = Inputs.textProblem(name);
			if (problem != null) {
				refuse(request, response, HttpStatus.BAD_REQUEST, "parameters", "names " + problem);
				return;
			}
			for (String value : parameter.getValue()) {
				problem = value == null ? null : Inputs.textProblem(value);
				if (problem != null && isHtmxRowAction(request)) {
					request.setAttribute(Inputs.REFUSED_PARAMETER, new InvalidInputException.FieldProblem(name, problem));
					chain.doFilter(request, response);
					return;
				}
				if (problem != null) {
					refuse(request, response, HttpStatus.BAD_REQUEST, name, problem);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isWildcard(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isWildcardType() || type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException unparseable) {
			return false; // Spring answers these with a 415 where a body is read
		}
	}

	private static boolean isHtmxRowAction(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && "true".equals(request.getHeader("HX-Request"))
				&& ROW_ACTION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	private static boolean isApi(HttpServletRequest request) {
		return ApiPaths.isApi(request.getRequestURI(), request.getContextPath());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
			String message) throws IOException {
		if (!isApi(request)) {
			response.sendError(status.value(), field + ": " + message);
			return;
		}
		ProblemDetail problem = Problems.field(status, status == HttpStatus.BAD_REQUEST ? "Invalid input"
				: status.getReasonPhrase(), field, message);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		if (status == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
			response.setHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
