package org.fairdesk.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses before anything reads it ({@code //}, {@code /../}, {@code ;} in a
 * path, a header that is not text): a 400 naming what is wrong, as problem+json under {@code /api/} and as the error
 * page elsewhere, instead of Boot's bare "No message available".
 */
final class RejectedPaths implements RequestRejectedHandler {

	private final ApiDoorProblems problems;

	RejectedPaths(ApiDoorProblems problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		// The firewall's own reason: "The request was rejected because the URL contained a potentially malicious
		// String "//"", or "… the header value … is not allowed".
		String reason = String.valueOf(rejected.getMessage());
		String part = reason.contains("URL") ? "path" : reason.contains("header") ? "headers" : "request";
		String message = "was refused before it was read: " + reason;
		if (request.getRequestURI().startsWith("/api/")) {
			problems.writeInvalid(request, response, part, message);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value(), part + ": " + message);
		}
	}
}
