package org.fairdesk;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fairdesk: routes sales requests by policy, follows them to their outcome and pays the team fairly.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class FairdeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(FairdeskApplication.class, args);
	}

	/** The one source of “now”; tests replace it to move time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
