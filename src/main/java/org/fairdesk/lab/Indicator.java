package org.fairdesk.lab;

import java.math.BigDecimal;

/**
 * A measurable figure a behaviour goal is bound to, each defined exactly in docs/lab.md: which way is good, the
 * thresholds a manager may set, and how many cases a month needs before a verdict is given.
 */
public enum Indicator {

	/**
	 * Routing's cherry-pick index over the reps' choices in every mode: claims (SELF_ELECT) score their value
	 * percentile, skips and hand-backs one minus it; 0.5 is no preference (docs/routing.md#the-cherry-pick-index).
	 */
	CHERRY_PICK_INDEX(Direction.AT_MOST, "0.5", "1", 10, true),
	/** A rep's share of the assigned value over their share of the team's hours; the team: the highest rep's. */
	VALUE_OVER_FAIR_SHARE(Direction.AT_MOST, "1", "10", 20, true),
	/** Median wait of orders below the month's median order value over that of orders above it. */
	SMALL_ORDER_WAIT_RATIO(Direction.AT_MOST, "1", "10", 5, false),
	/** Requests taken on over a cap, over all requests taken on. */
	OVER_CAP_SHARE(Direction.AT_MOST, "0", "1", 10, true),
	/** A rep's handling median over the team's, judged only when their CSAT is also below the team's. */
	HANDLING_AGAINST_CSAT(Direction.AT_LEAST, "0", "1", 10, true),
	/** Metrics' reopen rate. */
	REOPEN_RATE(Direction.AT_MOST, "0", "1", 10, true),
	/** Metrics' first-response SLA met share. */
	FIRST_RESPONSE_SLA(Direction.AT_LEAST, "0", "1", 10, true),
	/** Metrics' confirmed assists given, per rep who closed work in the month. */
	ASSISTS_GIVEN(Direction.AT_LEAST, "0", "100", 10, true),
	/** Assists the rep declined to confirm, over the assists put to them to decide. */
	ASSISTS_DECLINED_SHARE(Direction.AT_MOST, "0", "1", 3, true),
	/** Closes in the month's last three business days over the month's closes; judged once the month is over. */
	MONTH_END_CLOSES(Direction.AT_MOST, "0", "1", 20, true);

	/** Which side of the threshold meets the goal. */
	public enum Direction {
		AT_MOST, AT_LEAST
	}

	private final Direction direction;
	private final BigDecimal lowest;
	private final BigDecimal highest;
	private final long sampleMinimum;
	private final boolean perRep;

	Indicator(Direction direction, String lowest, String highest, long sampleMinimum, boolean perRep) {
		this.direction = direction;
		this.lowest = new BigDecimal(lowest);
		this.highest = new BigDecimal(highest);
		this.sampleMinimum = sampleMinimum;
		this.perRep = perRep;
	}

	public Direction direction() {
		return direction;
	}

	/** The lowest threshold a manager may set. */
	public BigDecimal lowest() {
		return lowest;
	}

	/** The highest threshold a manager may set. */
	public BigDecimal highest() {
		return highest;
	}

	/** How many cases (claims, assignments, closes, …: docs/lab.md) a month needs before a verdict. */
	public long sampleMinimum() {
		return sampleMinimum;
	}

	/** Whether the indicator is also judged per rep (not only for the team). */
	public boolean perRep() {
		return perRep;
	}

	boolean allows(BigDecimal threshold) {
		return threshold.compareTo(lowest) >= 0 && threshold.compareTo(highest) <= 0;
	}

	boolean meets(BigDecimal value, BigDecimal threshold) {
		int c = value.compareTo(threshold);
		return direction == Direction.AT_MOST ? c <= 0 : c >= 0;
	}
}
