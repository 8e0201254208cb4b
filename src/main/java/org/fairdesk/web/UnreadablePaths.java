package org.fairdesk.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A path Tomcat refuses before Fairdesk sees the request (an encoded NUL, slash or backslash, a {@code %} not followed
 * by two hex digits) was Tomcat's own HTML page, "HTTP Status 400 – Bad Request", naming nothing. This engine valve
 * runs first in the pipeline and sees that the request is already in error with no application to go to: it answers
 * with what is wrong, problem+json under {@code /api/} and plain text elsewhere, and marks the error reported so that
 * Tomcat's report writes nothing more.
 */
@Component
class UnreadablePaths implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	static final String DETAIL = "path: is not a path Fairdesk can read: each % must be followed by two hex digits,"
			+ " and an encoded NUL (%00), slash (%2F) or backslash (%5C) is refused";

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(new Report());
	}

	private static final class Report extends ValveBase {

		Report() {
			super(true);
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

		private static void write(Request request, Response response) throws IOException {
			String raw = request.getCoyoteRequest().requestURI().toString();
			boolean api = raw != null && raw.startsWith("/api/");
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setSuspended(false); // sendError suspended it; Tomcat's own report does the same
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? """
						{"type":"about:blank","title":"Invalid input","status":400,"detail":"%s",\
						"errors":[{"field":"path","message":"%s"}]}""".formatted(DETAIL,
						DETAIL.substring("path: ".length())) : "400 Bad Request: " + DETAIL + "\n");
			}
		}
	}
}
