package org.fairdesk.shared;

/** Something named by the caller does not exist. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
