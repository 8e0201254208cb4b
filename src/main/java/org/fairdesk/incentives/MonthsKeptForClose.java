package org.fairdesk.incentives;

import java.time.Duration;
import java.time.YearMonth;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code fairdesk.incentives.keep-months-every}, brings each team's ended, open months up to date for their
 * close ({@link PayManagement#keepForClose}) and forgets the ones closed since; a team at a time, each month in a
 * transaction of its own, so that one that fails is logged, tried again at the next run, and holds back no other.
 */
@Component
class MonthsKeptForClose implements SchedulingConfigurer {

	private static final Logger LOG = LoggerFactory.getLogger(MonthsKeptForClose.class);

	private final PayManagement pay;
	private final PeopleManagement people;
	private final Duration every;

	MonthsKeptForClose(PayManagement pay, PeopleManagement people, IncentivesSettings settings) {
		this.pay = pay;
		this.people = people;
		this.every = settings.keepMonthsEvery();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::keepEndedMonths, every, every));
	}

	void keepEndedMonths() {
		for (Team team : people.teams()) {
			try {
				pay.forgetClosedMonths(team.id());
				pay.monthsToKeep(team.id()).forEach(month -> keep(team, month));
			}
			catch (RuntimeException e) { // the next run tries again; the other teams go on now
				LOG.error("Could not keep the ended months of team {} ({}) for their close", team.id().value(),
						team.name(), e);
			}
		}
	}

	private void keep(Team team, YearMonth month) {
		try {
			pay.keepForClose(team.id(), month);
		}
		catch (RuntimeException e) { // the next run tries again; the team's other month goes on now
			LOG.error("Could not keep {} of team {} ({}) for its close", month, team.id().value(), team.name(), e);
		}
	}
}
