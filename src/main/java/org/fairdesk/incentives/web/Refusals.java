package org.fairdesk.incentives.web;

import org.fairdesk.shared.ConflictException;

/**
 * A refusal as the pay pages write it: naming its field as the API's {@code errors} do ("line: is disputed already…").
 * An {@link org.fairdesk.shared.InvalidInputException}'s message names its fields itself; a
 * {@link ConflictException}'s does not, so a page that showed its message alone left the reader to guess the field.
 */
final class Refusals {

	private Refusals() {
	}

	static String text(RuntimeException refused) {
		if (refused instanceof ConflictException conflict && conflict.field() != null) {
			return conflict.field() + ": " + conflict.getMessage();
		}
		return refused.getMessage();
	}
}
