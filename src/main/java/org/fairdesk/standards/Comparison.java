package org.fairdesk.standards;

/**
 * On which side of what a rep's value falls short: below or above a fixed threshold, or below or above a multiple of
 * the team's own value for the month (the threshold is then the multiple: 2 means twice the team's). Strictly: a value
 * equal to the limit meets the standard.
 */
public enum Comparison {
	BELOW, ABOVE, BELOW_TEAM_MULTIPLE, ABOVE_TEAM_MULTIPLE;

	/** Whether the threshold multiplies the team's value rather than standing alone. */
	public boolean relativeToTeam() {
		return this == BELOW_TEAM_MULTIPLE || this == ABOVE_TEAM_MULTIPLE;
	}

	/** Whether falling short means being below the limit (otherwise: above it). */
	public boolean shortWhenBelow() {
		return this == BELOW || this == BELOW_TEAM_MULTIPLE;
	}
}
