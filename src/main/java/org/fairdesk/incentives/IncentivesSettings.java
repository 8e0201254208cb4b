package org.fairdesk.incentives;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.incentives.*}.
 *
 * @param mailFrom the sender of dispute mails (docs/pay.md, Disputes); set it to an address your SMTP server accepts
 * @param keepMonthsEvery how often each team's ended, open months are brought up to date for their close (docs/pay.md,
 *     "Months kept for their close")
 */
@ConfigurationProperties("fairdesk.incentives")
record IncentivesSettings(@DefaultValue("Fairdesk <no-reply@localhost>") String mailFrom,
		@DefaultValue("PT5M") java.time.Duration keepMonthsEvery) {

	IncentivesSettings {
		if (keepMonthsEvery.isNegative() || keepMonthsEvery.isZero()) {
			throw new IllegalArgumentException("fairdesk.incentives.keep-months-every must be a positive duration, not "
					+ keepMonthsEvery);
		}
	}
}
