package org.fairdesk.lab;

import java.math.BigDecimal;

/** A behaviour a manager wants to see more of (ENCOURAGE) or less of (DISCOURAGE), and its default indicator. */
public enum Behaviour {

	SERVE_EVERY_CUSTOMER(Aim.ENCOURAGE, Indicator.SMALL_ORDER_WAIT_RATIO, "1.5"),
	HELP_COLLEAGUES(Aim.ENCOURAGE, Indicator.ASSISTS_GIVEN, "1"),
	KEEP_CUSTOMERS_SATISFIED(Aim.ENCOURAGE, Indicator.REOPEN_RATE, "0.10"),
	RESPOND_PROMPTLY(Aim.ENCOURAGE, Indicator.FIRST_RESPONSE_SLA, "0.90"),
	SHARE_THE_LOAD(Aim.ENCOURAGE, Indicator.VALUE_OVER_FAIR_SHARE, "1.25"),
	CHERRY_PICKING(Aim.DISCOURAGE, Indicator.CHERRY_PICK_INDEX, "0.60"),
	TAKING_ON_TOO_MUCH(Aim.DISCOURAGE, Indicator.OVER_CAP_SHARE, "0.05"),
	RUSHING_CUSTOMERS(Aim.DISCOURAGE, Indicator.HANDLING_AGAINST_CSAT, "0.80"),
	UNDERMINING_COLLEAGUES(Aim.DISCOURAGE, Indicator.ASSISTS_DECLINED_SHARE, "0.50"),
	SHIFTING_WORK_ACROSS_MONTH_ENDS(Aim.DISCOURAGE, Indicator.MONTH_END_CLOSES, "0.25");

	public enum Aim {
		ENCOURAGE, DISCOURAGE
	}

	private final Aim aim;
	private final Indicator indicator;
	private final BigDecimal threshold;

	Behaviour(Aim aim, Indicator indicator, String threshold) {
		this.aim = aim;
		this.indicator = indicator;
		this.threshold = new BigDecimal(threshold);
	}

	public Aim aim() {
		return aim;
	}

	/** The goal every team starts with for this behaviour, enabled. */
	public Goal byDefault() {
		return new Goal(this, indicator, threshold, true);
	}
}
