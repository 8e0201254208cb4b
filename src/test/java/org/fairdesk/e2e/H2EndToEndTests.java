package org.fairdesk.e2e;

/** The end-to-end scenario on the embedded H2 database the app starts with by default. */
class H2EndToEndTests extends EndToEndScenario {
}
