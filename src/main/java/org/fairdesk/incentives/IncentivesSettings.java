package org.fairdesk.incentives;

import java.time.Duration;

import org.fairdesk.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.incentives.*}.
 *
 * @param mailFrom the sender of dispute mails (docs/pay.md, Disputes); set it to an address your SMTP server accepts
 * @param monthEndLookEvery how often {@link MonthEndLooks} looks at the months that have ended and are not closed yet
 *     (default {@code PT15M}, the delay between runs, also before the first; docs/pay.md, "The month-end look")
 */
@ConfigurationProperties("fairdesk.incentives")
record IncentivesSettings(@DefaultValue("Fairdesk <no-reply@localhost>") String mailFrom,
		@DefaultValue("PT15M") Duration monthEndLookEvery) {

	IncentivesSettings {
		SettingChecks.requirePositive("fairdesk.incentives.month-end-look-every", monthEndLookEvery);
	}
}
