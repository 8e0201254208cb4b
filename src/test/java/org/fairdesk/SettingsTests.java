package org.fairdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Every module's settings are a {@code @ConfigurationProperties} record checked when it is bound: a bad value stops
 * the start with a message that names the property. Binds all of them, and nothing else, as the application does.
 */
class SettingsTests {

	@Configuration(proxyBeanMethods = false)
	@ConfigurationPropertiesScan("org.fairdesk")
	static class AllSettings {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

	@Test
	void theDefaultsStart() {
		runner.run(context -> assertThat(context).hasNotFailed());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"fairdesk.events.redeliver-after    | -PT1M                 | must be 0 or more",
		"fairdesk.events.redeliver-every    | PT0S                  | must be positive",
		"fairdesk.events.redeliver-attempts | 0                     | must be at least 1",
		"fairdesk.routing.hand-out-interval | -PT30S                | must be positive",
		"fairdesk.work.expiry-interval      | PT0S                  | must be positive",
		"fairdesk.work.reopen-days          | -1                    | must be 0 or more",
		"fairdesk.feedback.survey-valid-for | -P1D                  | must be positive",
		"fairdesk.public-url                | help.example.com      | must be an absolute http or https URL",
		"fairdesk.feedback.survey-requests-per-minute | 0        | must be at least 1",
		"fairdesk.security.login-throttle.address-refill | PT0S   | must be from PT1S (a second) to P36500D",
		"fairdesk.security.login-throttle.address-refill | PT0.000000001S | must be from PT1S",
		"fairdesk.security.login-throttle.account-refill | P1000000D | must be from PT1S (a second) to P36500D (100 years)",
		"fairdesk.security.login-throttle.account-failures | 0    | must be from 1 to 1000000",
		"fairdesk.security.login-throttle.address-failures | 2000000000 | must be from 1 to 1000000",
		"fairdesk.security.login-throttle.known-address-for | PT0S | must be positive" })
	void aBadValueStopsTheStartNamingTheProperty(String property, String value, String rule) {
		runner.withPropertyValues(property + "=" + value).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(property).hasMessageContaining(rule);
		});
	}
}
