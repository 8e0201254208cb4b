package org.fairdesk.people;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fairdesk.security.Role;
import org.fairdesk.security.UserAccounts;
import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.CsvCells;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.fairdesk.shared.NotFoundException;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API: who is on which team, and who is available. */
@Service
public class PeopleManagement {

	static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(80);

	private final Teams teams;
	private final Reps reps;
	private final RoutingProfiles profiles;
	private final AvailabilityHistory history;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	private final UserAccounts accounts;

	PeopleManagement(Teams teams, Reps reps, RoutingProfiles profiles, AvailabilityHistory history,
			ApplicationEventPublisher events, Clock clock, UserAccounts accounts) {
		this.accounts = accounts;
		this.teams = teams;
		this.reps = reps;
		this.profiles = profiles;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Team createTeam(String name, Currency currency, ZoneId zone) {
		return createTeam(name, currency, zone, Team.DEFAULT_LOCALE);
	}

	/** A team whose pay pages write money and dates in {@code locale} (a checked BCP 47 tag, {@link #locale}). */
	@Transactional
	public Team createTeam(String name, Currency currency, ZoneId zone, Locale locale) {
		new FieldChecks().requireName(name, "name", 100).throwIfAny();
		try {
			return teams.insert(name.strip(), currency, zone, locale);
		}
		catch (DuplicateKeyException taken) { // names are unique ignoring case (V20), even for two creations at once
			throw new ConflictException("name", "A team named " + name.strip() + " already exists");
		}
	}

	@Transactional
	public Rep addRep(NewRep rep) {
		return addRep(rep, clock.instant());
	}

	/**
	 * {@link #addRep(NewRep)} as of {@code addedAt}: the demo adds its reps as of the first day of the history it
	 * replays. Fair shares and time in status start there.
	 */
	@Transactional
	public Rep addRep(NewRep rep, Instant addedAt) {
		new FieldChecks().requireUsername(rep.username(), "username")
			.requireName(rep.displayName(), "displayName", 200)
			.require(isHoursPerWeek(rep.hoursPerWeek()), "hoursPerWeek",
					"must be from 0.01 to 80 with at most 2 decimals, got " + rep.hoursPerWeek())
			.require(rep.leavingDate() == null || !rep.leavingDate().isBefore(rep.startDate()), "leavingDate",
					leavingRule(rep.startDate(), rep.leavingDate()))
			.throwIfAny();
		team(rep.teamId());
		ConflictException taken = new ConflictException("username", "A rep with login " + rep.username()
				+ " already exists");
		if (reps.findByUsername(rep.username()).isPresent()) {
			throw taken;
		}
		requireNoOtherRole(rep.username());
		try {
			return reps.insert(rep, addedAt);
		}
		catch (DuplicateKeyException raced) { // added between the check and the insert
			throw taken;
		}
	}

	/**
	 * A rep works through a REP login of the same name: a manager's, finance's or an administrator's login made a rep
	 * would route work to them and pay them a share of the pool they run (409 naming {@code username}).
	 */
	private void requireNoOtherRole(String username) {
		accounts.roleOf(username).filter(role -> role != Role.REP).ifPresent(role -> {
			throw new ConflictException("username", username + " is the login of a " + role + ": a rep works through a"
					+ " REP login of their own, so give the rep another username");
		});
	}

	/**
	 * Sets the rep's last day on the team (included), or clears it with null. A date before the start date is refused
	 * (the database checks it too, V22); the day may lie in the past, to record a departure after the fact.
	 */
	@Transactional
	public Rep setLeavingDate(RepId id, @Nullable LocalDate leavingDate) {
		Rep rep = rep(id);
		new FieldChecks().require(leavingDate == null || !leavingDate.isBefore(rep.startDate()), "leavingDate",
				leavingRule(rep.startDate(), leavingDate)).throwIfAny();
		if (!java.util.Objects.equals(rep.leavingDate(), leavingDate)) {
			reps.updateLeavingDate(id, leavingDate);
			changed(id);
		}
		return rep(id);
	}

	/**
	 * What an employee id may hold: 1 to 50 letters, digits, {@code -}, {@code _} and {@code .}, not starting with what
	 * a spreadsheet reads as a formula ({@link #employeeIdProblems}).
	 */
	static final java.util.regex.Pattern EMPLOYEE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,50}");

	/**
	 * An employee id reaches the payroll file as it is, so one the file would change is refused: {@code CsvCells}
	 * writes a cell starting with {@code -} (like {@code =}, {@code +}, {@code @}) with a leading {@code '}, and
	 * {@code -12} would be paid as {@code '-12}.
	 */
	private static FieldChecks employeeIdProblems(@Nullable String employeeId) {
		if (employeeId == null) {
			return new FieldChecks();
		}
		boolean inSet = EMPLOYEE_ID.matcher(employeeId).matches();
		return new FieldChecks().require(inSet, "employeeId",
				"must be 1 to 50 characters, each a letter (A-Z, a-z), a digit, '-', '_' or '.', or null to clear it; got "
						+ Inputs.shortened(employeeId))
			.require(!inSet || !CsvCells.readAsFormula(employeeId), "employeeId",
					"must not start with '=', '+', '-' or '@': a spreadsheet reads such a cell as a formula, so the "
							+ "payroll file would write it with a leading ' and change the id; got "
							+ Inputs.shortened(employeeId));
	}

	/**
	 * Sets the rep's employee id in the payroll system, or clears it with null. It is unique within the team: another
	 * rep of the team holding it is a 409 naming {@code employeeId} (the database checks it too, V26).
	 */
	@Transactional
	public Rep setEmployeeId(RepId id, @Nullable String employeeId) {
		employeeIdProblems(employeeId).throwIfAny();
		Rep rep = rep(id);
		if (java.util.Objects.equals(rep.employeeId(), employeeId)) {
			return rep;
		}
		if (employeeId != null) {
			ConflictException taken = reps.findByEmployeeId(rep.teamId(), employeeId)
				.map(other -> new ConflictException("employeeId", "is already the employee id of " + other.displayName()
						+ " (rep " + other.id().value() + ") on this team; an employee id is unique within a team"))
				.orElse(null);
			if (taken != null) {
				throw taken;
			}
		}
		try {
			reps.updateEmployeeId(id, employeeId);
		}
		catch (DuplicateKeyException raced) { // given to another rep of the team between the check and the update
			throw new ConflictException("employeeId", "was given to another rep of this team at the same moment;"
					+ " an employee id is unique within a team");
		}
		return rep(id);
	}

	private static String leavingRule(LocalDate startDate, @Nullable LocalDate leavingDate) {
		return "must be on or after the start date " + startDate
				+ " (it is the rep's last day on the team), got " + leavingDate;
	}

	/** What reps.hours_per_week holds, numeric(5, 2) from 0.01 to 80, so that nothing is rounded on the way in. */
	private static boolean isHoursPerWeek(BigDecimal hours) {
		return hours.signum() > 0 && hours.compareTo(MAX_HOURS_PER_WEEK) <= 0
				&& hours.stripTrailingZeros().scale() <= 2;
	}

	/** Sets how the team's pay pages write money and dates. */
	@Transactional
	public Team setLocale(TeamId id, Locale locale) {
		team(id);
		teams.updateLocale(id, locale);
		return team(id);
	}

	/**
	 * A team's locale from its BCP 47 tag ({@code de-DE}), or the problem named under {@code field}: the tag must be
	 * well-formed, at most 35 characters, and name a language Java can write numbers in.
	 */
	public static @Nullable Locale locale(@Nullable String tag,
			String field, FieldChecks checks) {
		String rule = "must be a BCP 47 language tag such as de-DE or en-GB";
		if (tag == null || tag.isBlank()) {
			checks.require(false, field, "is required: " + rule.substring(5));
			return null;
		}
		if (tag.length() > 35) {
			checks.require(false, field, rule + ", at most 35 characters");
			return null;
		}
		Locale locale;
		try {
			locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
		}
		catch (java.util.IllformedLocaleException e) {
			checks.require(false, field, rule + ", got " + Inputs.shortened(tag));
			return null;
		}
		boolean known = !locale.getLanguage().isEmpty() && java.util.Arrays.stream(java.text.NumberFormat.getAvailableLocales())
			.anyMatch(available -> available.getLanguage().equals(locale.getLanguage()));
		checks.require(known, field, rule + " (a language Fairdesk can write money in), got "
				+ Inputs.shortened(tag));
		return known ? locale : null;
	}

	@Transactional(readOnly = true)
	public List<Team> teams() {
		return teams.findAll();
	}

	@Transactional(readOnly = true)
	public Team team(TeamId id) {
		return teams.findById(id).orElseThrow(() -> new NotFoundException("Team " + id + " does not exist"));
	}

	@Transactional(readOnly = true)
	public Optional<Team> findTeam(TeamId id) {
		return teams.findById(id);
	}

	@Transactional(readOnly = true)
	public List<Rep> members(TeamId team) {
		return reps.findByTeam(team);
	}

	@Transactional(readOnly = true)
	public Rep rep(RepId id) {
		return reps.findById(id).orElseThrow(() -> new NotFoundException("Rep " + id + " does not exist"));
	}

	/** The rep a login acts as, if that login belongs to a rep at all (managers and finance do not). */
	@Transactional(readOnly = true)
	public Optional<Rep> repByUsername(String username) {
		return reps.findByUsername(username);
	}

	/** The rep's own change: recorded as made by their login, no reason needed. */
	@Transactional
	public Rep changeAvailability(RepId id, Availability to) {
		return changeAvailability(id, to, rep(id).username(), null);
	}

	/**
	 * A change of a rep's availability by {@code changedBy} (the rep, or a manager giving a reason the rep reads):
	 * stored, recorded with when, who and why, and announced, when it actually changes anything.
	 */
	@Transactional
	public Rep changeAvailability(RepId id, Availability to, String changedBy, @Nullable String reason) {
		Rep rep = rep(id);
		if (rep.availability() != to) {
			Instant at = clock.instant();
			reps.updateAvailability(id, to);
			history.record(id, rep.availability(), to, at, changedBy, reason);
			events.publishEvent(new AvailabilityChanged(id, rep.teamId(), rep.availability(), to, at));
		}
		return rep(id);
	}

	/** How long the reason for a manager's change of a rep's availability may be. */
	public static final int REASON_LENGTH = 500;

	/**
	 * A manager sets a rep's availability and says why (the rep reads it on their work page): a 400 naming
	 * {@code availability} or {@code reason} when either is missing or wrong, nothing stored.
	 */
	@Transactional
	public Rep setAvailabilityByManager(RepId id, @Nullable String availability, @Nullable String reason,
			String manager) {
		FieldChecks checks = new FieldChecks();
		Availability to = Inputs.oneOf(Availability.class, availability, "availability", checks);
		checks.requireText(reason, "reason", REASON_LENGTH);
		String problem = reason == null ? null : Inputs.textProblem(reason);
		checks.require(problem == null, "reason", String.valueOf(problem));
		checks.throwIfAny();
		rep(id);
		return changeAvailability(id, to, manager, reason.strip());
	}

	/** The team's availability changes from {@code from} on, oldest first. */
	@Transactional(readOnly = true)
	public List<AvailabilityChange> availabilityChanges(TeamId team, Instant from) {
		return history.since(team, from);
	}

	/**
	 * When each rep of the team was actually available in [{@code from}, {@code to}) ({@link AvailableTime}), by rep,
	 * each moment judged by the time off known then; a fixed number of queries whatever the team's size.
	 */
	@Transactional(readOnly = true)
	public Map<RepId, List<AvailableTime.Span>> availableSpans(TeamId teamId, Instant from, Instant to) {
		Team team = team(teamId);
		List<AvailabilityChange> changes = history.since(teamId, from);
		// From the day before: a night shift that started then still runs at from, and its day decides its time off.
		LocalDate firstDay = team.dayOf(from).minusDays(1);
		Map<RepId, List<AvailableTime.KnownTimeOff>> timeOff = profiles.timeOffKnown(teamId, firstDay, from, to);
		Map<RepId, Instant> added = reps.addedAfter(teamId, from);
		Map<RepId, List<AvailableTime.Span>> spans = new java.util.HashMap<>();
		for (RoutingProfile profile : routingProfiles(teamId, firstDay)) {
			Rep rep = profile.rep();
			List<AvailabilityChange> own = changes.stream()
				.filter(c -> c.repId().equals(rep.id()) && c.at().isBefore(to))
				.toList();
			Availability atEnd = changes.stream()
				.filter(c -> c.repId().equals(rep.id()) && !c.at().isBefore(to))
				.findFirst()
				.map(AvailabilityChange::from)
				.orElse(rep.availability());
			// a rep added inside the window was available only from then on
			Instant since = added.getOrDefault(rep.id(), from);
			List<AvailabilityChange> sinceAdded = own.stream().filter(c -> !c.at().isBefore(since)).toList();
			spans.put(rep.id(), !since.isBefore(to) ? List.of()
					: AvailableTime.spans(profile, timeOff.getOrDefault(rep.id(), List.of()), atEnd, sinceAdded, since,
							to, team.zone()));
		}
		return spans;
	}

	/**
	 * The team's reps added after {@code from}, with when: before then they were on no team of Fairdesk's, so they
	 * were not available and spent no time in any status (reps added before V50 are left out: from their start date).
	 */
	@Transactional(readOnly = true)
	public Map<RepId, Instant> addedAfter(TeamId team, Instant from) {
		return reps.addedAfter(team, from);
	}

	/** Every rep of a team with what routing decides by; time off only from {@code today} on. */
	@Transactional(readOnly = true)
	public List<RoutingProfile> routingProfiles(TeamId team, LocalDate today) {
		return profiles.forTeam(reps.findByTeam(team), today);
	}

	/** One rep with what routing decides by (two queries: routing reads it on every request a rep asks for). */
	@Transactional(readOnly = true)
	public RoutingProfile routingProfile(RepId id, LocalDate today) {
		return profiles.forRep(id, today).orElseThrow(() -> new NotFoundException("Rep " + id + " does not exist"));
	}

	/**
	 * Sets a rep's work-in-progress caps: at most {@code wipCap} active requests in all (null: no cap), and at
	 * most the given number per kind (a kind left out has no cap of its own).
	 */
	@Transactional
	public void setCaps(RepId id, @Nullable Integer wipCap, Map<RequestKind, Integer> kindCaps) {
		var checks = new FieldChecks();
		checkCaps(wipCap, kindCaps, checks);
		checks.throwIfAny();
		profiles.setCaps(rep(id).id(), wipCap, kindCaps);
		changed(id);
	}

	/**
	 * The caps' own rule: each more than zero (no WIP cap: null). Public so that a form or body with other bad
	 * fields (a kind that is not one, a number that is not one) names these with them, all at once.
	 */
	public static void checkCaps(@Nullable Integer wipCap, Map<RequestKind, Integer> kindCaps, FieldChecks checks) {
		checks.require(wipCap == null || wipCap > 0, "wipCap", "must be more than zero, or left out for no cap; got "
				+ wipCap);
		kindCaps.forEach((kind, cap) -> checks.require(cap != null && cap > 0, "kindCaps." + kind,
				"must be more than zero; got " + cap));
	}

	/** How many skills a rep may have: routing matches each, and the settings page lists them all. */
	public static final int MOST_SKILLS = 50;

	@Transactional
	public void setSkills(RepId id, Collection<String> skills) {
		var checks = new FieldChecks();
		checks.require(skills.size() <= MOST_SKILLS, "skills", "must list at most " + MOST_SKILLS + " skills, got "
				+ skills.size());
		checks.throwIfAny(); // one problem for a list too long, not one per member
		Map<String, String> firstOf = new HashMap<>();
		int i = 0; // in the order given, so that a problem names skills[i] as sent
		for (String skill : skills) {
			String field = "skills[" + i++ + "]";
			checks.requireName(skill, field, 50); // one line: the settings page edits them in one
			if (skill != null && !skill.isBlank()) {
				String first = firstOf.putIfAbsent(RoutingProfile.skillKey(skill), skill.strip());
				if (first != null) {
					checks.require(false, field, "repeats \"" + first
							+ "\": skills match ignoring case and the spaces around them");
				}
			}
		}
		checks.throwIfAny();
		profiles.setSkills(rep(id).id(), skills.stream().map(String::strip).collect(java.util.stream.Collectors.toSet()));
		changed(id);
	}

	@Transactional
	public void setSchedule(RepId id, @Nullable WorkSchedule schedule) {
		profiles.setSchedule(rep(id).id(), schedule);
		changed(id);
	}

	@Transactional
	public void addTimeOff(RepId id, LocalDate firstDay, LocalDate lastDay) {
		requirePeriod(firstDay, lastDay);
		if (!profiles.addTimeOff(rep(id).id(), firstDay, lastDay, clock.instant())) {
			throw new ConflictException("firstDay",
					"Rep " + id.value() + " already has time off from " + firstDay + " to " + lastDay);
		}
		changed(id);
	}

	/**
	 * Removes the rep's time off from {@code firstDay} to {@code lastDay} from now on; a 400 naming {@code lastDay}
	 * when it is before {@code firstDay} (no period can be so: the caller's mistake, not a missing period), a 404 when
	 * they have no such period (one already removed included). Fair shares still count it off while it was known, so
	 * removing a period already taken does not make the rep look owed what arrived while they were off.
	 */
	@Transactional
	public void removeTimeOff(RepId id, LocalDate firstDay, LocalDate lastDay) {
		requirePeriod(firstDay, lastDay);
		if (profiles.removeTimeOff(rep(id).id(), firstDay, lastDay, clock.instant()) == 0) {
			throw new NotFoundException("Rep " + id.value() + " has no time off from " + firstDay + " to " + lastDay);
		}
		changed(id);
	}

	/** A period of time off runs from its first day to its last, both included: the last is never before the first. */
	private static void requirePeriod(LocalDate firstDay, LocalDate lastDay) {
		new FieldChecks().require(!lastDay.isBefore(firstDay), "lastDay", "must not be before firstDay").throwIfAny();
	}

	private void changed(RepId id) {
		events.publishEvent(new RepProfileChanged(id, rep(id).teamId(), clock.instant()));
	}
}
