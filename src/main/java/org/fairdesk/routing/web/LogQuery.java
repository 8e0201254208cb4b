package org.fairdesk.routing.web;

import java.time.LocalDate;

import org.fairdesk.people.PeopleManagement;
import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.people.TeamId;
import org.fairdesk.routing.RoutingAction;
import org.fairdesk.routing.RoutingLog;
import org.fairdesk.shared.FieldChecks;
import org.fairdesk.shared.Inputs;
import org.jspecify.annotations.Nullable;

/**
 * The routing log's filters as typed into the page or the API's query string, checked together: every bad one is
 * named in one 400 (docs/api.md, {@code GET /api/routing/log}).
 */
final class LogQuery {

	static final int DEFAULT_SIZE = 50;
	static final int MAX_SIZE = 200;
	static final int MAX_PAGE = 100_000;

	private LogQuery() {
	}

	static RoutingLog.LogFilter read(PeopleManagement people, TeamId team, @Nullable String rep,
			@Nullable String action, @Nullable String from, @Nullable String to, @Nullable String page,
			@Nullable String size) {
		FieldChecks checks = new FieldChecks();
		RepId repId = rep(people, team, rep, checks);
		RoutingAction what = blankToNull(action) == null ? null
				: Inputs.oneOf(RoutingAction.class, action, "action", checks);
		LocalDate first = Inputs.day(from, "from", checks);
		LocalDate last = Inputs.day(to, "to", checks);
		checks.require(first == null || last == null || !last.isBefore(first), "to", "must not be before from");
		int pageNumber = number(page, "page", 0, 0, MAX_PAGE, checks);
		int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, checks);
		checks.throwIfAny();
		return new RoutingLog.LogFilter(repId, what, first, last, pageNumber, pageSize);
	}

	private static @Nullable RepId rep(PeopleManagement people, TeamId team, @Nullable String rep,
			FieldChecks checks) {
		if (rep == null || rep.isBlank()) {
			return null;
		}
		try {
			RepId id = new RepId(Inputs.parseLong(rep.strip()));
			boolean member = people.members(team).stream().map(Rep::id).anyMatch(id::equals);
			checks.require(member, "rep", "must be the id of one of the team's reps, got " + Inputs.shortened(rep));
			return member ? id : null;
		}
		catch (NumberFormatException e) {
			checks.require(false, "rep", "must be a rep's id (a whole number), got " + Inputs.shortened(rep));
			return null;
		}
	}

	private static int number(@Nullable String value, String field, int fallback, int lowest, int highest,
			FieldChecks checks) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Inputs.parseInt(value.strip());
			checks.require(number >= lowest && number <= highest, field,
					"must be a whole number from " + lowest + " to " + highest + ", got " + number);
			return Math.max(lowest, Math.min(highest, number));
		}
		catch (NumberFormatException e) {
			checks.require(false, field, "must be a whole number from " + lowest + " to " + highest + ", got "
					+ Inputs.shortened(value));
			return fallback;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
