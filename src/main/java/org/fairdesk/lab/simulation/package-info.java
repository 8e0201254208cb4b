/**
 * The lab's simulation: an agent-based model of a team working the funnel under a routing policy and a plan, each rep
 * responding to the plan, every month paid by the incentives module's calculator (docs/lab.md, "The simulation").
 * Exposed as a named interface for the application's command line ({@link LabCommand}).
 */
@NullMarked
@NamedInterface("simulation")
package org.fairdesk.lab.simulation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
