package org.fairdesk.work.web;

import java.util.List;
import java.util.Optional;

import org.fairdesk.people.Rep;
import org.fairdesk.people.RepId;
import org.fairdesk.security.Role;
import org.fairdesk.shared.ForbiddenException;
import org.fairdesk.work.Assist;
import org.fairdesk.work.RequestView;
import org.springframework.security.core.Authentication;

/**
 * The request API's data-level rules, in one place: managers and administrators see every request and its assists
 * and may reopen any; finance reads every request and its assists (it pays the statements that link to them) and
 * moves none; a rep sees the requests assigned to them, closed by them or assisted by them, and the assists they take
 * part in. Who may call an endpoint at all is {@code @PreAuthorize} on the endpoint; the rep a login is comes from
 * {@code @CurrentRep}.
 */
final class RequestAccess {

	private RequestAccess() {
	}

	static boolean oversees(Authentication user) {
		return Role.any(user, Role.MANAGER, Role.ADMIN);
	}

	/** Who reads every request: those who oversee the work, and finance, which pays for it. */
	private static boolean readsEvery(Authentication user) {
		return oversees(user) || Role.any(user, Role.FINANCE);
	}

	/**
	 * A rep reads the requests they are assigned, the ones they closed (a statement credits them with those) and the
	 * ones they gave a confirmed assist on (their statement counts those too), so every request behind their pay
	 * opens for them; and the ones whose rep named them as the helper, while that assist waits for their answer, so
	 * they can see what they are asked to confirm. Proposing oneself as a helper opens nothing: anyone could.
	 */
	static RequestView readable(RequestView request, List<Assist> assists, Authentication user, Optional<Rep> me) {
		RepId rep = me.map(Rep::id).orElse(null);
		boolean theirs = request.isAssignedTo(rep) || rep != null && rep.equals(request.closedBy())
				|| assists.stream().anyMatch(a -> a.helper().equals(rep) && (a.status() == Assist.Status.CONFIRMED
						|| a.status() == Assist.Status.PROPOSED && a.proposedBy().equals(a.owner())));
		if (!readsEvery(user) && !theirs) {
			throw new ForbiddenException(refusal(request, me));
		}
		return request;
	}

	/**
	 * A rep meets a colleague's closed request where a team figure changed (an adjustment names the requests whose
	 * facts changed, a colleague's too): the refusal says why it is named and why it stays closed to them.
	 */
	private static String refusal(RequestView request, Optional<Rep> me) {
		boolean colleagues = request.closedBy() != null
				&& me.map(Rep::teamId).filter(team -> team.equals(request.teamId())).isPresent();
		return colleagues
				? "Request " + request.id() + " is a colleague's: only the reps who worked on it, the managers, finance "
						+ "and administrators open it (a statement names it where a team figure changed)"
				: "Request " + request.id() + " is not assigned to you, closed by you or assisted by you";
	}

	static List<Assist> visible(List<Assist> assists, Authentication user, Optional<Rep> me) {
		if (readsEvery(user)) {
			return assists;
		}
		RepId rep = me.map(Rep::id)
			.orElseThrow(() -> new ForbiddenException("Login " + user.getName() + " is not a rep"));
		return assists.stream().filter(a -> a.owner().equals(rep) || a.helper().equals(rep)).toList();
	}
}
