package org.fairdesk.routing;

import java.time.Clock;

import org.fairdesk.intake.RequestReceived;
import org.fairdesk.people.Availability;
import org.fairdesk.people.AvailabilityChanged;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routing reacts to arrivals and to reps becoming available. Queueing happens inside the arrival's transaction;
 * assigning happens after it commits, through the event publication registry, so it is retried after a crash.
 */
@Component
class RoutingListeners {

	private final RoutingManagement routing;
	private final Clock clock;

	RoutingListeners(RoutingManagement routing, Clock clock) {
		this.routing = routing;
		this.clock = clock;
	}

	@EventListener
	void queue(RequestReceived received) {
		routing.enqueue(received);
	}

	@ApplicationModuleListener
	void assign(RequestReceived received) {
		routing.assign(received.requestId(), clock.instant());
	}

	@ApplicationModuleListener
	void handOutWaiting(AvailabilityChanged changed) {
		if (changed.to() == Availability.AVAILABLE) {
			routing.assignWaiting(changed.teamId(), clock.instant());
		}
	}
}
