package org.fairdesk.incentives;

import java.math.BigDecimal;

/**
 * A plan's rules as a manager writes them (YAML). Today one rule type: a team pool funded by a percentage of the
 * month's gross margin, split equally.
 *
 * <pre>
 * name: Team margin pool
 * pool:
 *   fundedBy: GROSS_MARGIN
 *   percent: 5
 * split: EQUAL
 * </pre>
 */
public record PlanDocument(String name, Pool pool, Split split) {

	/** A team pool: {@code percent} of the {@code fundedBy} figure of the team's month. */
	public record Pool(FundingBasis fundedBy, BigDecimal percent) {
	}

	/** The figure a pool is a percentage of. */
	public enum FundingBasis {
		/** Sum of the gross margin of the orders the team fulfilled in the month. */
		GROSS_MARGIN
	}

	/** How a pool is shared among the team's reps. */
	public enum Split {
		/** The same share for everyone on the team in the period. */
		EQUAL
	}
}
