package org.fairdesk.lab;

/** Backtests through the API on the embedded H2 database. */
class H2BacktestTests extends BacktestScenario {
}
