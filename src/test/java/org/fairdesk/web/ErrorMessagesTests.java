package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ErrorMessagesTests {

	private static final ErrorAttributeOptions WITH_MESSAGE = ErrorAttributeOptions.defaults()
		.including(ErrorAttributeOptions.Include.MESSAGE);

	@Test
	void aRefusalSaysWhatIsWrong() {
		assertThat(new ErrorMessages().getErrorAttributes(failed(400, "comment: must not contain the NUL character"),
				WITH_MESSAGE)).containsEntry("message", "comment: must not contain the NUL character");
	}

	@Test
	void aFailureNeverShowsItsMessage() {
		assertThat(new ErrorMessages().getErrorAttributes(failed(500, "ERROR: invalid byte sequence, SQL [insert …]"),
				WITH_MESSAGE)).doesNotContainKey("message").containsEntry("status", 500);
	}

	private static ServletWebRequest failed(int status, String message) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
		return new ServletWebRequest(request);
	}
}
