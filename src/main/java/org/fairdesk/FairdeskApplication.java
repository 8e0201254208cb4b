package org.fairdesk;

import java.time.Clock;
import java.time.Duration;

import org.fairdesk.lab.simulation.LabCommand;
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
		if (LabCommand.isLab(args)) {
			// The lab's command line runs a scenario and needs neither the web server nor the database.
			System.exit(LabCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(FairdeskApplication.class, args);
	}

	/**
	 * The one source of “now”; tests replace it to move time. It ticks in microseconds, what a timestamp column keeps,
	 * so a time the API answers with right after a write (a request's {@code receivedAt} in the 201) is the one read
	 * back later, not its nanoseconds rounded by the database.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}
}
