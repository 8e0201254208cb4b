package org.fairdesk.security;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fairdesk.shared.ApiPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses before anything reads it ({@code //}, {@code /../}, {@code ;} in a
 * path, a header that is not text): a 400 naming what is wrong, as problem+json under {@code /api/} and as the error
 * page elsewhere, instead of Boot's bare "No message available".
 */
final class RejectedPaths implements RequestRejectedHandler {

	/** The name in "the header: "Authorization" has a value …" or "the header name "X-A"": never the value. */
	private static final Pattern NAMED = Pattern.compile("(header|parameter)(?::| name) \"([^\"]{1,100})\"");

	private static final String REJECTED = "The request was rejected because the ";

	/** "The %s was rejected because it can only contain printable ASCII characters.", %s a part of the path. */
	private static final Pattern PATH_PARTS = Pattern.compile("The (requestURI|servletPath|pathInfo|contextPath) was ");

	private final ApiDoorProblems problems;

	RejectedPaths(ApiDoorProblems problems) {
		this.problems = problems;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		Map.Entry<String, String> wrong = whatIsWrong(rejected.getMessage());
		String part = wrong.getKey();
		String message = wrong.getValue();
		if (ApiPaths.isApi(request.getRequestURI(), request.getContextPath())) {
			problems.writeInvalid(request, response, part, message);
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value(), part + ": " + message);
		}
	}

	/**
	 * The part at fault and why, from the firewall's reason. A header's or parameter's reason quotes its value, which
	 * may be a password or a token (and may hold any letters, "URL" among them), so it is recognised first, by how the
	 * reason begins, and only its name is given. A path's reason ("…because the URL contained a potentially malicious
	 * String "//"", "The requestURI was rejected because it can only contain printable ASCII characters.") quotes only
	 * the pattern or the part's name, and is given as it is.
	 */
	static Map.Entry<String, String> whatIsWrong(@Nullable String reason) {
		String said = String.valueOf(reason);
		Matcher named = NAMED.matcher(said);
		String which = named.find() ? " (" + named.group(2).strip() + ")" : "";
		if (said.startsWith(REJECTED + "header")) {
			return Map.entry("headers", "a header's name or value" + which
					+ " holds a character that is not allowed; the request was refused before it was read");
		}
		if (said.startsWith(REJECTED + "parameter")) {
			return Map.entry("parameters", "a parameter's name or value" + which
					+ " holds a character that is not allowed; the request was refused before it was read");
		}
		if (said.startsWith(REJECTED + "URL") || PATH_PARTS.matcher(said).lookingAt()) {
			return Map.entry("path", "was refused before it was read: " + said);
		}
		return Map.entry("request", "was refused before it was read");
	}
}
