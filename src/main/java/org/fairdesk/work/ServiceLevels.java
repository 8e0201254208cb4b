package org.fairdesk.work;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Team;
import org.fairdesk.people.TeamId;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service levels: each team's business hours and its SLA targets per kind and priority, and the due times they
 * give a request when it arrives. SLA clocks count business time only.
 */
@Service
public class ServiceLevels {

	/** A year of business minutes is more than any promise a helpdesk makes; beyond it is a typo. */
	static final int MAX_MINUTES = 60 * 24 * 366;

	private final ServiceLevelStore store;
	private final PeopleManagement people;

	ServiceLevels(ServiceLevelStore store, PeopleManagement people) {
		this.store = store;
		this.people = people;
	}

	@Transactional(readOnly = true)
	public TeamCalendar calendar(TeamId id) {
		Team team = people.team(id);
		Optional<BusinessCalendar> own = store.calendar(id, team.zone());
		BusinessCalendar calendar = own.orElseGet(() -> BusinessCalendar.standard(team.zone()));
		List<TeamCalendar.Holiday> holidays = store.holidays(id)
			.entrySet()
			.stream()
			.map(e -> new TeamCalendar.Holiday(e.getKey(), e.getValue()))
			.toList();
		return new TeamCalendar(team.zone().getId(), calendar.workDays().stream().sorted().toList(), calendar.opens(),
				calendar.closes(), holidays, own.isEmpty());
	}

	/** Replaces the team's business hours and holidays (holiday names are required, at most 100 characters). */
	@Transactional
	public TeamCalendar setCalendar(TeamId id, Set<DayOfWeek> days, @Nullable LocalTime opens,
			@Nullable LocalTime closes, Map<LocalDate, String> holidays) {
		people.team(id);
		var checks = new FieldChecks().require(!days.isEmpty(), "workDays", "needs at least one day")
			.require(opens != null, "opens", "is required as HH:mm")
			.require(closes != null, "closes", "is required as HH:mm");
		checks.require(opens == null || closes == null || opens.isBefore(closes), "closes",
				"must be after opens (business hours within one day)");
		holidays.forEach((day, name) -> checks.requireName(name, "holidays." + day, 100));
		checks.throwIfAny();
		store.saveCalendar(id, days, opens, closes, holidays);
		return calendar(id);
	}

	@Transactional(readOnly = true)
	public List<SlaTarget> targets(TeamId id) {
		people.team(id);
		return store.targets(id);
	}

	/** Replaces the team's SLA targets: one per kind and {@code priorityFrom}, each promising at least one clock. */
	@Transactional
	public List<SlaTarget> setTargets(TeamId id, List<SlaTarget> targets) {
		people.team(id);
		var checks = new FieldChecks();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < targets.size(); i++) {
			SlaTarget t = targets.get(i);
			String at = "targets[" + i + "].";
			checks.require(t.priorityFrom() >= 0 && t.priorityFrom() <= 9, at + "priorityFrom", "must be 0 to 9")
				.require(t.firstResponseMinutes() != null || t.resolutionMinutes() != null, at + "resolutionMinutes",
						"a target needs firstResponseMinutes, resolutionMinutes or both")
				.require(minutesOk(t.firstResponseMinutes()), at + "firstResponseMinutes", "must be 1 to " + MAX_MINUTES)
				.require(minutesOk(t.resolutionMinutes()), at + "resolutionMinutes", "must be 1 to " + MAX_MINUTES)
				.require(seen.add(t.kind() + "/" + t.priorityFrom()), at + "priorityFrom",
						"repeats " + t.kind() + " from priority " + t.priorityFrom());
		}
		checks.throwIfAny();
		store.replaceTargets(id, targets);
		return store.targets(id);
	}

	/** When a request arriving now is due, by the target for its kind and priority on the team's calendar. */
	@Transactional(readOnly = true)
	public DueTimes dueTimes(TeamId id, RequestKind kind, int priority, Instant receivedAt) {
		return store.targetFor(id, kind, priority).map(target -> {
			BusinessCalendar calendar = businessCalendar(people.team(id));
			return new DueTimes(due(calendar, receivedAt, target.firstResponseMinutes()),
					due(calendar, receivedAt, target.resolutionMinutes()));
		}).orElse(DueTimes.NONE);
	}

	private BusinessCalendar businessCalendar(Team team) {
		return store.calendar(team.id(), team.zone()).orElseGet(() -> BusinessCalendar.standard(team.zone()));
	}

	private static @Nullable Instant due(BusinessCalendar calendar, Instant from, @Nullable Integer minutes) {
		return minutes == null ? null : calendar.plus(from, Duration.ofMinutes(minutes)).orElse(null);
	}

	private static boolean minutesOk(@Nullable Integer minutes) {
		return minutes == null || minutes > 0 && minutes <= MAX_MINUTES;
	}
}
