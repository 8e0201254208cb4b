package org.fairdesk.work;

/** The lifecycle scenario on the embedded H2 database the app starts with by default. */
class H2LifecycleTests extends LifecycleScenario {
}
