package org.fairdesk.shared;

/** The caller is known but may not do this (a rep acting on a colleague's request). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
