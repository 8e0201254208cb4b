package org.fairdesk.routing;

import java.time.Duration;

import org.fairdesk.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code fairdesk.routing.*}.
 *
 * @param handOutInterval how often waiting requests of PUSH teams are handed out without an event having triggered
 *     it (a shift starting, time off ending); default {@code PT30S}, the delay between passes, also before the first
 */
@ConfigurationProperties("fairdesk.routing")
record RoutingSettings(@DefaultValue("PT30S") Duration handOutInterval) {

	RoutingSettings {
		SettingChecks.requirePositive("fairdesk.routing.hand-out-interval", handOutInterval);
	}
}
