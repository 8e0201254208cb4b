package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.incentives.PayInsights;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.WhatIf;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.security.Role;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Who reads whose pay (docs/security.md, "A team's managers"), for every pay page, export and API call: a rep only
 * their own; finance and administrators every team's; a manager the teams they manage (all of them while a team lists
 * nobody). The rule itself is {@link org.fairdesk.security.TeamManagers#readsPay}; this applies it to the parameters
 * the pay calls take.
 */
@Component
class PayReaders {

	private final TeamManagerChecks checks;
	private final PeopleManagement people;

	PayReaders(TeamManagerChecks checks, PeopleManagement people) {
		this.checks = checks;
		this.people = people;
	}

	/** The {@code teamId} parameter (required, a whole number) of a team whose pay the login reads; 403 otherwise. */
	TeamId team(@Nullable String teamId, Authentication user) {
		return team(IncentiveParams.team(teamId), user);
	}

	/** The team, when the login reads its pay: 404 for an unknown team, 403 naming its managers otherwise. */
	TeamId team(TeamId team, Authentication user) {
		checks.requirePayReader(user, team);
		return team;
	}

	/**
	 * The rep whose pay a manager, finance or an administrator reads: 404 for an unknown rep, 403 when the login may not
	 * read their team's pay. A rep's own login is checked by the caller (only their own).
	 */
	RepId rep(RepId rep, Authentication user) {
		checks.requirePayReaderOfRep(user, rep);
		return rep;
	}

	/** Whether the login reads anyone's pay but their own: managers, finance and administrators. */
	static boolean readsOthers(Authentication user) {
		return Role.any(user, Role.MANAGER, Role.FINANCE, Role.ADMIN);
	}

	/**
	 * A rep's statement as the login may read it: their own for a rep (403 naming the rule otherwise), any on a team
	 * they read for the others.
	 *
	 * @param rule what a rep is held to, to finish "a rep …": "exports only their own statement"
	 */
	RepId rep(RepId rep, Authentication user, Optional<Rep> me, String rule) {
		if (readsOthers(user)) {
			return rep(rep, user);
		}
		Rep self = me.orElseThrow(() -> new ForbiddenException("you are not a rep: a rep " + rule));
		if (!self.id().equals(rep)) {
			throw new ForbiddenException("repId " + rep.value() + " is not you: a rep " + rule);
		}
		return rep;
	}

	/** The teams whose pay the login reads, in the order the pages list teams. */
	List<Team> teams(Authentication user) {
		return people.teams().stream().filter(team -> checks.readsPay(user, team.id())).toList();
	}

	/**
	 * The teams a pay page offers the login, put in the model as {@code teams}, with {@code teamsHidden} when there are
	 * teams but none the login reads (the page says why it shows none).
	 */
	List<Team> offer(Authentication user, Model model) {
		List<Team> all = people.teams();
		List<Team> readable = all.stream().filter(team -> checks.readsPay(user, team.id())).toList();
		model.addAttribute("teams", readable);
		model.addAttribute("teamsHidden", readable.isEmpty() && !all.isEmpty());
		return readable;
	}

	/**
	 * The team a pay page shows: the one asked for (404 unknown, 403 when the login may not read its pay), else the
	 * first of the teams the login reads; empty when there is none.
	 */
	Optional<Team> chosen(@Nullable Number team, List<Team> readable, Authentication user) {
		if (team == null) {
			return readable.stream().findFirst();
		}
		return Optional.of(people.team(team(new TeamId(team.longValue()), user)));
	}

	/** The statements of teams the login reads, in their order; each team asked once. */
	List<Statement> readable(List<Statement> statements, Authentication user) {
		Map<TeamId, Boolean> reads = new HashMap<>();
		return statements.stream()
			.filter(statement -> reads.computeIfAbsent(statement.teamId(), team -> checks.readsPay(user, team)))
			.toList();
	}

	/**
	 * The {@code repId} parameter as the login may ask about it: required of managers, finance and administrators (a
	 * rep on a team they read); a rep's own when left out, and only their own.
	 */
	RepId rep(@Nullable String repId, Authentication user, Optional<Rep> me, String rule) {
		return rep(repId, "repId", user, me, rule);
	}

	/** {@link #rep(String, Authentication, Optional, String)} named as the caller sent it: {@code rep} on a page. */
	RepId rep(@Nullable String repId, String parameter, Authentication user, Optional<Rep> me, String rule) {
		Integer given = Inputs.wholeNumber(repId, parameter, "a rep's id, a whole number");
		if (readsOthers(user)) {
			if (given == null) {
				throw InvalidInputException.of(parameter, "is required: a rep's id");
			}
			return rep(new RepId(given), user);
		}
		Rep self = me.orElseThrow(() -> new ForbiddenException("you are not a rep: a rep " + rule));
		if (given != null && given != self.id().value()) {
			throw new ForbiddenException(parameter + " " + given + " is not you: a rep " + rule);
		}
		return self.id();
	}

	/** A what-if on a team's open month: the team and rep given by those who read the team's pay, a rep's own else. */
	PayInsights.WhatIfResult whatIf(@Nullable Long teamId, @Nullable String period, @Nullable Long repId,
			@Nullable List<WhatIf.Change> changes, Authentication user, Optional<Rep> me, PayInsights insights) {
		RepId rep;
		TeamId team;
		if (readsOthers(user)) {
			new FieldChecks().require(teamId != null, "teamId", "is required: a team's id")
				.require(repId != null, "repId", "is required: the rep whose figures to try")
				.throwIfAny();
			team = team(new TeamId(teamId), user);
			rep = new RepId(repId);
		}
		else {
			Rep self = me.orElseThrow(() -> new ForbiddenException("you are not a rep: a rep tries only their own pay"));
			if (repId != null && repId != self.id().value()) {
				throw new ForbiddenException("repId " + repId + " is not you: a rep tries only their own pay");
			}
			if (teamId != null && teamId != self.teamId().value()) {
				throw new ForbiddenException("teamId " + teamId + " is not your team: a rep tries only their own pay");
			}
			rep = self.id();
			team = self.teamId();
		}
		YearMonth month = IncentiveParams.month(period);
		return insights.whatIf(team, month, rep, changes == null ? List.of() : changes);
	}
}
