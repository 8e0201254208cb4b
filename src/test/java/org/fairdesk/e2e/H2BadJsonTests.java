package org.fairdesk.e2e;

/** Bodies the API refuses, on the embedded H2 database. */
class H2BadJsonTests extends BadJsonScenario {
}
