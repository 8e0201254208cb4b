package org.fairdesk.incentives;

/** Acknowledging plan versions on the embedded H2 database. */
class H2PlanAcknowledgementsTests extends PlanAcknowledgementsScenario {
}
