package org.fairdesk.lab;

import java.util.List;

import org.fairdesk.people.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A team's stored goals (V36), one row per behaviour. */
@Repository
class GoalStore {

	private final JdbcClient jdbc;

	GoalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Goal> of(TeamId team) {
		return jdbc.sql("select behaviour, indicator, threshold, enabled from lab_goals where team_id = ?")
			.param(team.value())
			.query((rs, row) -> new Goal(Behaviour.valueOf(rs.getString("behaviour")),
					Indicator.valueOf(rs.getString("indicator")), GoalManagement.plain(rs.getBigDecimal("threshold")),
					rs.getBoolean("enabled")))
			.list();
	}

	void replace(TeamId team, List<Goal> goals) {
		jdbc.sql("delete from lab_goals where team_id = ?").param(team.value()).update();
		for (Goal goal : goals) {
			jdbc.sql("insert into lab_goals (team_id, behaviour, indicator, threshold, enabled) values (?, ?, ?, ?, ?)")
				.params(team.value(), goal.behaviour().name(), goal.indicator().name(), goal.threshold(), goal.enabled())
				.update();
		}
	}
}
