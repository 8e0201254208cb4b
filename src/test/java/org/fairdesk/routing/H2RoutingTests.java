package org.fairdesk.routing;

/** Every routing policy and mode on H2. */
class H2RoutingTests extends RoutingScenario {
}
