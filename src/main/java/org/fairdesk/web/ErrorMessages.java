package org.fairdesk.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page and Spring Boot's JSON error say: a refusal's message (a 4xx, such as "comment: must not
 * contain the NUL character"), so that the caller learns what to fix; never a failure's (a 5xx), whose message may be
 * an exception's text with SQL in it. {@code spring.web.error.include-message} lets messages through at all.
 */
@Component
class ErrorMessages extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
		if (!(status instanceof Integer code) || code >= 500) {
			attributes.remove("message");
		}
		return attributes;
	}
}
