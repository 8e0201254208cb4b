package org.fairdesk.incentives;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Takes the month-end look at every team's ended, open months every {@code fairdesk.incentives.month-end-look-every}
 * ({@link PayManagement#lookAtEndedMonths}), a team at a time: a team whose look fails is logged and tried again at
 * the next run, and holds back no other.
 */
@Component
class MonthEndLooks implements SchedulingConfigurer {

	private static final Logger LOG = LoggerFactory.getLogger(MonthEndLooks.class);

	private final PayManagement pay;
	private final PeopleManagement people;
	private final Duration every;

	MonthEndLooks(PayManagement pay, PeopleManagement people, IncentivesSettings settings) {
		this.pay = pay;
		this.people = people;
		this.every = settings.monthEndLookEvery();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::lookAtEndedMonths, every, every));
	}

	void lookAtEndedMonths() {
		for (Team team : people.teams()) {
			try {
				List<YearMonth> read = pay.lookAtEndedMonths(team.id());
				if (!read.isEmpty()) {
					LOG.info("Month-end look: read {} of team {} ({})", read, team.id().value(), team.name());
				}
			}
			catch (RuntimeException e) { // the next run tries again; the other teams go on now
				LOG.error("Could not take the month-end look of team {} ({})", team.id().value(), team.name(), e);
			}
		}
	}
}
