package org.fairdesk.standards.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.fairdesk.people.CurrentRep;
import org.fairdesk.people.Rep;
import org.fairdesk.people.TeamId;
import org.fairdesk.standards.Conversation;
import org.fairdesk.standards.NewConversation;
import org.fairdesk.standards.NewStandard;
import org.fairdesk.standards.Standard;
import org.fairdesk.standards.StandardFlags;
import org.fairdesk.standards.StandardsManagement;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's minimum standards, who falls short of them, and the outcomes of the conversations that follow
 * (docs/standards.md). Managers and admins see and set everything; a rep sees only their own flags.
 */
@RestController
class StandardsController {

	/** What another team's manager is refused: "Only the managers of team X … may set its standards …". */
	static final String STANDARDS = "set its standards or record its conversations";

	private final StandardsManagement standards;
	private final TeamManagerChecks teamChecks;

	StandardsController(StandardsManagement standards, TeamManagerChecks teamChecks) {
		this.standards = standards;
		this.teamChecks = teamChecks;
	}

	/** The team's standards, in order. */
	record TeamStandards(long teamId, List<Standard> standards) {
	}

	/** The list that replaces the team's; {@code teamId}, which GET adds, is taken so that a list read may be put back. */
	@JsonIgnoreProperties({"teamId"})
	record StandardsRequest(@Nullable List<@Nullable NewStandard> standards) {
	}

	@GetMapping("/api/teams/{id}/standards")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	TeamStandards list(@PathVariable long id) {
		return new TeamStandards(id, standards.standards(new TeamId(id)));
	}

	@PutMapping("/api/teams/{id}/standards")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	TeamStandards replace(@PathVariable long id, @RequestBody StandardsRequest body, Authentication user) {
		teamChecks.requireForTeam(user, new TeamId(id), STANDARDS);
		return new TeamStandards(id, standards.replace(new TeamId(id), body.standards()));
	}

	@GetMapping("/api/teams/{id}/standards/flags")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'REP')")
	StandardFlags flags(@PathVariable long id, @RequestParam(required = false) @Nullable String period,
			Authentication user, @CurrentRep Optional<Rep> me) {
		TeamId team = StandardsViewers.readable(new TeamId(id), user, me, teamChecks);
		StandardFlags flags = standards.flags(team, month(period));
		return StandardsViewers.visible(flags, user, me);
	}

	@PostMapping("/api/teams/{id}/standards/conversations")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Conversation record(@PathVariable long id, @RequestBody NewConversation body, Authentication user) {
		teamChecks.requireForTeam(user, new TeamId(id), STANDARDS);
		return standards.recordConversation(new TeamId(id), body, user.getName());
	}

	private static YearMonth month(@Nullable String period) {
		YearMonth month = org.fairdesk.shared.Inputs.month(period, "period");
		if (month == null) {
			throw InvalidInputException.of("period", "is required: a month as YYYY-MM");
		}
		return month;
	}
}
