package org.fairdesk.incentives;

/** A rep disputed a line of their statement: the managers are told (by mail, where addresses are known). */
public record DisputeOpened(long disputeId) {
}
