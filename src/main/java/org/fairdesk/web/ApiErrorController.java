package org.fairdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring Boot's error controller, except that what reaches it from {@code /api/} is problem+json as every other API
 * answer is: a refusal made before a controller runs (a filter's, the container's, a TRACE) answered Boot's own
 * {@code {"timestamp", "status", "error", "path"}} JSON. Pages keep Boot's error page; the message is
 * {@link ErrorMessages}' (a 4xx's, never a 5xx's).
 */
@Controller
class ApiErrorController extends BasicErrorController {

	ApiErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
		super(attributes, web.getError(), resolvers.orderedStream().toList());
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		ResponseEntity<Map<String, Object>> answer = super.error(request);
		if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path)
				|| !path.startsWith("/api/")) {
			return answer;
		}
		HttpStatus status = HttpStatus.resolve(answer.getStatusCode().value());
		if (status == null) {
			return answer;
		}
		Object message = answer.getBody() == null ? null : answer.getBody().get("message");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", message instanceof String said && !said.isBlank() ? said : status.getReasonPhrase());
		problem.put("instance", path);
		return ResponseEntity.status(status).headers(answer.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
