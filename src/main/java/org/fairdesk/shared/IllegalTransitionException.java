package org.fairdesk.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An aggregate was asked for a state change its current state does not allow; the message names both. */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalTransitionException extends IllegalStateException {

	public IllegalTransitionException(String message) {
		super(message);
	}
}
