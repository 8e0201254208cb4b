package org.fairdesk.routing;

import java.util.Map;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.RequestKind;

/** A team's routing set-up: the mode, and the chooser in force for each kind. */
public record TeamRouting(TeamId teamId, RoutingMode mode, Map<RequestKind, ChooserType> choosers) {
}
