package org.fairdesk.bench;

import org.fairdesk.intake.RequestId;
import org.jspecify.annotations.Nullable;

/**
 * One claim, the operation the harness times. PUSH: client {@code client} has just put request {@code received} in,
 * and the claim assigns it. PULL: nothing was received ({@code received} is null; the backlog was pre-filled), and
 * the claim is rep {@code client} asking for the next request. Implementations live in {@link Claimers}.
 */
@FunctionalInterface
interface Claimer {

	/**
	 * @return true when a rep got a request; false when nobody was eligible (PUSH: counted, never expected) or the
	 *         rep got nothing (PULL: the head was held by other claimers, or the backlog ran out)
	 */
	boolean claim(int client, @Nullable RequestId received);
}
