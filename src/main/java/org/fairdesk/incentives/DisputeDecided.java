package org.fairdesk.incentives;

/** A manager accepted or rejected a dispute: the rep is told the answer (by mail, where their address is known). */
public record DisputeDecided(long disputeId) {
}
