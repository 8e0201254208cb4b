package org.fairdesk.lab;

import java.util.Map;

import org.fairdesk.metrics.MetricsManagement.AssistDecisions;
import org.fairdesk.metrics.TeamMetrics;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.AssignmentFigures;
import org.fairdesk.routing.FairnessReport;
import org.jspecify.annotations.Nullable;

/**
 * Everything a month's goals are judged on, as metrics and routing answer it: the month's and the month before's
 * figures, fairness, routing's log, closes in the month's last business days (per rep, and the team's), assists
 * decided.
 */
record MonthFigures(TeamId teamId, String period, boolean monthOver, TeamMetrics month,
		@Nullable TeamMetrics previous, FairnessReport fairness, AssignmentFigures assignments,
		Map<RepId, Long> monthEndCloses, long teamMonthEndCloses, Map<RepId, AssistDecisions> assistDecisions) {
}
