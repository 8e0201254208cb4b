package org.fairdesk.routing.web;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.fairdesk.shared.Inputs;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.ChooserType;
import org.fairdesk.routing.FairnessReport;
import org.fairdesk.routing.OpenRequest;
import org.fairdesk.routing.QueueOrder;
import org.fairdesk.routing.RoutingAdministration;
import org.fairdesk.routing.RoutingManagement;
import org.fairdesk.routing.RoutingMode;
import org.fairdesk.routing.RoutingPreview;
import org.fairdesk.routing.TeamRouting;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A manager configures how work reaches the team, previews who gets the next request, and checks fairness. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RoutingAdminController {

	private final RoutingAdministration administration;
	private final RoutingManagement routing;
	private final PeopleManagement people;
	private final Clock clock;

	private final TeamManagerChecks managers;

	RoutingAdminController(RoutingAdministration administration, RoutingManagement routing, PeopleManagement people,
			Clock clock, TeamManagerChecks managers) {
		this.administration = administration;
		this.routing = routing;
		this.people = people;
		this.clock = clock;
		this.managers = managers;
	}

	/** What another team's manager is refused: "Only the managers of team X … may change its routing". */
	static final String ROUTING = "change its routing";

	@GetMapping("/api/routing/teams/{teamId}")
	TeamRouting settings(@PathVariable long teamId) {
		return administration.settings(new TeamId(teamId));
	}

	@PutMapping("/api/routing/teams/{teamId}/mode")
	TeamRouting mode(@PathVariable long teamId, @RequestBody ModeBody body, Authentication user) {
		managers.requireForTeam(user, new TeamId(teamId), ROUTING);
		return administration.setMode(new TeamId(teamId), Inputs.oneOf(RoutingMode.class, body.mode(), "mode"), clock.instant());
	}

	@PutMapping("/api/routing/teams/{teamId}/policies/{kind}")
	TeamRouting policy(@PathVariable long teamId, @PathVariable String kind, @RequestBody PolicyBody body,
			Authentication principal) {
		managers.requireForTeam(principal, new TeamId(teamId), ROUTING);
		return administration.setPolicy(new TeamId(teamId), PolicyKinds.kindOrDefault(kind),
				Inputs.oneOf(ChooserType.class, body.chooser(), "chooser"), body.seed(), principal.getName(), clock.instant());
	}

	/** The team's skip rules: the reasons a skip may give and how many requests a rep may skip a day. */
	@PutMapping("/api/routing/teams/{teamId}/skips")
	TeamRouting skips(@PathVariable long teamId, @RequestBody SkipsBody body, Authentication user) {
		managers.requireForTeam(user, new TeamId(teamId), ROUTING);
		administration.setSkipPolicy(new TeamId(teamId), body.reasons(), body.perDay());
		return administration.settings(new TeamId(teamId));
	}

	/** {@code {"order": "SLA"}} or {@code "PRIORITY"}: how the team's waiting requests are served. */
	@PutMapping("/api/routing/teams/{teamId}/queue-order")
	TeamRouting queueOrder(@PathVariable long teamId, @RequestBody QueueOrderBody body, Authentication user) {
		managers.requireForTeam(user, new TeamId(teamId), ROUTING);
		return administration.setQueueOrder(new TeamId(teamId), Inputs.oneOf(QueueOrder.class, body.order(), "order"));
	}

	record QueueOrderBody(@Nullable String order) {
	}

	/** {@code {"minutes": 30}}, or {@code null} for never: when a skill nobody available has stops holding a request. */
	@PutMapping("/api/routing/teams/{teamId}/skill-fallback")
	TeamRouting skillFallback(@PathVariable long teamId, @RequestBody SkillFallbackBody body, Authentication user) {
		managers.requireForTeam(user, new TeamId(teamId), ROUTING);
		return administration.setSkillFallback(new TeamId(teamId), body.minutes());
	}

	/** {@code {}} is refused: clearing the wait takes {@code {"minutes": null}}. */
	record SkillFallbackBody(@JsonProperty(required = true) @Nullable Integer minutes) {
	}

	/** The waiting requests with their amounts, most urgent then oldest: managers only in every mode. */
	@GetMapping("/api/routing/teams/{teamId}/waiting")
	List<OpenRequest> waiting(@PathVariable long teamId) {
		return routing.waiting(new TeamId(teamId));
	}

	@GetMapping("/api/routing/teams/{teamId}/preview")
	RoutingPreview preview(@PathVariable long teamId, @RequestParam(defaultValue = "ORDER") String kind) {
		return administration.preview(new TeamId(teamId), PolicyKinds.kind(kind), clock.instant());
	}

	/** Fairness over a month of the team's zone ({@code period=YYYY-MM}), the current month by default. */
	@GetMapping("/api/routing/teams/{teamId}/fairness")
	FairnessReport fairness(@PathVariable long teamId, @RequestParam(required = false) @Nullable String period) {
		Team team = people.team(new TeamId(teamId));
		return administration.fairness(team.id(), Inputs.month(period, team.thisMonth(clock), "period"));
	}

	record ModeBody(@Nullable String mode) {
	}

	record SkipsBody(@Nullable List<@Nullable String> reasons, @Nullable Integer perDay) {
	}

	record PolicyBody(@Nullable String chooser, @Nullable Long seed) {
	}
}
