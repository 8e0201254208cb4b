package org.fairdesk.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bearer secrets (survey links, API tokens): 256 random bits, URL-safe. Only their SHA-256 is stored, so a copy of
 * the database cannot use them; a plain hash suffices (no salt, no slow hash) because the secret itself is unguessable.
 */
public final class SecretTokens {

	static final int BYTES = 32;

	/** Base64url without padding: 32 bytes are 43 characters. */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String generate() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a string could be a token at all; anything else is unknown without asking the database. */
	public static boolean isWellFormed(String token) {
		return WELL_FORMED.matcher(token).matches();
	}

	/** The stored form: SHA-256 of the token's characters, as 64 lower-case hex digits. */
	public static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
