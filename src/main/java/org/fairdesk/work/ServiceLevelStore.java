package org.fairdesk.work;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fairdesk.people.TeamId;
import org.fairdesk.shared.DbTime;
import org.fairdesk.shared.RequestKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables behind team calendars, holidays and SLA targets. */
@Repository
class ServiceLevelStore {

	private final JdbcClient jdbc;

	ServiceLevelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BusinessCalendar> calendar(TeamId team, ZoneId zone) {
		Set<LocalDate> holidays = holidays(team).keySet();
		return jdbc.sql("select work_days, opens, closes from team_calendars where team_id = ?")
			.param(team.value())
			.query((rs, row) -> new BusinessCalendar(zone, days(rs.getString("work_days")),
					rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class), holidays))
			.optional();
	}

	/** Holidays by day, in order, with their names. */
	Map<LocalDate, String> holidays(TeamId team) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		jdbc.sql("select holiday, name from team_holidays where team_id = ?").param(team.value()).query(rs -> {
			holidays.put(rs.getObject("holiday", LocalDate.class), rs.getString("name"));
		});
		return holidays;
	}

	void saveCalendar(TeamId team, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
			Map<LocalDate, String> holidays) {
		jdbc.sql("delete from team_calendars where team_id = ?").param(team.value()).update();
		jdbc.sql("insert into team_calendars (team_id, work_days, opens, closes) values (?, ?, ?, ?)")
			.params(team.value(), days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(
					Collectors.joining(",")), opens, closes)
			.update();
		jdbc.sql("delete from team_holidays where team_id = ?").param(team.value()).update();
		holidays.forEach((day, name) -> jdbc.sql("insert into team_holidays (team_id, holiday, name) values (?, ?, ?)")
			.params(team.value(), day, name)
			.update());
	}

	List<SlaTarget> targets(TeamId team) {
		return jdbc.sql("""
				select kind, priority_from, first_response_minutes, resolution_minutes from sla_targets
				where team_id = ? order by kind, priority_from""")
			.param(team.value())
			.query((rs, row) -> new SlaTarget(RequestKind.valueOf(rs.getString("kind")), rs.getInt("priority_from"),
					(Integer) rs.getObject("first_response_minutes"), (Integer) rs.getObject("resolution_minutes")))
			.list();
	}

	/** The target for a request of this kind and priority: the highest {@code priority_from} at or below it. */
	Optional<SlaTarget> targetFor(TeamId team, RequestKind kind, int priority) {
		return jdbc.sql("""
				select kind, priority_from, first_response_minutes, resolution_minutes from sla_targets
				where team_id = ? and kind = ? and priority_from <= ?
				order by priority_from desc fetch first 1 rows only""")
			.params(team.value(), kind.name(), priority)
			.query((rs, row) -> new SlaTarget(kind, rs.getInt("priority_from"),
					(Integer) rs.getObject("first_response_minutes"), (Integer) rs.getObject("resolution_minutes")))
			.optional();
	}

	void replaceTargets(TeamId team, List<SlaTarget> targets) {
		jdbc.sql("delete from sla_targets where team_id = ?").param(team.value()).update();
		targets.forEach(t -> jdbc.sql("""
				insert into sla_targets (team_id, kind, priority_from, first_response_minutes, resolution_minutes)
				values (?, ?, ?, ?, ?)""")
			.params(team.value(), t.kind().name(), t.priorityFrom(), t.firstResponseMinutes(), t.resolutionMinutes())
			.update());
	}

	private static Set<DayOfWeek> days(String stored) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(stored.split(",")).forEach(day -> Arrays.stream(DayOfWeek.values())
			.filter(d -> d.name().startsWith(day))
			.forEach(days::add));
		return days;
	}
}
