package org.fairdesk.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page and Spring Boot's JSON error say: a refusal's message (a 4xx, such as "comment: must not
 * contain the NUL character"), so that the caller learns what to fix, in the caller's words where Spring's would name
 * a Java type (a parameter of the wrong kind, a missing one); never a failure's (a 5xx), whose message may be an
 * exception's text with SQL in it. {@code spring.web.error.include-message} lets messages through at all.
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
		else if (attributes.containsKey("message")) {
			Throwable error = getError(request);
			if (error instanceof TypeMismatchException mismatch) { // Spring's says "java.lang.Long"
				attributes.put("message", Problems.mismatch(mismatch).toString());
			}
			else if (error instanceof MissingServletRequestParameterException missing) {
				attributes.put("message", missing.getParameterName() + ": is required");
			}
		}
		return attributes;
	}
}
