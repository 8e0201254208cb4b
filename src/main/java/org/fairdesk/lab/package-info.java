/**
 * Lab: the behaviours a manager wants to encourage and discourage, watched on live data; backtests of plans on the
 * team's own months; and an agent-based simulation of how people respond to a plan. Every payout it shows comes
 * from the incentives module's one calculator (docs/lab.md).
 */
@NullMarked
package org.fairdesk.lab;

import org.jspecify.annotations.NullMarked;
