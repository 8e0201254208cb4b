package org.fairdesk.feedback;

/** Where a survey stands: its link can be answered, was answered, or ran out. */
public enum SurveyStatus {
	/** Not answered yet and not expired: the link works. */
	OPEN,
	/** The customer answered; the link never works again. */
	ANSWERED,
	/** Not answered before it expired. */
	EXPIRED
}
