package org.fairdesk.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner sees it in the list: never the secret, which exists only in the answer that issued it.
 */
public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt) {
}
