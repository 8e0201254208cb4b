package org.fairdesk.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fairdesk.shared.ConflictException;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's managers (docs/security.md, "A team's managers"): the manager logins an administrator listed for it. The
 * one rule of who is a team's manager: an administrator always; a manager when the team lists them, or when it lists
 * nobody (every manager, as before teams had lists). Teams are named by id, as security does not read people. A
 * list whose managers were all disabled later leaves the team to administrators, who set a new list.
 */
@Service
public class TeamManagers {

	/** At most this many managers a team. */
	static final int MAX = 50;

	private final JdbcClient jdbc;
	private final Users users;

	TeamManagers(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** The team's listed managers by username; empty when every manager manages it. */
	@Transactional(readOnly = true)
	public List<String> of(long team) {
		return jdbc.sql("select username from team_managers where team_id = ? order by username")
			.param(team)
			.query(String.class)
			.list();
	}

	/**
	 * Replaces the team's list: each an enabled MANAGER login, at most {@value #MAX}, none twice; an empty list gives
	 * the team back to every manager. A 400 naming each bad entry ({@code managers[1]}) stores nothing.
	 */
	@Transactional
	public List<String> set(long team, @Nullable List<@Nullable String> usernames) {
		FieldChecks checks = new FieldChecks()
			.require(usernames != null, "managers", "is required: a list of manager logins, empty for every manager");
		checks.throwIfAny();
		checks.require(usernames.size() <= MAX, "managers", "lists " + usernames.size() + " logins; at most " + MAX);
		checks.throwIfAny();
		Set<String> seen = new HashSet<>();
		List<String> listed = new ArrayList<>();
		for (int i = 0; i < usernames.size(); i++) {
			String field = "managers[" + i + "]";
			String name = usernames.get(i) == null ? "" : usernames.get(i).strip();
			if (name.isEmpty()) {
				checks.require(false, field, "is empty; a manager is named by their login");
			}
			else if (!users.isEnabled(name, Role.MANAGER)) {
				checks.require(false, field, "is no enabled MANAGER login: " + Inputs.shortened(name));
			}
			else if (!seen.add(name)) {
				checks.require(false, field, "names " + name + " twice");
			}
			else {
				listed.add(name);
			}
		}
		checks.throwIfAny();
		jdbc.sql("delete from team_managers where team_id = ?").param(team).update();
		try {
			listed.forEach(name -> jdbc.sql("insert into team_managers (team_id, username) values (?, ?)")
				.params(team, name)
				.update());
		}
		catch (DuplicateKeyException raced) {
			// another replacement of the same team's list committed its rows between our delete and our insert
			throw new ConflictException("managers", "The team's managers were changed at the same moment by another "
					+ "request; read them again and resend");
		}
		return of(team);
	}

	/**
	 * The addresses of the team's managers that have one (enabled logins): those it lists, or every manager when it
	 * lists none. Who is told of a dispute of the team.
	 */
	@Transactional(readOnly = true)
	public List<String> emails(long team) {
		List<String> listed = of(team);
		if (listed.isEmpty()) {
			return users.emailsOf(Role.MANAGER);
		}
		return listed.stream()
			.filter(name -> users.isEnabled(name, Role.MANAGER))
			.flatMap(name -> users.email(name).stream())
			.toList();
	}

	/** Whether the login manages the team: an administrator, or a manager it lists (or any, when it lists none). */
	@Transactional(readOnly = true)
	public boolean manages(Authentication user, long team) {
		if (Role.any(user, Role.ADMIN)) {
			return true;
		}
		if (!Role.any(user, Role.MANAGER)) {
			return false;
		}
		List<String> listed = of(team);
		return listed.isEmpty() || listed.contains(user.getName());
	}

	/**
	 * Whether the login may read the team's pay (its months, statements, facts, adjustments, disputes, audit and
	 * exports): finance and administrators every team's, a manager the teams they manage. A rep reads only their
	 * own, which the pay pages decide.
	 */
	@Transactional(readOnly = true)
	public boolean readsPay(Authentication user, long team) {
		return Role.any(user, Role.FINANCE) || manages(user, team);
	}

	/** Refuses (403, naming why) a login that may not read the team's pay. */
	@Transactional(readOnly = true)
	public void requirePayReader(Authentication user, long team, String teamName) {
		if (!readsPay(user, team)) {
			throw new ForbiddenException("Only the managers of team " + teamName + " (" + listed(team)
					+ "), finance and administrators may read its pay; " + user.getName() + " is not one of them");
		}
	}

	private String listed(long team) {
		List<String> listed = of(team);
		return listed.isEmpty() ? "every manager" : String.join(", ", listed);
	}

	/**
	 * Refuses (403, naming why) a login that does not manage the team.
	 *
	 * @param what what they tried, to finish "Only the managers of team X may …"
	 */
	@Transactional(readOnly = true)
	public void require(Authentication user, long team, String teamName, String what) {
		if (!manages(user, team)) {
			throw new ForbiddenException("Only the managers of team " + teamName + " (" + listed(team)
					+ ") and administrators may " + what + "; " + user.getName() + " is not one of them");
		}
	}
}
