package org.fairdesk.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fairdesk.shared.DbTime;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Reps {

	static final String FIELDS = "id, team_id, username, display_name, hours_per_week, start_date, leaving_date,"
			+ " availability, employee_id";

	private static final String COLUMNS = "select " + FIELDS + " from reps";

	private final JdbcClient jdbc;

	Reps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The reps of the team added after {@code from}, with when (reps added before V50 have no time and are left out). */
	Map<RepId, Instant> addedAfter(TeamId team, Instant from) {
		Map<RepId, Instant> added = new HashMap<>();
		jdbc.sql("select id, added_at from reps where team_id = ? and added_at > ?")
			.params(team.value(), DbTime.of(from))
			.query(rs -> {
				added.put(new RepId(rs.getLong("id")), DbTime.instant(rs, "added_at"));
			});
		return added;
	}

	Rep insert(NewRep rep, Instant addedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reps (team_id, username, display_name, hours_per_week, start_date, leaving_date,
				  availability, added_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(rep.teamId().value(), rep.username(), rep.displayName(), rep.hoursPerWeek(), rep.startDate(),
					rep.leavingDate(), Availability.AVAILABLE.name(), DbTime.of(addedAt))
			.update(keys, "id");
		return findById(new RepId(keys.getKey().longValue())).orElseThrow();
	}

	List<Rep> findByTeam(TeamId team) {
		return jdbc.sql(COLUMNS + " where team_id = ? order by id").param(team.value()).query(Reps::map).list();
	}

	Optional<Rep> findById(RepId id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id.value()).query(Reps::map).optional();
	}

	Optional<Rep> findByUsername(String username) {
		return jdbc.sql(COLUMNS + " where username = ?").param(username).query(Reps::map).optional();
	}

	void updateAvailability(RepId id, Availability availability) {
		jdbc.sql("update reps set availability = ? where id = ?").params(availability.name(), id.value()).update();
	}

	void updateLeavingDate(RepId id, @Nullable LocalDate leavingDate) {
		jdbc.sql("update reps set leaving_date = ? where id = ?").params(leavingDate, id.value()).update();
	}

	void updateEmployeeId(RepId id, @Nullable String employeeId) {
		jdbc.sql("update reps set employee_id = ? where id = ?").params(employeeId, id.value()).update();
	}

	/** Another rep of the team with this employee id, if any. */
	Optional<Rep> findByEmployeeId(TeamId team, String employeeId) {
		return jdbc.sql(COLUMNS + " where team_id = ? and employee_id = ?").params(team.value(), employeeId)
			.query(Reps::map).optional();
	}

	static Rep map(ResultSet rs, int row) throws SQLException {
		return new Rep(new RepId(rs.getLong("id")), new TeamId(rs.getLong("team_id")), rs.getString("username"),
				rs.getString("display_name"), rs.getBigDecimal("hours_per_week"),
				rs.getObject("start_date", LocalDate.class),
				rs.getObject("leaving_date", LocalDate.class),
				Availability.valueOf(rs.getString("availability")), rs.getString("employee_id"));
	}
}
