package org.fairdesk.routing;

import java.util.Map;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;

/**
 * A team's routing set-up: the mode, the chooser in force for each kind, the rules for skips, the order in which
 * waiting requests are served, and the minutes after which a request's skill no longer limits who gets it (null:
 * never).
 */
public record TeamRouting(TeamId teamId, RoutingMode mode, Map<RequestKind, ChooserType> choosers, SkipPolicy skips,
		QueueOrder queueOrder, @Nullable Integer skillFallbackMinutes) {
}
