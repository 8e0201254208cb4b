package org.fairdesk.work;

import org.fairdesk.intake.RequestReceived;
import org.fairdesk.routing.RequestAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the aggregate in step with intake and routing inside their transactions: a request exists as soon as it
 * is received, and an assignment is recorded in routing and on the request together or not at all.
 */
@Component
class WorkListeners {

	private final WorkManagement work;

	WorkListeners(WorkManagement work) {
		this.work = work;
	}

	@EventListener
	void on(RequestReceived received) {
		work.open(received);
	}

	@EventListener
	void on(RequestAssigned assigned) {
		work.assign(assigned.requestId(), assigned.repId(), assigned.assignedAt());
	}
}
