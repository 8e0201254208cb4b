package org.fairdesk.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.shared.ApiPaths;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers 503 with {@code Retry-After} until Fairdesk is ready. The web server starts before the start-up work that
 * follows it (seeding the demo, creating the first administrator); a call in those seconds used to log in and change
 * what the seeding was writing (a rep set to OVERLOADED made it fail, and the app stop). Readiness turns to
 * ACCEPTING_TRAFFIC only after that work, and back to REFUSING_TRAFFIC when the app shuts down. The health probes
 * pass, so an operator sees the app alive but not ready.
 */
class StartupGate extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final String STARTING_PAGE = """
			<!DOCTYPE html>
			<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>Starting · Fairdesk</title>
			<link rel="icon" href="data:,"></head>
			<body><main><h1>Fairdesk is starting</h1>
			<p>It is getting ready (on a first start, seeding the demo). This page reloads in a few seconds.</p>
			</main></body></html>
			""";

	private final ApplicationAvailability availability;
	private final JsonMapper json;

	StartupGate(ApplicationAvailability availability, JsonMapper json) {
		this.availability = availability;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setCharacterEncoding("UTF-8");
		if (ApiPaths.isApi(request.getRequestURI(), request.getContextPath())) {
			ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "Starting",
					"Fairdesk is starting and takes no calls until it is ready; try again in " + RETRY_AFTER_SECONDS
							+ " seconds");
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getWriter(), problem);
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write(STARTING_PAGE);
	}
}
