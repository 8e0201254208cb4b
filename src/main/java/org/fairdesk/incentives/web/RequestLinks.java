package org.fairdesk.incentives.web;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.fairdesk.incentives.IncentiveManagement;
import org.fairdesk.incentives.Statement;
import org.fairdesk.incentives.StatementLine;
import org.fairdesk.people.Rep;
import org.springframework.security.core.Authentication;

/**
 * Which requests a statement page links to their page. Managers, administrators and finance open every request. A
 * rep opens the ones behind their own figures; an adjustment also names the colleagues' requests whose facts changed
 * a team figure, and those are listed without a link (they open only to the reps who worked on them: docs/api.md),
 * rather than leading to a refusal. A rep's own requests in an adjustment are the ones behind their statement of the
 * month it corrects, as stored at its close.
 */
final class RequestLinks {

	private final boolean every;
	private final Set<UUID> own;

	private RequestLinks(boolean every, Set<UUID> own) {
		this.every = every;
		this.own = own;
	}

	static RequestLinks of(Authentication user, Optional<Rep> me, List<Statement> shown,
			IncentiveManagement incentives) {
		if (DisputeController.Disputers.seesAll(user) || me.isEmpty()) {
			return new RequestLinks(true, Set.of());
		}
		Set<UUID> own = new HashSet<>();
		Set<YearMonth> read = new HashSet<>();
		for (Statement statement : shown) {
			own.addAll(ids(statement));
			for (StatementLine line : statement.lines()) {
				if (line.corrects() != null && read.add(line.corrects().period())) {
					incentives.statementsOf(me.get().id(), line.corrects().period())
						.forEach(corrected -> own.addAll(ids(corrected)));
				}
			}
		}
		return new RequestLinks(false, own);
	}

	/** The requests behind a statement's own figures (its adjustments' left out: they may be colleagues'). */
	private static Set<UUID> ids(Statement statement) {
		Set<UUID> ids = new HashSet<>();
		statement.lines().stream().filter(line -> line.corrects() == null)
			.forEach(line -> ids.addAll(line.requestIds()));
		return ids;
	}

	/** Whether the page links this request to its page for the viewer. */
	public boolean opens(UUID request) {
		return every || own.contains(request);
	}
}
