package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.people.Rep;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Who sees which statements: managers, finance and admins those of the teams whose pay they read; a rep only their own. */
final class Statements {

	private Statements() {
	}

	/** The statements for a period; without one, for each team's current month in its zone. */
	static List<Statement> visibleTo(Authentication user, Optional<Rep> me, @Nullable YearMonth period,
			IncentiveManagement incentives, PayReaders readers) {
		if (PayReaders.readsOthers(user)) {
			return readers.readable(incentives.statements(period), user);
		}
		return me
			.map(rep -> incentives.statementsOf(rep.id(), period))
			.orElse(List.of());
	}
}
