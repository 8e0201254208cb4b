package org.fairdesk.work;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

	/** A holiday as given; a missing day or name is named by its place in the list. */
	public record HolidayInput(@Nullable LocalDate day, @Nullable String name) {
	}

	/** A target as given; a kind or priority the reader could not read is null, and named already. */
	public record TargetInput(@Nullable RequestKind kind, @Nullable Integer priorityFrom,
			@Nullable Integer firstResponseMinutes, @Nullable Integer resolutionMinutes) {
	}

	/**
	 * Replaces the team's business hours and holidays (holiday names are required, at most 100 characters), naming
	 * every problem at once, with those the reader found ({@code checks}: a day that is not one, a time that does not
	 * parse, an empty holiday, each left null here) and each holiday's by its place: {@code holidays[0].name}.
	 *
	 * @param holidays in the order given; a null one was named by the reader
	 */
	@Transactional
	public TeamCalendar setCalendar(TeamId id, Set<DayOfWeek> days, @Nullable LocalTime opens,
			@Nullable LocalTime closes, List<@Nullable HolidayInput> holidays, FieldChecks checks) {
		people.team(id);
		boolean daysNamed = checks.problems().stream().anyMatch(p -> p.field().startsWith("workDays"));
		boolean opensNamed = checks.hasProblem("opens");
		boolean closesNamed = checks.hasProblem("closes");
		checks.require(daysNamed || !days.isEmpty(), "workDays", "needs at least one day")
			.require(opensNamed || opens != null, "opens", "is required as HH:mm")
			.require(closesNamed || closes != null, "closes", "is required as HH:mm");
		checks.require(opens == null || closes == null || opens.isBefore(closes), "closes",
				"must be after opens (business hours within one day)");
		Map<LocalDate, String> named = new TreeMap<>();
		for (int i = 0; i < holidays.size(); i++) {
			HolidayInput holiday = holidays.get(i);
			if (holiday == null) {
				continue;
			}
			String at = "holidays[" + i + "].";
			checks.require(holiday.day() != null, at + "day", "is required as YYYY-MM-DD")
				.requireName(holiday.name(), at + "name", 100);
			if (holiday.day() != null) {
				checks.require(!named.containsKey(holiday.day()), at + "day", "repeats " + holiday.day());
				named.putIfAbsent(holiday.day(), holiday.name() == null ? "" : holiday.name().strip());
			}
		}
		checks.throwIfAny();
		store.saveCalendar(id, days, opens, closes, named);
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
		return setTargets(id, targets.stream()
			.<@Nullable TargetInput>map(t -> new TargetInput(t.kind(), t.priorityFrom(), t.firstResponseMinutes(),
					t.resolutionMinutes()))
			.toList(), new FieldChecks());
	}

	/**
	 * Replaces the team's SLA targets, naming every problem at once by its place ({@code targets[1].priorityFrom}),
	 * with those the reader found in {@code checks}.
	 *
	 * @param targets in the order given; a null one was named by the reader
	 */
	@Transactional
	public List<SlaTarget> setTargets(TeamId id, List<@Nullable TargetInput> targets, FieldChecks checks) {
		people.team(id);
		Set<String> seen = new HashSet<>();
		List<SlaTarget> read = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			TargetInput t = targets.get(i);
			if (t == null) {
				continue;
			}
			String at = "targets[" + i + "].";
			Integer from = t.priorityFrom();
			checks.require(from == null || from >= 0 && from <= 9, at + "priorityFrom", "must be 0 to 9")
				.require(t.firstResponseMinutes() != null || t.resolutionMinutes() != null, at + "resolutionMinutes",
						"a target needs firstResponseMinutes, resolutionMinutes or both")
				.require(minutesOk(t.firstResponseMinutes()), at + "firstResponseMinutes", "must be 1 to " + MAX_MINUTES)
				.require(minutesOk(t.resolutionMinutes()), at + "resolutionMinutes", "must be 1 to " + MAX_MINUTES);
			if (t.kind() != null && from != null) {
				checks.require(seen.add(t.kind() + "/" + from), at + "priorityFrom",
						"repeats " + t.kind() + " from priority " + from);
				read.add(new SlaTarget(t.kind(), from, t.firstResponseMinutes(), t.resolutionMinutes()));
			}
		}
		checks.throwIfAny();
		store.replaceTargets(id, read);
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
