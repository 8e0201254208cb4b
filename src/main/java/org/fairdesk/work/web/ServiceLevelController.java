package org.fairdesk.work.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.RequestKind;
import org.fairdesk.work.ServiceLevels;
import org.fairdesk.work.SlaTarget;
import org.fairdesk.work.TeamCalendar;
import org.jspecify.annotations.Nullable;
import org.fairdesk.people.TeamManagerChecks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A manager sets a team's business hours and SLA targets; both are read as JSON. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ServiceLevelController {

	private final ServiceLevels levels;
	private final TeamManagerChecks teamChecks;

	ServiceLevelController(ServiceLevels levels, TeamManagerChecks teamChecks) {
		this.levels = levels;
		this.teamChecks = teamChecks;
	}

	@GetMapping("/api/teams/{id}/calendar")
	TeamCalendar calendar(@PathVariable long id) {
		return levels.calendar(new TeamId(id));
	}

	@PutMapping("/api/teams/{id}/calendar")
	TeamCalendar setCalendar(@PathVariable long id, @RequestBody CalendarBody body, Authentication user) {
		teamChecks.requireForTeam(user, new TeamId(id), "change its business hours");
		var checks = new FieldChecks();
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		checks.require(body.workDays() != null, "workDays", "is required, e.g. [\"MON\", \"TUE\"]");
		if (body.workDays() != null) {
			for (int i = 0; i < body.workDays().size(); i++) {
				DayOfWeek parsed = Inputs.dayOfWeek(body.workDays().get(i), "workDays[" + i + "]", checks);
				if (parsed != null) {
					days.add(parsed);
				}
			}
		}
		LocalTime opens = Inputs.time(body.opens(), "opens", checks);
		LocalTime closes = Inputs.time(body.closes(), "closes", checks);
		List<HolidayBody> given = body.holidays() == null ? List.of() : body.holidays();
		List<ServiceLevels.@Nullable HolidayInput> holidays = new java.util.ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			HolidayBody holiday = given.get(i);
			checks.require(holiday != null, "holidays[" + i + "]",
					"is empty; a holiday is {\"day\": \"YYYY-MM-DD\", \"name\": …}");
			holidays.add(holiday == null ? null : new ServiceLevels.HolidayInput(holiday.day(), holiday.name()));
		}
		// every problem at once: what the reader found here with what the service checks
		return levels.setCalendar(new TeamId(id), days, opens, closes, holidays, checks);
	}

	@GetMapping("/api/teams/{id}/sla-targets")
	List<SlaTarget> targets(@PathVariable long id) {
		return levels.targets(new TeamId(id));
	}

	/** The list's parameter name is what a member the reader refuses is named under: targets[1].priorityFrom. */
	@PutMapping("/api/teams/{id}/sla-targets")
	List<SlaTarget> setTargets(@PathVariable long id, @RequestBody @Nullable List<TargetBody> targets,
			Authentication user) {
		teamChecks.requireForTeam(user, new TeamId(id), "change its SLA targets");
		new FieldChecks().require(targets != null, "targets", "is required: a list, empty for none").throwIfAny();
		var checks = new FieldChecks();
		List<ServiceLevels.@Nullable TargetInput> read = new java.util.ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			TargetBody t = targets.get(i);
			String at = "targets[" + i + "].";
			if (t == null) {
				checks.require(false, "targets[" + i + "]", "is empty; a target names kind and priorityFrom");
				read.add(null);
				continue;
			}
			RequestKind kind = RequestKind.parse(t.kind());
			checks.require(kind != null, at + "kind", t.kind() == null ? "is required: ORDER, QUOTE or QUERY"
					: "must be ORDER, QUOTE or QUERY, got " + Inputs.shortened(t.kind()))
				.require(t.priorityFrom() != null, at + "priorityFrom", "is required (0 to 9)");
			read.add(new ServiceLevels.TargetInput(kind, t.priorityFrom(), t.firstResponseMinutes(),
					t.resolutionMinutes()));
		}
		// every problem at once: what the reader found here with what the service checks
		return levels.setTargets(new TeamId(id), read, checks);
	}

	/** {@code zone} and {@code standard} are what GET adds: a calendar read, changed and put back is taken. */
	@JsonIgnoreProperties({"zone", "standard"})
	record CalendarBody(@Nullable List<String> workDays, @Nullable String opens, @Nullable String closes,
			@Nullable List<HolidayBody> holidays) {
	}

	record HolidayBody(@Nullable LocalDate day, @Nullable String name) {
	}

	record TargetBody(@Nullable String kind, @Nullable Integer priorityFrom, @Nullable Integer firstResponseMinutes,
			@Nullable Integer resolutionMinutes) {
	}
}
