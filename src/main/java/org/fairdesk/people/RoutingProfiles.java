package org.fairdesk.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.RequestKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Caps, skills, schedules and time off: read for a whole team in four queries, for one rep in two (a rep asking
 * for work is routing's hottest path), written one rep at a time.
 */
@Repository
class RoutingProfiles {

	private final JdbcClient jdbc;

	RoutingProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RoutingProfile> forTeam(List<Rep> reps, LocalDate today) {
		if (reps.isEmpty()) {
			return List.of();
		}
		long team = reps.get(0).teamId().value();
		Map<Long, Settings> settings = new HashMap<>();
		jdbc.sql("select id, wip_cap, work_days, work_start, work_end from reps where team_id = ?").param(team)
			.query(rs -> {
				settings.put(rs.getLong("id"), settings(rs));
			});
		Map<Long, Map<RequestKind, Integer>> caps = new HashMap<>();
		jdbc.sql("select c.rep_id, c.kind, c.cap from rep_kind_caps c join reps r on r.id = c.rep_id where r.team_id = ?")
			.param(team)
			.query(rs -> {
				caps.computeIfAbsent(rs.getLong("rep_id"), id -> new EnumMap<>(RequestKind.class))
					.put(RequestKind.valueOf(rs.getString("kind")), rs.getInt("cap"));
			});
		Map<Long, Set<String>> skills = new HashMap<>();
		jdbc.sql("select s.rep_id, s.skill from rep_skills s join reps r on r.id = s.rep_id where r.team_id = ?")
			.param(team)
			.query(rs -> {
				skills.computeIfAbsent(rs.getLong("rep_id"), id -> new HashSet<>()).add(rs.getString("skill"));
			});
		Map<Long, List<RoutingProfile.TimeOff>> timeOff = new HashMap<>();
		jdbc.sql("""
				select t.rep_id, t.first_day, t.last_day from rep_time_off t join reps r on r.id = t.rep_id
				where r.team_id = ? and t.last_day >= ? and t.removed_at is null order by t.first_day""")
			.params(team, today)
			.query(rs -> {
				timeOff.computeIfAbsent(rs.getLong("rep_id"), id -> new ArrayList<>())
					.add(new RoutingProfile.TimeOff(rs.getObject("first_day", LocalDate.class),
							rs.getObject("last_day", LocalDate.class)));
			});
		return reps.stream().map(rep -> {
			long id = rep.id().value();
			Settings s = settings.getOrDefault(id, new Settings(null, null));
			return new RoutingProfile(rep, s.wipCap(), caps.getOrDefault(id, Map.of()), skills.getOrDefault(id, Set.of()),
					s.schedule(), timeOff.getOrDefault(id, List.of()));
		}).toList();
	}

	/** One rep's profile: their row with its settings, then caps, skills and time off in one union. */
	Optional<RoutingProfile> forRep(RepId id, LocalDate today) {
		// Most reps have no kind caps, skills or time off: counting them here spares the second query then.
		record Bare(RoutingProfile profile, boolean hasExtras) {
		}
		Optional<Bare> bare = jdbc.sql("select " + Reps.FIELDS + """
				, wip_cap, work_days, work_start, work_end,
				  (select count(*) from rep_kind_caps c where c.rep_id = r.id)
				  + (select count(*) from rep_skills s where s.rep_id = r.id)
				  + (select count(*) from rep_time_off t where t.rep_id = r.id and t.last_day >= ? and t.removed_at is null)
				  extras
				from reps r where id = ?""")
			.params(today, id.value())
			.query((rs, row) -> {
				Settings settings = settings(rs);
				return new Bare(new RoutingProfile(Reps.map(rs, row), settings.wipCap(), Map.of(), Set.of(),
						settings.schedule(), List.of()), rs.getInt("extras") > 0);
			})
			.optional();
		if (bare.isEmpty() || !bare.get().hasExtras()) {
			return bare.map(Bare::profile);
		}
		Map<RequestKind, Integer> caps = new EnumMap<>(RequestKind.class);
		Set<String> skills = new HashSet<>();
		List<RoutingProfile.TimeOff> timeOff = new ArrayList<>();
		jdbc.sql("""
				select 'CAP' part, kind item, cap amount, cast(null as date) first_day, cast(null as date) last_day
				from rep_kind_caps where rep_id = :rep
				union all
				select 'SKILL', skill, cast(null as integer), cast(null as date), cast(null as date)
				from rep_skills where rep_id = :rep
				union all
				select 'OFF', cast(null as varchar(100)), cast(null as integer), first_day, last_day
				from rep_time_off where rep_id = :rep and last_day >= :today and removed_at is null
				order by 4""")
			.param("rep", id.value())
			.param("today", today)
			.query(rs -> {
				switch (rs.getString("part")) {
					case "CAP" -> caps.put(RequestKind.valueOf(rs.getString("item")), rs.getInt("amount"));
					case "SKILL" -> skills.add(rs.getString("item"));
					default -> timeOff.add(new RoutingProfile.TimeOff(rs.getObject("first_day", LocalDate.class),
							rs.getObject("last_day", LocalDate.class)));
				}
			});
		RoutingProfile rep = bare.get().profile();
		return Optional.of(new RoutingProfile(rep.rep(), rep.wipCap(), caps, skills, rep.schedule(), timeOff));
	}

	void setCaps(RepId rep, @Nullable Integer wipCap, Map<RequestKind, Integer> kindCaps) {
		jdbc.sql("update reps set wip_cap = ? where id = ?").params(wipCap, rep.value()).update();
		jdbc.sql("delete from rep_kind_caps where rep_id = ?").param(rep.value()).update();
		kindCaps.forEach((kind, cap) -> jdbc.sql("insert into rep_kind_caps (rep_id, kind, cap) values (?, ?, ?)")
			.params(rep.value(), kind.name(), cap)
			.update());
	}

	void setSkills(RepId rep, Set<String> skills) {
		jdbc.sql("delete from rep_skills where rep_id = ?").param(rep.value()).update();
		skills.forEach(skill -> jdbc.sql("insert into rep_skills (rep_id, skill) values (?, ?)")
			.params(rep.value(), skill)
			.update());
	}

	void setSchedule(RepId rep, @Nullable WorkSchedule schedule) {
		jdbc.sql("update reps set work_days = ?, work_start = ?, work_end = ? where id = ?")
			.params(schedule == null ? null : days(schedule.days()), schedule == null ? null : schedule.start(),
					schedule == null ? null : schedule.end(), rep.value())
			.update();
	}

	/** Adds the period unless the rep has it already (not removed); returns whether it was added. */
	boolean addTimeOff(RepId rep, LocalDate firstDay, LocalDate lastDay, Instant enteredAt) {
		// Two identical adds at once would each see no period and both insert: the rep's row, locked until commit,
		// makes the second wait and then see the first's. (A unique index cannot say "among the ones not removed" on H2.)
		jdbc.sql("select id from reps where id = ? for update").param(rep.value()).query(Long.class).single();
		return jdbc.sql("""
				insert into rep_time_off (rep_id, first_day, last_day, entered_at)
				select ?, ?, ?, ? from (values (1)) as one(x)
				where not exists (select 1 from rep_time_off
					where rep_id = ? and first_day = ? and last_day = ? and removed_at is null)""")
			.params(rep.value(), firstDay, lastDay, DbTime.of(enteredAt), rep.value(), firstDay, lastDay)
			.update() == 1;
	}

	/**
	 * Marks the rep's current periods from {@code firstDay} to {@code lastDay} removed; the rows stay, because fair
	 * shares judge the past by the time off known then (V47). Returns how many there were.
	 */
	int removeTimeOff(RepId rep, LocalDate firstDay, LocalDate lastDay, Instant removedAt) {
		return jdbc.sql("""
				update rep_time_off set removed_at = ?
				where rep_id = ? and first_day = ? and last_day = ? and removed_at is null""")
			.params(DbTime.of(removedAt), rep.value(), firstDay, lastDay)
			.update();
	}

	/**
	 * The team's time off as known at some moment of [{@code from}, {@code to}), removed or not, by rep: every period
	 * ending on or after {@code firstDay} that was entered before {@code to} and not removed by {@code from}.
	 */
	Map<RepId, List<AvailableTime.KnownTimeOff>> timeOffKnown(TeamId team, LocalDate firstDay, Instant from,
			Instant to) {
		Map<RepId, List<AvailableTime.KnownTimeOff>> known = new HashMap<>();
		jdbc.sql("""
				select t.rep_id, t.first_day, t.last_day, t.entered_at, t.removed_at
				from rep_time_off t join reps r on r.id = t.rep_id
				where r.team_id = ? and t.last_day >= ? and t.entered_at < ? and (t.removed_at is null or t.removed_at > ?)""")
			.params(team.value(), firstDay, DbTime.of(to), DbTime.of(from))
			.query(rs -> {
				known.computeIfAbsent(new RepId(rs.getLong("rep_id")), id -> new ArrayList<>())
					.add(new AvailableTime.KnownTimeOff(new RoutingProfile.TimeOff(
							rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)),
							DbTime.instant(rs, "entered_at"), DbTime.instant(rs, "removed_at")));
			});
		return known;
	}

	private static Settings settings(ResultSet rs) throws SQLException {
		return new Settings((Integer) rs.getObject("wip_cap"), schedule(rs.getString("work_days"),
				rs.getObject("work_start", LocalTime.class), rs.getObject("work_end", LocalTime.class)));
	}

	private static String days(Set<DayOfWeek> days) {
		return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
	}

	private static @Nullable WorkSchedule schedule(@Nullable String days, @Nullable LocalTime start,
			@Nullable LocalTime end) {
		if (days == null || start == null || end == null) {
			return null;
		}
		Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(days.split(",")).forEach(day -> parsed.add(Arrays.stream(DayOfWeek.values())
			.filter(d -> d.name().startsWith(day))
			.findFirst()
			.orElseThrow()));
		return new WorkSchedule(parsed, start, end);
	}

	private record Settings(@Nullable Integer wipCap, @Nullable WorkSchedule schedule) {
	}
}
