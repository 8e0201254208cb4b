package org.fairdesk.security;

import java.time.Instant;

/** A token just issued: {@code token} is the secret, shown this once and stored only as its SHA-256. */
public record IssuedToken(long id, String name, String token, Instant createdAt, Instant expiresAt) {
}
