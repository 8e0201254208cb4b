package org.fairdesk.incentives;

/** Two publications of one plan at once, on the embedded H2 database. */
class H2PlanPublicationRaceTests extends PlanPublicationRaceScenario {
}
