package org.fairdesk.routing;

/** What the routing log records. */
public enum RoutingAction {
	/** Assigned by the policy (PUSH). */
	ASSIGN,
	/** Served to a rep who asked for the next request (PULL). */
	NEXT,
	/** Claimed by a rep from the open list (SELF_ELECT). */
	CLAIM,
	/** Assigned by a manager. */
	MANUAL,
	/** A rep handed the request back, with a reason. */
	HAND_BACK,
	/** A manager took the request from this rep to give it to another, with a reason. */
	REASSIGN,
	/** The rep passed the request to a named colleague, with a reason (followed by TRANSFER_IN for them). */
	TRANSFER_OUT,
	/** The rep received the request from a colleague who transferred it. */
	TRANSFER_IN,
	/** A rep skipped the request served to them, with a reason. */
	SKIP,
	/** The request closed: its rep's capacity is free again. */
	CLOSE,
	/** A closed request was reopened: it is active with the rep who closed it again. */
	REOPEN
}
