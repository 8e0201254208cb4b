package org.fairdesk.people.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.TeamManagerChecks;
import org.fairdesk.people.RepId;
import org.fairdesk.people.RoutingProfile;
import org.fairdesk.people.WorkSchedule;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A manager sets what routing decides by for each rep: caps, skills, working hours and time off. */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class RepProfileController {

	private final PeopleManagement people;
	private final Clock clock;

	private final TeamManagerChecks managers;

	RepProfileController(PeopleManagement people, Clock clock, TeamManagerChecks managers) {
		this.people = people;
		this.clock = clock;
		this.managers = managers;
	}

	/** What a manager of another team is refused: "Only the managers of team X may change …". */
	static final String SETTINGS = "change its reps' caps, skills, working hours or time off";

	@GetMapping("/api/reps/{id}/profile")
	RoutingProfile profile(@PathVariable long id) {
		RepId rep = new RepId(id);
		// "today" is the team's: time off that ended yesterday in the team's zone is no longer shown
		return people.routingProfile(rep, people.team(people.rep(rep).teamId()).today(clock));
	}

	@PutMapping("/api/reps/{id}/caps")
	RoutingProfile caps(@PathVariable long id, @RequestBody CapsBody body, Authentication user) {
		managers.require(user, new RepId(id), SETTINGS);
		Map<RequestKind, Integer> kindCaps = new EnumMap<>(RequestKind.class);
		var checks = new FieldChecks();
		if (body.kindCaps() != null) {
			body.kindCaps().forEach((kind, cap) -> {
				RequestKind parsed = RequestKind.parse(kind);
				checks.require(parsed != null, "kindCaps." + kind, "is not a kind: ORDER, QUOTE or QUERY");
				// "order" and "ORDER" are one kind: which cap was meant is the caller's to say, not the map order's
				checks.require(parsed == null || !kindCaps.containsKey(parsed), "kindCaps." + kind,
						"names " + parsed + " again; give each kind once");
				if (parsed != null) {
					kindCaps.putIfAbsent(parsed, cap);
				}
			});
		}
		if (checks.hasAny()) {
			PeopleManagement.checkCaps(body.wipCap(), kindCaps, checks); // named with the kinds, all at once
		}
		checks.throwIfAny();
		people.setCaps(new RepId(id), body.wipCap(), kindCaps);
		return profile(id);
	}

	@PutMapping("/api/reps/{id}/skills")
	RoutingProfile skills(@PathVariable long id, @RequestBody SkillsBody body, Authentication user) {
		managers.require(user, new RepId(id), SETTINGS);
		new FieldChecks().require(body.skills() != null, "skills", "is required: a list, empty for none").throwIfAny();
		people.setSkills(new RepId(id), body.skills()); // names every bad member at once, a null one too
		return profile(id);
	}

	@PutMapping("/api/reps/{id}/schedule")
	RoutingProfile schedule(@PathVariable long id, @RequestBody ScheduleBody body, Authentication user) {
		managers.require(user, new RepId(id), SETTINGS);
		people.setSchedule(new RepId(id), body.toSchedule());
		return profile(id);
	}

	@PostMapping("/api/reps/{id}/time-off")
	@ResponseStatus(HttpStatus.CREATED)
	RoutingProfile timeOff(@PathVariable long id, @RequestBody TimeOffBody body, Authentication user) {
		managers.require(user, new RepId(id), SETTINGS);
		new FieldChecks().require(body.firstDay() != null, "firstDay", "is required as YYYY-MM-DD")
			.require(body.lastDay() != null, "lastDay", "is required as YYYY-MM-DD")
			.throwIfAny();
		people.addTimeOff(new RepId(id), body.firstDay(), body.lastDay());
		return profile(id);
	}

	/** Removes a period of time off, named by its first and last day as the profile lists it. */
	@DeleteMapping("/api/reps/{id}/time-off")
	RoutingProfile removeTimeOff(@PathVariable long id, @RequestParam(required = false) @Nullable String firstDay,
			@RequestParam(required = false) @Nullable String lastDay, Authentication user) {
		managers.require(user, new RepId(id), SETTINGS);
		FieldChecks checks = new FieldChecks();
		LocalDate first = Inputs.day(firstDay, "firstDay", checks);
		LocalDate last = Inputs.day(lastDay, "lastDay", checks);
		checks.require(first != null || checks.hasProblem("firstDay"), "firstDay", "is required as YYYY-MM-DD")
			.require(last != null || checks.hasProblem("lastDay"), "lastDay", "is required as YYYY-MM-DD")
			.throwIfAny();
		people.removeTimeOff(new RepId(id), first, last);
		return profile(id);
	}

	record CapsBody(@Nullable Integer wipCap, @Nullable Map<String, Integer> kindCaps) {
	}

	record SkillsBody(@Nullable List<String> skills) {
	}

	record TimeOffBody(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay) {
	}

	/** Days as MONDAY or MON; times as HH:mm. All three left out clears the schedule (any hour). */
	record ScheduleBody(@Nullable List<String> days, @Nullable String start, @Nullable String end) {

		@Nullable WorkSchedule toSchedule() {
			if (days == null && start == null && end == null) {
				return null;
			}
			var checks = new FieldChecks();
			Set<DayOfWeek> parsedDays = EnumSet.noneOf(DayOfWeek.class);
			boolean badDay = false;
			for (int i = 0; days != null && i < days.size(); i++) {
				DayOfWeek parsed = Inputs.dayOfWeek(days.get(i), "days[" + i + "]", checks);
				badDay |= parsed == null;
				if (parsed != null) {
					parsedDays.add(parsed);
				}
			}
			checks.require(!parsedDays.isEmpty() || badDay, "days", "needs at least one day");
			LocalTime from = Inputs.time(start, "start", checks);
			LocalTime to = Inputs.time(end, "end", checks);
			checks.require(from == null || !from.equals(to), "end", "must differ from start");
			checks.throwIfAny();
			return new WorkSchedule(parsedDays, from, to);
		}
	}
}
