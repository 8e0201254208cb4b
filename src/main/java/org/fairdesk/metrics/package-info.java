/**
 * Metrics: per rep, team and period figures (outcomes, money, speed, SLA, satisfaction, collaboration), computed
 * in SQL from the facts work, feedback and routing keep, and the team dashboard that shows them team first.
 */
@NullMarked
package org.fairdesk.metrics;

import org.jspecify.annotations.NullMarked;
