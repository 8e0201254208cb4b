package org.fairdesk.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Fairdesk cannot take this now but will later (a full queue): a 503 whose message says why, with {@code Retry-After}
 * of {@link #retryAfterSeconds()}.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class BusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public BusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	/** How long the caller should wait before trying again, in whole seconds (at least 1). */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
