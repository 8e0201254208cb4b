package org.fairdesk.e2e;

/** Form fields, query parameters and periods the app refuses, on the embedded H2 database. */
class H2BadParametersTests extends BadParametersScenario {
}
