package org.fairdesk.incentives;

/** Closing and paying months on the embedded H2 database. */
class H2PayPeriodsTests extends PayPeriodsScenario {
}
