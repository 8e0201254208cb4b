package org.fairdesk.routing;

import java.util.Map;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;

/**
 * A team's routing set-up: the mode, the chooser in force for each kind, the rules for skips, and the order in which
 * waiting requests are served.
 */
public record TeamRouting(TeamId teamId, RoutingMode mode, Map<RequestKind, ChooserType> choosers, SkipPolicy skips,
		QueueOrder queueOrder) {
}
