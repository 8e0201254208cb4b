package org.fairdesk.feedback;

/** The feedback flow on the embedded H2 database the app starts with by default. */
class H2SurveyFlowTests extends SurveyFlowScenario {
}
