package org.fairdesk.people.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.fairdesk.people.NewRep;
import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.security.TeamManagers;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Setting up teams and their reps over the API, for an installation without the demo. */
@RestController
class TeamAdminController {

	private final PeopleManagement people;
	private final TeamManagers managers;
	private final TeamManagerChecks teamChecks;

	TeamAdminController(PeopleManagement people, TeamManagers managers, TeamManagerChecks teamChecks) {
		this.people = people;
		this.managers = managers;
		this.teamChecks = teamChecks;
	}

	/** The manager logins listed for the team; none listed: every manager manages it (docs/security.md). */
	@GetMapping("/api/teams/{teamId}/managers")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	TeamManagerList managers(@PathVariable long teamId) {
		Team team = people.team(new TeamId(teamId));
		return TeamManagerList.of(team, managers.of(teamId));
	}

	@PutMapping("/api/teams/{teamId}/managers")
	@PreAuthorize("hasRole('ADMIN')")
	TeamManagerList setManagers(@PathVariable long teamId, @RequestBody ManagersBody body) {
		Team team = people.team(new TeamId(teamId));
		return TeamManagerList.of(team, managers.set(teamId, body.managers()));
	}

	/** The members GET adds besides {@code managers}: a list read, changed and put back is taken. */
	@JsonIgnoreProperties({"teamId", "team", "everyManager"})
	record ManagersBody(@Nullable List<@Nullable String> managers) {
	}

	/** @param everyManager true when none is listed, so that every manager manages the team */
	record TeamManagerList(long teamId, String team, List<String> managers, boolean everyManager) {

		static TeamManagerList of(Team team, List<String> managers) {
			return new TeamManagerList(team.id().value(), team.name(), managers, managers.isEmpty());
		}
	}

	@GetMapping("/api/teams")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'FINANCE')")
	List<TeamWithReps> teams() {
		return people.teams().stream().map(team -> new TeamWithReps(team, people.members(team.id()))).toList();
	}

	@PostMapping("/api/teams")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Team createTeam(@RequestBody TeamBody body) {
		var checks = new FieldChecks();
		Currency currency = currency(body.currency(), checks);
		ZoneId zone = zone(body.timeZone(), checks);
		Locale locale = body.locale() == null ? Team.DEFAULT_LOCALE : PeopleManagement.locale(body.locale(), "locale", checks);
		checks.requireName(body.name(), "name", 100).throwIfAny();
		return people.createTeam(body.name(), currency, zone, locale);
	}

	/** How the team's pay pages write money and dates: a BCP 47 tag such as de-DE. */
	@PutMapping("/api/teams/{teamId}/locale")
	@PreAuthorize("hasRole('ADMIN')")
	Team locale(@PathVariable long teamId, @RequestBody LocaleBody body) {
		var checks = new FieldChecks();
		Locale locale = PeopleManagement.locale(body.locale(), "locale", checks);
		checks.throwIfAny();
		return people.setLocale(new TeamId(teamId), locale);
	}

	@PostMapping("/api/teams/{teamId}/reps")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Rep addRep(@PathVariable long teamId, @RequestBody RepBody body, Authentication user) {
		teamChecks.requireForTeam(user, new TeamId(teamId), "add reps to it");
		new FieldChecks().require(body.hoursPerWeek() != null, "hoursPerWeek", "is required")
			.require(body.startDate() != null, "startDate", "is required as YYYY-MM-DD")
			.requireUsername(body.username(), "username")
			.requireName(body.displayName(), "displayName", 200)
			.throwIfAny();
		return people.addRep(new NewRep(new TeamId(teamId), body.username().strip(), body.displayName().strip(),
				body.hoursPerWeek(), body.startDate(), body.leavingDate()));
	}

	/**
	 * Sets or clears (null) a rep's leaving date: their last day on the team, included. The body must name
	 * {@code leavingDate}, so that an empty body cannot clear it by mistake.
	 */
	@PutMapping("/api/reps/{id}/leaving-date")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	Rep leavingDate(@PathVariable long id, @RequestBody LeavingDateBody body, Authentication user) {
		teamChecks.require(user, new RepId(id), "set its reps' leaving dates");
		return people.setLeavingDate(new RepId(id), body.leavingDate());
	}

	/**
	 * Sets or clears (null) a rep's employee id in the payroll system, which the payroll file of a paid month gives
	 * beside the rep's amount. The body must name {@code employeeId}, so that an empty body cannot clear it.
	 */
	@PutMapping("/api/reps/{id}/employee-id")
	@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
	Rep employeeId(@PathVariable long id, @RequestBody EmployeeIdBody body, Authentication user) {
		teamChecks.require(user, new RepId(id), "set its reps' employee ids");
		return people.setEmployeeId(new RepId(id), body.employeeId());
	}

	private static @Nullable Currency currency(@Nullable String code, FieldChecks checks) {
		if (code == null) {
			checks.require(false, "currency", "is required, e.g. EUR");
			return null;
		}
		return Inputs.currency(code, "currency", checks);
	}

	private static @Nullable ZoneId zone(@Nullable String id, FieldChecks checks) {
		if (id == null) {
			checks.require(false, "timeZone", "is required, e.g. Europe/Berlin");
			return null;
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException e) {
			checks.require(false, "timeZone", "is not a time zone id such as Europe/Berlin: " + id);
			return null;
		}
	}

	/** A new team; {@code locale} may be left out (en-GB). */
	record TeamBody(@Nullable String name, @Nullable String currency, @Nullable String timeZone,
			@Nullable String locale) {
	}

	record LocaleBody(@Nullable String locale) {
	}

	record RepBody(@Nullable String username, @Nullable String displayName, @Nullable BigDecimal hoursPerWeek,
			@Nullable LocalDate startDate, @Nullable LocalDate leavingDate) {
	}

	/** {@code {"leavingDate": null}} clears it; {@code {}} is refused as a mistake. */
	record LeavingDateBody(@JsonProperty(required = true) @Nullable LocalDate leavingDate) {
	}

	/** {@code {"employeeId": null}} clears it; {@code {}} is refused as a mistake. */
	record EmployeeIdBody(@JsonProperty(required = true) @Nullable String employeeId) {
	}

	record TeamWithReps(Team team, List<Rep> reps) {
	}
}
