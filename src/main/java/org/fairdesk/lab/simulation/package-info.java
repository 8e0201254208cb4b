/**
 * The lab's simulation: an agent-based model of a team working the funnel under a routing policy and a plan, each rep
 * responding to the plan, every month paid by the incentives module's calculator (docs/lab.md, "The simulation").
 */
@NullMarked
package org.fairdesk.lab.simulation;

import org.jspecify.annotations.NullMarked;
