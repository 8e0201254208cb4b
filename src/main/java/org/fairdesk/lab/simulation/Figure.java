package org.fairdesk.lab.simulation;

/** The team's figures a run reports, each a month's value averaged over the run's months (docs/lab.md). */
enum Figure {

	REVENUE("revenue"), MARGIN("margin"), CSAT("csat"), WAIT_HOURS("waitHours"), WAIT_SMALL_HOURS("waitSmallHours"),
	WAIT_LARGE_HOURS("waitLargeHours"), HANDLING_HOURS("handlingHours"), PAYOUT_COST("payoutCost"),
	PAY_SPREAD("paySpread"), PAY_GINI("payGini"), PAY_VARIABILITY("payVariability"), REOPEN_RATE("reopenRate"),
	SLA_MET_SHARE("slaMetShare"), QUOTE_CONVERSION("quoteConversion"), ASSISTS("assists"),
	CHERRY_PICK_INDEX("cherryPickIndex");

	final String key;

	Figure(String key) {
		this.key = key;
	}
}
