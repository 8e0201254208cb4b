package org.fairdesk.work;

import org.fairdesk.intake.RequestReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the aggregate inside intake's transaction: a request exists as soon as it is received. (Routing
 * records assignments on it by calling {@link WorkManagement#assign} inside its own transaction.)
 */
@Component
class WorkListeners {

	private final WorkManagement work;
	private final ServiceLevels levels;

	WorkListeners(WorkManagement work, ServiceLevels levels) {
		this.work = work;
		this.levels = levels;
	}

	/** The SLA's due times go in with the row: one insert per arrival, not an insert and an update. */
	@EventListener
	void on(RequestReceived received) {
		work.open(received, levels.dueTimes(received.teamId(), received.kind(), received.priority(),
				received.receivedAt()));
	}
}
