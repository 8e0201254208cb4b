package org.fairdesk.standards;

import java.util.List;

import org.fairdesk.people.RepId;

/**
 * A rep who fell short of a standard every month of its run: which standard (its place in the team's list, the
 * standard itself and in words) and their value, sample, the team's value and the limit month by month, oldest first.
 */
public record Flag(RepId repId, String repName, int position, Standard standard, String rule,
		List<Standard.MonthCheck> months) {

	/** The first month of the run. */
	public String flaggedFrom() {
		return months.get(0).period();
	}
}
