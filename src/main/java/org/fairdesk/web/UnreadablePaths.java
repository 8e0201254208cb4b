package org.fairdesk.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.fairdesk.shared.ApiPaths;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A request Tomcat refuses before Fairdesk sees it was answered with Tomcat's own HTML page, "HTTP Status 400 – Bad
 * Request", naming nothing. This engine valve runs first in the pipeline and sees that the request is already in
 * error with no application to go to: it answers with what is wrong, problem+json under {@code /api/} and plain text
 * elsewhere, and marks the error reported so that Tomcat's report writes nothing more. A path Tomcat cannot decode
 * (an encoded NUL, slash or backslash, a {@code %} not followed by two hex digits) is named {@code path}; anything
 * else it refuses (a missing or doubled {@code Host}, a malformed header) {@code request}, with Tomcat's reason.
 */
@Component
class UnreadablePaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final String PATH_RULE = "is not a path Fairdesk can read: each % must be followed by two hex digits,"
			+ " and an encoded NUL (%00), slash (%2F) or backslash (%5C) is refused";

	private final JsonMapper json;

	UnreadablePaths(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(new Report(json, factory.getContextPath()));
	}

	/** The part of the request at fault and what is wrong with it, from Tomcat's reason ("Invalid URI: …"). */
	static Map.Entry<String, String> whatIsWrong(@Nullable String tomcatReason) {
		if (tomcatReason != null && tomcatReason.contains("URI")) {
			return Map.entry("path", PATH_RULE);
		}
		return Map.entry("request", "could not be read: "
				+ (tomcatReason == null || tomcatReason.isBlank() ? "its request line or headers are malformed"
						: tomcatReason));
	}

	private static final class Report extends ValveBase {

		private final JsonMapper json;

		/** The application's context path: the valve runs before any context is mapped, so it cannot ask the request. */
		private final String contextPath;

		Report(JsonMapper json, String contextPath) {
			super(true);
			this.json = json;
			this.contextPath = contextPath;
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			if (response.isError() && response.getStatus() == 400 && request.getContext() == null
					&& response.getContentWritten() == 0 && response.setErrorReported()) {
				write(request, response);
				return;
			}
			getNext().invoke(request, response);
		}

		private void write(Request request, Response response) throws IOException {
			Map.Entry<String, String> wrong = whatIsWrong(response.getMessage());
			String raw = request.getCoyoteRequest().requestURI().toString();
			boolean api = ApiPaths.isApi(raw, contextPath);
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setSuspended(false); // sendError suspended it; Tomcat's own report does the same
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (api) {
				writer.write(json.writeValueAsString(
						Problems.field(HttpStatus.BAD_REQUEST, "Invalid input", wrong.getKey(), wrong.getValue())));
			}
			else {
				writer.write("400 Bad Request: " + wrong.getKey() + ": " + wrong.getValue() + "\n");
			}
		}
	}
}
