package org.fairdesk.incentives;

/** Disputes of statement lines on the embedded H2 database. */
class H2DisputesTests extends DisputesScenario {
}
