package org.fairdesk.metrics;

/** The metrics' hand-worked figures on the embedded H2 database. */
class H2MetricsTests extends MetricsScenario {
}
