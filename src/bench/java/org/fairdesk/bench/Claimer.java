package org.fairdesk.bench;

import org.fairdesk.intake.RequestId;

/**
 * One claim, the operation the harness times: what happens after client {@code client} has put request
 * {@code received} in. PUSH assigns that request; a PULL claimer would let a rep ask for the next one instead.
 * Implementations live in {@link Claimers}.
 */
@FunctionalInterface
interface Claimer {

	/** @return true when a rep got a request, false when nobody was eligible (counted, never expected here) */
	boolean claim(int client, RequestId received);
}
