package org.fairdesk.lab;

/** The goals scenario on the embedded H2 database. */
class H2GoalsTests extends GoalsScenario {
}
