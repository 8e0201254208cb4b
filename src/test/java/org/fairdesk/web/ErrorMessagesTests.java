package org.fairdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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

	@Test
	void aParameterOfTheWrongKindOrMissingIsSaidInTheCallersWordsNotSprings() throws Exception {
		MethodParameter team = new MethodParameter(Pages.class.getDeclaredMethod("page", Long.class), 0);
		ServletWebRequest mismatch = failed(400, "Failed to convert value of type 'java.lang.String' to required type"
				+ " 'java.lang.Long'");
		mismatch.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new MethodArgumentTypeMismatchException("abc", Long.class, "team", team, null), 0);
		ServletWebRequest missing = failed(400, "Required request parameter 'team' for method parameter type Long");
		missing.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				new MissingServletRequestParameterException("team", "Long"), 0);

		assertThat(new ErrorMessages().getErrorAttributes(mismatch, WITH_MESSAGE))
			.containsEntry("message", "team: must be a whole number, got abc");
		assertThat(new ErrorMessages().getErrorAttributes(missing, WITH_MESSAGE))
			.containsEntry("message", "team: is required");
	}

	private static ServletWebRequest failed(int status, String message) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
		return new ServletWebRequest(request);
	}

	/** A page handler to take a parameter from. */
	static class Pages {

		String page(Long team) {
			return "page " + team;
		}
	}
}
