package org.fairdesk.feedback;

/** A survey link that cannot be answered (any more); the reason decides what the customer is told. */
public class SurveyUnavailableException extends RuntimeException {

	/** Why the link does not work. */
	public enum Reason {
		/** No survey has this token: mistyped, forged, or replaced by a newer link. */
		UNKNOWN,
		/** The survey was answered; a link works once. */
		ANSWERED,
		/** The survey ran out before it was answered. */
		EXPIRED
	}

	private final Reason reason;

	SurveyUnavailableException(Reason reason) {
		super(switch (reason) {
			case UNKNOWN -> "There is no survey at this link";
			case ANSWERED -> "This survey has already been answered";
			case EXPIRED -> "This survey has expired";
		});
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
