package org.fairdesk.standards;

import java.util.List;

import org.fairdesk.people.RepId;

/**
 * A team's month seen against its standards: the standards, every rep flagged (one entry per rep and standard) and
 * the conversations recorded for the month. For a rep, only their own flags and conversations.
 */
public record StandardFlags(long teamId, String teamName, String period, List<Standard> standards, List<Flag> flags,
		List<Conversation> conversations) {

	public StandardFlags onlyFor(RepId rep) {
		return new StandardFlags(teamId, teamName, period, standards,
				flags.stream().filter(f -> f.repId().equals(rep)).toList(),
				conversations.stream().filter(c -> c.repId().equals(rep)).toList());
	}
}
