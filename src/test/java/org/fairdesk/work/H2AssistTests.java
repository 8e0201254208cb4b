package org.fairdesk.work;

/** Assists on the embedded H2 database. */
class H2AssistTests extends AssistScenario {
}
