package org.fairdesk;

import java.time.Duration;

import org.fairdesk.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.events.*}: when {@link EventRedelivery} delivers a failed hand-off between modules again.
 *
 * @param redeliverAfter how old an incomplete event must be before it is delivered again (default {@code PT5M}; 0
 *     delivers it at the next check); each further try waits twice as long since the last
 * @param redeliverEvery how often incomplete events are checked (default {@code PT1M}, also before the first check)
 * @param redeliverAttempts after how many tries an event is left for the next restart (default 10)
 */
@ConfigurationProperties("fairdesk.events")
record EventSettings(@DefaultValue("PT5M") Duration redeliverAfter, @DefaultValue("PT1M") Duration redeliverEvery,
		@DefaultValue("10") int redeliverAttempts) {

	EventSettings {
		SettingChecks.requireNotNegative("fairdesk.events.redeliver-after", redeliverAfter);
		SettingChecks.requirePositive("fairdesk.events.redeliver-every", redeliverEvery);
		SettingChecks.requireAtLeast("fairdesk.events.redeliver-attempts", 1, redeliverAttempts);
	}
}
