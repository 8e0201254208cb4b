package org.fairdesk.routing;

import java.time.Clock;
import java.time.Duration;

import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.Availability;
import org.fairdesk.people.AvailabilityChanged;
import org.fairdesk.people.RepProfileChanged;
import org.fairdesk.work.RequestClosed;
import org.fairdesk.work.RequestReopened;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Routing reacts to arrivals, closes, reopens and reps becoming available. Queueing, freeing and taking back
 * capacity happen inside the publisher's transaction; assigning happens after it commits, through the event
 * publication registry, so it is retried after a crash. A periodic pass hands out what is still waiting, gradually.
 */
@Component
class RoutingListeners implements SchedulingConfigurer {

	private final RoutingManagement routing;
	private final RoutingQueue queue;
	private final Clock clock;
	private final Duration handOutInterval;

	RoutingListeners(RoutingManagement routing, RoutingQueue queue, Clock clock, RoutingSettings settings) {
		this.routing = routing;
		this.queue = queue;
		this.clock = clock;
		this.handOutInterval = settings.handOutInterval();
	}

	@EventListener
	void queue(RequestReceived received) {
		routing.enqueue(received);
	}

	@ApplicationModuleListener
	void assign(RequestReceived received) {
		routing.assign(received.requestId(), clock.instant());
	}

	@EventListener
	void freeCapacity(RequestClosed closed) {
		routing.closed(closed.requestId(), closed.closedBy(), closed.closedAt());
	}

	@EventListener
	void countAgain(RequestReopened reopened) {
		routing.reopened(reopened.requestId(), reopened.closedBy(), reopened.reopenedBy(), reopened.reason(),
				reopened.reopenedAt());
	}

	@ApplicationModuleListener
	void handOutAfterClose(RequestClosed closed) {
		routing.assignWaiting(closed.teamId(), clock.instant());
	}

	@ApplicationModuleListener
	void handOutWaiting(AvailabilityChanged changed) {
		if (changed.to() == Availability.AVAILABLE) {
			routing.assignWaiting(changed.teamId(), clock.instant());
		}
	}

	@ApplicationModuleListener
	void handOutAfterProfileChange(RepProfileChanged changed) {
		routing.assignWaiting(changed.teamId(), clock.instant());
	}

	/** Every {@code fairdesk.routing.hand-out-interval}, the first time that long after the start. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::handOutPeriodically, handOutInterval, handOutInterval));
	}

	/** Catches what no event triggered: a shift starting, time off ending. */
	void handOutPeriodically() {
		queue.pushTeamsWithWaitingWork().forEach(team -> routing.assignWaiting(team, clock.instant()));
	}
}
