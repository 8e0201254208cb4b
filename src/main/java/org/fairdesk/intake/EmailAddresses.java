package org.fairdesk.intake;

import java.util.regex.Pattern;

/**
 * Which e-mail addresses intake accepts: the pragmatic syntax browsers check for {@code <input type="email">}, with
 * a dot in the domain (customers are not mailed at a bare host name) and the lengths SMTP allows.
 */
final class EmailAddresses {

	static final int MAX_LENGTH = 254;

	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
			+ "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private EmailAddresses() {
	}

	static boolean isValid(String address) {
		return address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
	}
}
