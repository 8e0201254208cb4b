package org.fairdesk.security;

import java.util.regex.Pattern;

import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * What an e-mail address must be to be stored: at most 254 characters, no control character, and the common
 * {@code local@domain.tld} form (a dot-atom local part of at most 64 characters and a domain of letters, digits and
 * hyphens with at least one dot). Quoted local parts and address literals are refused: no mail server of a sales team
 * needs them, and they are where addresses hide surprises.
 */
final class EmailAddresses {

	static final int MAX_LENGTH = 254;

	private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";

	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

	private static final Pattern ADDRESS = Pattern
		.compile("(" + ATOM + "(?:\\." + ATOM + ")*)@(" + LABEL + "(?:\\." + LABEL + ")+)");

	private EmailAddresses() {
	}

	/** The address as it is stored (surrounding spaces stripped), or null to clear it; problems go to {@code checks}. */
	static @Nullable String checked(@Nullable String email, String field, FieldChecks checks) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String address = email.strip();
		String problem = Inputs.textProblem(address);
		if (problem != null) {
			checks.require(false, field, problem);
			return null;
		}
		if (address.chars().anyMatch(Character::isISOControl)) {
			checks.require(false, field, "must not contain control characters");
			return null;
		}
		if (address.length() > MAX_LENGTH) {
			checks.require(false, field, "must be at most " + MAX_LENGTH + " characters");
			return null;
		}
		var matcher = ADDRESS.matcher(address);
		boolean valid = matcher.matches() && matcher.group(1).length() <= 64;
		checks.require(valid, field, "must be an e-mail address such as ann@example.com, got "
				+ Inputs.shortened(address));
		return valid ? address : null;
	}
}
