package org.fairdesk.routing;

/**
 * The order in which a team's waiting requests are served (docs/routing.md, "Queue order"): by priority, then age;
 * or by SLA risk first (the one due first), then priority, then age. Requests without a due time come after those
 * with one.
 */
public enum QueueOrder {

	PRIORITY("%1$spriority desc, %1$sreceived_at, %1$srequest_id"),
	SLA("%1$sdue_at nulls last, %1$spriority desc, %1$sreceived_at, %1$srequest_id");

	// Written out once: formatting SQL on every PULL was a tenth of its time in the JVM (RoutingQueue's profile).
	private final String plain;
	private final String waitingAlias;

	QueueOrder(String orderBy) {
		this.plain = orderBy.formatted("");
		this.waitingAlias = orderBy.formatted("w.");
	}

	/** The order-by list over the waiting columns, unqualified. */
	String orderBy() {
		return plain;
	}

	/** The order-by list over the waiting list aliased {@code w}. */
	String orderByWaiting() {
		return waitingAlias;
	}
}
