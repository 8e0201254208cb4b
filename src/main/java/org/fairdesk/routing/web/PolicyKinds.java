package org.fairdesk.routing.web;

import org.fairdesk.shared.InvalidInputException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * The request kind a routing call names, read the same way by the API and the routing page: a kind, or for a
 * policy also DEFAULT (the chooser of every kind without one of its own).
 */
final class PolicyKinds {

	/** What a policy form and {@code PUT /api/routing/teams/{id}/policies/DEFAULT} call the team-wide chooser. */
	static final String DEFAULT = "DEFAULT";

	private PolicyKinds() {
	}

	static RequestKind kind(@Nullable String text) {
		RequestKind kind = RequestKind.parse(text);
		if (kind == null) {
			throw InvalidInputException.of("kind", "must be ORDER, QUOTE or QUERY, got " + given(text));
		}
		return kind;
	}

	/** A kind, or null for DEFAULT. */
	static @Nullable RequestKind kindOrDefault(@Nullable String text) {
		if (text != null && DEFAULT.equalsIgnoreCase(text.strip())) {
			return null;
		}
		RequestKind kind = RequestKind.parse(text);
		if (kind == null) {
			throw InvalidInputException.of("kind", "must be ORDER, QUOTE, QUERY or DEFAULT, got " + given(text));
		}
		return kind;
	}

	private static String given(@Nullable String text) {
		return text == null ? "nothing" : Inputs.shortened(text);
	}
}
