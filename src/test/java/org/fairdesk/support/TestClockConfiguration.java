package org.fairdesk.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the system clock with a {@link MutableClock} set to mid-November 2026. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final Instant START = Instant.parse("2026-11-16T09:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}
}
