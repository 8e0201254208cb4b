/**
 * Routing: assigns each request to a rep by the team's policy, never by the rep's choice; keeps all routing
 * state in the database so several app nodes assign each request exactly once.
 */
@NullMarked
package org.fairdesk.routing;

import org.jspecify.annotations.NullMarked;
