package org.fairdesk.standards;

import java.time.Instant;

import org.fairdesk.people.RepId;

/** What came of a private conversation with a flagged rep, as the manager recorded it. */
public record Conversation(long id, long teamId, RepId repId, String period, String flaggedFrom, String outcome,
		String recordedBy, Instant recordedAt) {
}
