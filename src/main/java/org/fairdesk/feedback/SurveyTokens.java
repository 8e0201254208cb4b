package org.fairdesk.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Survey tokens: 256 random bits, URL-safe. Only their SHA-256 is stored, so a copy of the database cannot answer
 * anyone's survey; a plain hash suffices (no salt, no slow hash) because the token itself is unguessable.
 */
@Component
class SurveyTokens {

	static final int BYTES = 32;

	/** Base64url without padding: 32 bytes are 43 characters. */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	String generate() {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a string from a URL could be a token at all; anything else is unknown without asking the database. */
	static boolean isWellFormed(String token) {
		return WELL_FORMED.matcher(token).matches();
	}

	/** The stored form: SHA-256 of the token's characters, as 64 lower-case hex digits. */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
