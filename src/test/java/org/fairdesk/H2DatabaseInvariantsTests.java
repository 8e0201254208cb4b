package org.fairdesk;

/** The database's own invariants on the embedded H2 database. */
class H2DatabaseInvariantsTests extends DatabaseInvariantsScenario {
}
