package org.fairdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * The periodic passes run at the intervals their settings records bind: quote expiry
 * ({@code fairdesk.work.expiry-interval}), routing's hand-out ({@code fairdesk.routing.hand-out-interval}) and event
 * redelivery ({@code fairdesk.events.redeliver-every}), each first after one interval.
 */
@SpringBootTest(properties = { "fairdesk.work.expiry-interval=PT7M", "fairdesk.routing.hand-out-interval=PT45S",
		"fairdesk.events.redeliver-every=PT24H" })
class SchedulesTests {

	@Autowired ScheduledTaskHolder schedules;

	@Test
	void eachPassRunsAtItsSettingsInterval() {
		var delays = schedules.getScheduledTasks().stream()
			.map(task -> task.getTask())
			.filter(FixedDelayTask.class::isInstance)
			.map(FixedDelayTask.class::cast)
			.toList();

		for (Duration interval : List.of(Duration.ofMinutes(7), Duration.ofSeconds(45), Duration.ofHours(24))) {
			assertThat(delays).as("a pass every %s, first after as long", interval)
				.anySatisfy(task -> {
					assertThat(task.getIntervalDuration()).isEqualTo(interval);
					assertThat(task.getInitialDelayDuration()).isEqualTo(interval);
				});
		}
	}
}
