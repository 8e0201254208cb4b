package org.fairdesk.shared;

/** An aggregate was asked for a state change its current state does not allow; the message names both. */
public class IllegalTransitionException extends IllegalStateException {

	public IllegalTransitionException(String message) {
		super(message);
	}
}
